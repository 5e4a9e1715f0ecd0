/** Arguments shared by create_user and update_user, and how a user account is shown. */
import * as z from 'zod';
import type { TiFluxClient } from '../../tiflux/client.js';
import { USER_LICENSES, type UserLicense } from '../../tiflux/resources/user-accounts.js';
import type { UserAccount } from '../../tiflux/schemas/people.js';
import { inline } from '../format/text.js';
import { resolveTechnicalGroup } from '../names/people-names.js';
import { idParam, nameParam } from '../shared/params.js';

const LICENSE_WORDS: Record<UserLicense, string> = {
  whatsapp_license: 'WhatsApp',
  tickets_license: 'Tickets',
  remote_access_license: 'remote access',
  api_license: 'API',
  splashtop_license: 'Splashtop',
};

export const licenseArguments = () =>
  Object.fromEntries(
    USER_LICENSES.map((license) => [license, z.boolean().optional().describe(`Holds a ${LICENSE_WORDS[license]} licence.`)]),
  ) as Record<UserLicense, z.ZodOptional<z.ZodBoolean>>;

export const groupArguments = () => ({
  technical_group_id: idParam('Technical group id; wins over technical_group_name.').optional(),
  technical_group_name: nameParam('Technical group name, instead of technical_group_id.').optional(),
});

/** The group id to send, or undefined when neither argument was given. */
export async function groupFromArguments(
  tiflux: TiFluxClient,
  args: { technical_group_id?: number; technical_group_name?: string },
): Promise<{ id: number; name?: string } | undefined> {
  if (args.technical_group_id !== undefined) return { id: args.technical_group_id };
  if (args.technical_group_name !== undefined) return resolveTechnicalGroup(tiflux, args.technical_group_name);
  return undefined;
}

export { allTechnicalGroups } from '../names/people-names.js';

export function userAccountOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    email: z.string().nullable(),
    type: z.string().nullable(),
    active: z.boolean().nullable(),
    technical_group_id: z.number().int().nullable(),
    technical_group_name: z.string().nullable(),
    telephone: z.string().nullable(),
    extension: z.string().nullable(),
    client_ids: z.array(z.number().int()),
    last_login_at: z.string().nullable(),
    gauth_enabled: z.boolean().nullable(),
    licenses: z.array(z.string()),
  });
}
export type UserAccountRow = z.output<ReturnType<typeof userAccountOutput>>;

export function userAccountRow(user: UserAccount, groupName: string | null): UserAccountRow {
  const record = user as Record<string, unknown>;
  return {
    id: user.id,
    name: user.name,
    email: user.email ?? null,
    type: user._type ?? null,
    active: user.active ?? null,
    technical_group_id: user.technical_group_id ?? null,
    technical_group_name: groupName,
    telephone: user.telephone ?? null,
    extension: user.extension ?? null,
    client_ids: user.client_ids ?? [],
    last_login_at: user.last_login_at ?? null,
    gauth_enabled: user.gauth_enabled ?? null,
    licenses: USER_LICENSES.filter((license) => record[license] === true).map((license) => LICENSE_WORDS[license]),
  };
}

export function userAccountLines(row: UserAccountRow): string[] {
  return [
    `# ${inline(row.name)} (user id ${row.id})`,
    `- E-mail: ${inline(row.email)} · type: ${inline(row.type)}${row.active === false ? ' · inactive' : ''}`,
    `- Technical group: ${row.technical_group_name ? `${inline(row.technical_group_name)} (id ${row.technical_group_id})` : row.technical_group_id ?? '—'}`,
    ...(row.telephone || row.extension ? [`- Telephone: ${inline(row.telephone)}${row.extension ? ` · ext. ${row.extension}` : ''}`] : []),
    ...(row.client_ids.length ? [`- Clients: ${row.client_ids.join(', ')}`] : []),
    ...(row.licenses.length ? [`- Licences: ${row.licenses.join(', ')}`] : []),
    `- Last login: ${inline(row.last_login_at)}${row.gauth_enabled ? ' · two-factor on' : ''}`,
  ];
}
