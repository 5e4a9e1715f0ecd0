import { createUserAccountsApi } from '../../tiflux/resources/user-accounts.js';
import { defineTool } from '../define-tool.js';
import { idParam } from '../shared/params.js';
import { ADMIN_KEY_NEEDED, explainForbidden } from '../shared/permission.js';
import { allTechnicalGroups, userAccountLines, userAccountOutput, userAccountRow } from './user-params.js';

export const getUser = defineTool({
  toolset: 'users',
  name: 'get_user',
  title: 'Get a user account',
  description:
    'Reads one TiFlux user account (attendant, admin or client-portal user): name, e-mail, type, whether active, ' +
    'technical group, telephone, extension, linked clients, licences, last login, two-factor state. Needs an ' +
    'administrator\'s API key.',
  input: () => ({ id: idParam('User id (search_user, search_technical_user).') }),
  output: () => ({ user: userAccountOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux }) {
    const user = await explainForbidden(() => tiflux.use(createUserAccountsApi).get(args.id), `read user ${args.id}`, ADMIN_KEY_NEEDED);
    let groupName: string | null = null;
    if (user.technical_group_id) {
      // Only for the label: a failure here must not hide the user.
      const groups = await allTechnicalGroups(tiflux).catch(() => []);
      groupName = groups.find((group) => group.id === user.technical_group_id)?.name ?? null;
    }
    const row = userAccountRow(user, groupName);
    return { text: userAccountLines(row).join('\n'), structured: { user: row } };
  },
});
