import * as z from 'zod';
import { renderList } from '../format/list.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam } from '../shared/params.js';

export const listDesks = defineTool({
  toolset: 'desks',
  name: 'list_desks',
  title: 'List desks',
  description:
    'Lists the TiFlux desks (mesas): id, name, display name, whether active, appointment type; active false lists the ' +
    'deactivated ones. The ids are desk_id / desk_ids of create_ticket, update_ticket and list_tickets (which also ' +
    'take desk_name); get_desk shows one desk\'s configuration.',
  input: () => ({
    active: z.boolean().default(true).describe('true (default): active; false: deactivated.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    desks: z.array(z.object({
      id: z.number().int(),
      name: z.string(),
      display_name: z.string().nullable(),
      active: z.boolean().nullable(),
      appointment_type: z.string().nullable(),
    })),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.desks.list({ active: args.active, offset: args.offset, limit: args.limit });
    const info = pageInfoOf(page);
    const desks = page.items.map((desk) => ({
      id: desk.id,
      name: desk.name,
      display_name: desk.display_name ?? null,
      active: desk.active ?? null,
      appointment_type: typeof desk.appointment_type === 'string' ? desk.appointment_type : null,
    }));
    const line = (desk: (typeof desks)[number]) =>
      `- **${inline(desk.display_name || desk.name)}** (desk_id ${desk.id})` +
      `${desk.display_name && desk.display_name !== desk.name ? ` · name ${inline(desk.name)}` : ''}` +
      `${desk.appointment_type ? ` · appointments: ${desk.appointment_type}` : ''}${desk.active === false ? ' · inactive' : ''}`;
    const text = desks.length
      ? renderList({ heading: `${args.active ? 'Active' : 'Inactive'} desks`, rows: desks.map(line), info, plural: 'desks' }, verbosity)
      : `No ${args.active ? 'active' : 'inactive'} desks on page ${info.offset}.`;
    return { text, structured: { desks, ...info } };
  },
});
