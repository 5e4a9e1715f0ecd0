import * as z from 'zod';
import { renderList } from '../format/list.js';
import { createClientRecordsApi } from '../../tiflux/resources/client-records.js';
import { defineTool } from '../define-tool.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { limitParam, offsetParam } from '../shared/params.js';

const clientRow = () =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    social: z.string().nullable(),
    social_revenue: z.string().nullable(),
    active: z.boolean().nullable(),
    email_financial: z.string().nullable(),
  });

export const listClients = defineTool({
  toolset: 'clients',
  name: 'list_clients',
  title: 'List clients',
  description:
    'Lists TiFlux clients (customer companies) with id, trade name, company name, CPF/CNPJ, status and financial ' +
    'e-mail. Filters: active (omit for both), name (trade-name substring as TiFlux matches it: case-insensitive, ' +
    'accents significant), social_revenue (CPF/CNPJ, digits or punctuated). For a forgiving name search use ' +
    'search_client.',
  input: () => ({
    active: z.boolean().optional().describe('true: active only; false: inactive only; omitted: both.'),
    name: z.string().trim().min(1).max(200).optional().describe('Part of the trade name.'),
    social_revenue: z.string().trim().min(1).max(30).optional().describe('CPF/CNPJ, whole or part, e.g. "12.345.678/0001-90".'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ clients: z.array(clientRow()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const page = await tiflux.use(createClientRecordsApi).list(args);
    const clients = page.items.map((client) => ({
      id: client.id,
      name: client.name,
      social: client.social ?? null,
      social_revenue: client.social_revenue ?? null,
      active: client.status ?? null,
      email_financial: client.email_financial ?? client.email ?? null,
    }));
    const info = pageInfoOf(page);
    const filters = [
      args.active !== undefined ? (args.active ? 'active' : 'inactive') : '',
      args.name ? `name containing "${args.name}"` : '',
      args.social_revenue ? `CPF/CNPJ "${args.social_revenue}"` : '',
    ].filter(Boolean);
    const line = (client: (typeof clients)[number]) =>
      `- **${inline(client.name)}** (id ${client.id})` +
      `${client.social && client.social !== client.name ? ` · ${inline(client.social)}` : ''}` +
      `${client.social_revenue ? ` · ${client.social_revenue}` : ''}${client.active === false ? ' · inactive' : ''}`;
    const title = `Clients${filters.length ? ` (${filters.join(', ')})` : ''}`;
    const text = clients.length
      ? renderList({ heading: title, rows: clients.map(line), info, plural: 'clients' }, verbosity)
      : info.offset > 1
        ? `No clients on page ${info.offset}${filters.length ? ` for ${filters.join(', ')}` : ''}: the list ends before it.`
        : `No clients${filters.length ? ` match ${filters.join(', ')}` : ''}.` +
          (args.name ? ' TiFlux matches accents exactly here; search_client ignores them.' : '');
    return { text, structured: { clients, ...info } };
  },
});
