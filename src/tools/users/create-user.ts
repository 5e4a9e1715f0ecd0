import { createUserAccountsApi } from '../../tiflux/resources/user-accounts.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { emailParam, nameParam } from '../shared/params.js';
import { ADMIN_KEY_NEEDED, explainForbidden } from '../shared/permission.js';
import { ToolError } from '../tool-error.js';
import { allTechnicalGroups, groupArguments, groupFromArguments, licenseArguments } from './user-params.js';

export const createUser = defineTool({
  toolset: 'users',
  name: 'create_user',
  title: 'Create an attendant',
  description:
    'Creates a TiFlux attendant account with name, email and a technical group (technical_group_id or ' +
    'technical_group_name). Licences are sent only when given. Needs an administrator\'s API key. Not idempotent: ' +
    'TiFlux refuses a second account with the same e-mail.',
  input: () => ({
    name: nameParam('Full name.'),
    email: emailParam('E-mail (login).'),
    ...groupArguments(),
    ...licenseArguments(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    const group = await groupFromArguments(tiflux, args);
    if (!group) {
      const groups = await allTechnicalGroups(tiflux);
      throw new ToolError(
        'create_user needs a technical group: pass technical_group_id or technical_group_name. Nothing was created. Groups:\n' +
          groups.slice(0, 20).map((g) => `- ${g.id} · ${g.name}`).join('\n'),
      );
    }
    const { technical_group_id: _id, technical_group_name: _name, ...rest } = args;
    const created = await explainForbidden(
      () => tiflux.use(createUserAccountsApi).create({ ...rest, technical_group_id: group.id }),
      'create a user',
      ADMIN_KEY_NEEDED,
    );
    return {
      text: [
        `Created user **${inline(created.name)}** (user id ${created.id}) · ${inline(created.email)}`,
        `- Technical group: ${group.name ? `${inline(group.name)} (id ${group.id})` : `id ${group.id}`}`,
      ].join('\n'),
    };
  },
});
