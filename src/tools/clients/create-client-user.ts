import * as z from 'zod';
import { TiFluxValidationError } from '../../tiflux/client.js';
import { createClientRecordsApi, type PortalUserFields } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { emailParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { clientArgs, clientFromArguments, clientLabel } from '../names/client-argument.js';
import { withPermission } from './permissions.js';

export const createClientUser = defineTool({
  toolset: 'clients',
  name: 'create_client_user',
  title: 'Create a portal user for a client',
  description:
    'Creates a portal login (a user of type client) for a TiFlux client, so the person can open and follow the ' +
    'client\'s tickets in the TiFlux portal. Required: name, email; optional: extension, telephone, country_code, ' +
    'authorization_flow. An e-mail already used by any TiFlux user is refused. Answers with the new user id. Needs ' +
    'the client-management permission.',
  input: () => ({
    ...clientArgs(),
    name: z.string().trim().min(1).max(200).describe('Full name, e.g. "Maria Schmitt".'),
    email: emailParam('Portal login e-mail; must not belong to another TiFlux user.'),
    extension: z.string().trim().min(1).max(20).optional().describe('Phone extension (ramal).'),
    authorization_flow: z.boolean().optional().describe('Whether they take part in the client\'s authorization flow.'),
    telephone: z
      .string()
      .trim()
      .regex(/^\+?[\d\s().-]{8,20}$/, { error: 'must be a phone number, e.g. "(47) 99988-7766"' })
      .optional()
      .describe('Phone number.'),
    country_code: z
      .string()
      .trim()
      .regex(/^\d{1,4}$/, { error: 'must be the phone country code in digits, e.g. "55"' })
      .optional()
      .describe('Phone country code in digits, e.g. "55".'),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const client = await clientFromArguments(tiflux, 'create_client_user', args);
    const user: PortalUserFields = { name: args.name, email: args.email };
    for (const key of ['extension', 'authorization_flow', 'telephone', 'country_code'] as const) {
      if (args[key] !== undefined) (user as unknown as Record<string, unknown>)[key] = args[key];
    }
    try {
      const created = await withPermission(`create a portal user for client ${client.id}`, 'manage clients', () =>
        tiflux.use(createClientRecordsApi).createUser(client.id, user),
      );
      return {
        text:
          `Created portal user **${inline(created.name ?? args.name)}** (user id ${created.id}, login ` +
          `${created.email ?? args.email}) for ${clientLabel(client)}.`,
      };
    } catch (error) {
      if (error instanceof TiFluxValidationError && error.details.some((d) => d.field === 'email')) {
        throw new ToolError(
          `${error.userMessage} The e-mail ${args.email} is probably in use by another TiFlux user (portal logins ` +
            'are unique across the organisation); search_user finds who has it. Nothing was created.',
        );
      }
      throw error;
    }
  },
});
