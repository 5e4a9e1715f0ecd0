import * as z from 'zod';
import { renderList } from '../format/list.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, nameParam, offsetParam } from '../shared/params.js';
import { equipmentsApi } from './names.js';
import { READ_ANNOTATIONS } from './params.js';

export const listEquipmentTypes = defineTool({
  toolset: 'equipment',
  name: 'list_equipment_types',
  title: 'List equipment types',
  description:
    'Lists the organisation\'s equipment types (Desktop, Notebook, Servidor…) with the ids create_equipment and ' +
    'update_equipment take as equipment_type_id. name filters by part of the name.',
  input: () => ({ name: nameParam('Part of the type name.').optional(), offset: offsetParam(), limit: limitParam() }),
  output: () => ({ equipment_types: z.array(z.object({ id: z.number().int(), name: z.string() })), ...pageInfoOutput() }),
  annotations: READ_ANNOTATIONS,
  async run(args, { tiflux, verbosity }) {
    const page = await equipmentsApi(tiflux).types({ name: args.name, offset: args.offset, limit: args.limit });
    const rows = page.items.map((type) => ({ id: type.id, name: type.name }));
    const info = pageInfoOf(page);
    const filter = args.name ? ` matching "${args.name}"` : '';
    const text = rows.length
      ? renderList({ heading: `Equipment types${filter}`, rows: rows.map((t) => `- **${inline(t.name)}** (id ${t.id})`), info, plural: 'types' }, verbosity)
      : `No equipment types${filter}${info.offset > 1 ? ` on page ${info.offset}` : ''}.`;
    return { text, structured: { equipment_types: rows, ...info } };
  },
});
