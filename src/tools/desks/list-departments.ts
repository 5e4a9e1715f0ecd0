import * as z from 'zod';
import { createDepartmentsApi } from '../../tiflux/resources/departments.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';

export const listDepartments = defineTool({
  toolset: 'desks',
  name: 'list_departments',
  title: 'List departments',
  description:
    'Lists the TiFlux attendance departments (chats are filtered and transferred by them), with ids. name keeps those ' +
    'containing it (case-insensitive, on TiFlux\'s side). An admin key sees every active department; other keys only ' +
    'those of their technical group.',
  input: () => ({
    name: nameParam('Only names containing this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ departments: z.array(z.object({ id: z.number().int(), name: z.string() })), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createDepartmentsApi).list({ name: args.name, offset: args.offset, limit: args.limit });
    const info = pageInfoOf(page);
    const departments = page.items.map((department) => ({ id: department.id, name: department.name }));
    const text = departments.length
      ? renderList(
          {
            heading: `Departments${args.name ? ` matching "${args.name}"` : ''}`,
            rows: departments.map((d) => `- **${inline(d.name)}** (department_id ${d.id})`),
            info,
            plural: 'departments',
          },
          verbosity,
        )
      : `No departments${args.name ? ` matching "${args.name}"` : ''} on page ${info.offset}. ` +
        'A key that is not an administrator\'s sees only the departments of its own technical group.';
    return { text, structured: { departments, ...info } };
  },
});
