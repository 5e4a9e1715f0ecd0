import * as z from 'zod';
import { createUserAccountsApi, USER_LICENSES, type UserAccountFields } from '../../tiflux/resources/user-accounts.js';
import { defineTool } from '../define-tool.js';
import { changeLines, changesOf } from '../format/changes.js';
import { inline } from '../format/text.js';
import { emailParam, idParam, nameParam } from '../shared/params.js';
import { ADMIN_KEY_NEEDED, explainForbidden } from '../shared/permission.js';
import { ToolError } from '../tool-error.js';
import { groupArguments, groupFromArguments, licenseArguments } from './user-params.js';

const FIELDS = [
  'name', 'email', 'active', 'extension', 'telephone', 'client_ids', 'country_code', 'technical_group_id', 'technical_group_name',
  ...USER_LICENSES,
] as const;

export const updateUser = defineTool({
  toolset: 'users',
  name: 'update_user',
  title: 'Update a user account',
  description:
    'Changes a TiFlux user account: name, email, active, extension, telephone, client_ids (replaces the linked ' +
    'clients), country_code, licences, technical group. Only the fields you pass are sent (at least one); the answer ' +
    'shows each before → after. Needs an administrator\'s API key.',
  input: () => ({
    id: idParam('User id (search_user, search_technical_user).'),
    name: nameParam('New full name.').optional(),
    email: emailParam('New e-mail (login).').optional(),
    active: z.boolean().optional().describe('false deactivates; true reactivates.'),
    extension: z.string().trim().min(1).max(20).optional().describe('Extension (ramal).'),
    telephone: z.string().trim().min(1).max(40).optional().describe('Telephone.'),
    client_ids: z.array(idParam('Client id.')).max(500).optional().describe('Replaces the linked clients.'),
    country_code: z.string().trim().regex(/^\d{1,4}$/, { error: 'must be the telephone country code, e.g. "55"' }).optional()
      .describe('Phone country code, e.g. "55".'),
    ...groupArguments(),
    ...licenseArguments(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    if (!FIELDS.some((field) => args[field] !== undefined)) {
      throw new ToolError(`Nothing to update: pass at least one of ${FIELDS.join(', ')}. Nothing was changed.`);
    }
    const api = tiflux.use(createUserAccountsApi);
    const group = await groupFromArguments(tiflux, args);
    const { id, technical_group_id: _id, technical_group_name: _name, ...rest } = args;
    const given: UserAccountFields = { ...rest, ...(group ? { technical_group_id: group.id } : {}) };
    const before = await explainForbidden(() => api.get(id), `read user ${id}`, ADMIN_KEY_NEEDED);
    const after = await explainForbidden(() => api.update(id, given), `update user ${id}`, ADMIN_KEY_NEEDED);
    const lines = changeLines(changesOf(given, before as Record<string, unknown>, after as Record<string, unknown>));
    return {
      text: [
        `Updated user **${inline(after.name ?? before.name)}** (user id ${id}):`,
        ...lines,
        ...(group?.name ? [`  (technical group ${inline(group.name)})`] : []),
      ].join('\n'),
    };
  },
});
