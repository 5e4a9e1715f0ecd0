import * as z from 'zod';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput, pagingLine } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam } from '../shared/params.js';

export const listDesks = defineTool({
  toolset: 'desks',
  name: 'list_desks',
  title: 'List desks',
  description:
    'Lists the desks (mesas) of the TiFlux organisation: id, name, display name, whether active, appointment ' +
    'type. active: true (default) lists active desks, false the deactivated ones. The ids are what create_ticket, ' +
    'update_ticket and list_tickets take as desk_id / desk_ids; get_desk shows one desk\'s configuration. To find ' +
    'a desk by name, pass desk_name to the tool that needs it. Paging: limit (1–200, default 20), offset (next ' +
    'page: offset + 1).',
  input: () => ({
    active: z.boolean().default(true).describe('true (default): active desks; false: deactivated desks.'),
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
  async run(args, { tiflux }) {
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
      ? [`# ${args.active ? 'Active' : 'Inactive'} desks`, ...desks.map(line), '', pagingLine(info, desks.length, 'desks')].join('\n')
      : `No ${args.active ? 'active' : 'inactive'} desks on page ${info.offset}.`;
    return { text, structured: { desks, ...info } };
  },
});
