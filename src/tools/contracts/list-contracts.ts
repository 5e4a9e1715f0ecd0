import * as z from 'zod';
import { createContractsApi } from '../../tiflux/resources/contracts.js';
import type { Contract } from '../../tiflux/schemas/commercial.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOf, pageInfoOutput } from '../format/paging.js';
import { inline } from '../format/text.js';
import { resolveClient } from '../names/resolvers.js';
import { idListParam, limitParam, nameParam, offsetParam } from '../shared/params.js';
import { formatCents, isMasked, toCents } from './money.js';

const STATUSES = ['actives', 'readjust', 'expired'] as const;
const STATUS_WORDS: Record<string, string> = { actives: 'active', readjust: 'due for readjustment', expired: 'expired' };

const statusParam = () =>
  z
    .string()
    .max(100)
    .transform((value, ctx) => {
      const parts = [...new Set(value.split(',').map((part) => part.trim().toLowerCase()).filter(Boolean))];
      const unknown = parts.filter((part) => !(STATUSES as readonly string[]).includes(part));
      if (unknown.length || !parts.length) {
        ctx.issues.push({ code: 'custom', input: value, message: `must be one or more of ${STATUSES.join(', ')}, comma-separated` });
        return z.NEVER;
      }
      return parts.join(',');
    })
    .optional()
    .describe('actives, readjust (due for readjustment), expired, comma-separated; omitted: actives.');

const ref = () => z.object({ id: z.number().int().nullable(), name: z.string().nullable() });

function contractOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    client: ref(),
    contract_type: ref(),
    modality: z.string().nullable().describe('Free, Credit, Shared, Hours, Saas/Product, Per ticket or Cumulative Hours.'),
    status: z.string().nullable().describe('actives, readjust or expired.'),
    cancelled: z.boolean().nullable(),
    expiration_date: z.string().nullable(),
    readjustment_date: z.string().nullable(),
    total_value: z.string().nullable().describe('As TiFlux sends it; null when hidden from this key.'),
    rider_value: z.string().nullable(),
    rider_tax: z.string().nullable(),
    duration: z.string().nullable().describe('Months.'),
    readjust_duration: z.string().nullable().describe('Months.'),
  });
}
type ContractRow = z.output<ReturnType<typeof contractOutput>>;

const text = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? null : String(value));
const money = (value: string | number | null | undefined) => (isMasked(value) ? null : text(value));

function rowOf(contract: Contract): ContractRow {
  return {
    id: contract.id,
    name: contract.name,
    client: { id: contract.client?.id ?? null, name: contract.client?.name ?? null },
    contract_type: { id: contract.contract_type?.id ?? null, name: contract.contract_type?.name ?? null },
    modality: contract.modality ?? null,
    status: contract.status ?? null,
    cancelled: contract.cancelled ?? null,
    expiration_date: contract.expiration_date ?? null,
    readjustment_date: contract.readjustment_date ?? null,
    total_value: money(contract.total_value),
    rider_value: money(contract.rider_value),
    rider_tax: money(contract.rider_tax),
    duration: text(contract.duration),
    readjust_duration: text(contract.readjust_duration),
  };
}

/** Values shown in a consistent "R$ 1.550,00", whatever notation TiFlux used. */
const shown = (value: string | null) => {
  const cents = toCents(value);
  return cents === undefined ? inline(value) : formatCents(cents);
};

function line(contract: ContractRow, hidden: boolean, details: boolean): string {
  const state = contract.cancelled ? 'cancelled' : (STATUS_WORDS[contract.status ?? ''] ?? inline(contract.status));
  const parts = [
    `- **${inline(contract.name)}** (id ${contract.id})`,
    inline(contract.client.name),
    inline(contract.modality),
    state,
    contract.expiration_date ? `expires ${contract.expiration_date}` : 'no expiration date',
    hidden
      ? 'values hidden'
      : `total ${shown(contract.total_value)}, rider ${shown(contract.rider_value)}${toCents(contract.rider_tax) ? ` + tax ${shown(contract.rider_tax)}` : ''}`,
  ];
  if (details) {
    parts.push(
      `type ${inline(contract.contract_type.name)} (id ${contract.contract_type.id ?? '?'})`,
      `client id ${contract.client.id ?? '?'}`,
      `${contract.duration ?? '?'} months`,
      contract.readjustment_date ? `readjusts ${contract.readjustment_date} (every ${contract.readjust_duration ?? '?'} months)` : 'no readjustment date',
    );
  }
  return parts.join(' · ');
}

export const listContracts = defineTool({
  toolset: 'contracts',
  name: 'list_contracts',
  title: 'List contracts',
  description:
    'Lists client contracts (read-only): name, client, modality (Free, Credit, Shared, Hours, Saas/Product, Per ' +
    'ticket, Cumulative Hours), status, expiration and readjustment dates, and values, which are hidden (the answer ' +
    'says so) without TiFlux\'s "Visualizar valores dos tickets" permission. TiFlux gives no hours balance.',
  input: () => ({
    client_ids: idListParam('Only these clients.'),
    client_name: nameParam('Only this client, by name (instead of client_ids).').optional(),
    contract_type_ids: idListParam('Only these contract types.'),
    status: statusParam(),
    include_details: z.boolean().default(false).describe('Add type and client ids, durations, readjustment terms.'),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({
    contracts: z.array(contractOutput()),
    values_hidden: z.boolean().describe('TiFlux masked the money fields: the key lacks the permission to see values.'),
    ...pageInfoOutput(),
  }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const client = args.client_name !== undefined ? await resolveClient(tiflux, args.client_name) : undefined;
    const clientIds = [args.client_ids, client?.id].filter((value) => value !== undefined).join(',') || undefined;
    const page = await tiflux.use(createContractsApi).list({
      client_ids: clientIds, contract_type_ids: args.contract_type_ids, status: args.status, offset: args.offset, limit: args.limit,
    });
    const contracts = page.items.map(rowOf);
    const hidden = page.items.some((contract) => [contract.total_value, contract.rider_value, contract.rider_tax].some(isMasked));
    const info = pageInfoOf(page);
    const scope = [
      client ? `client ${client.name} (id ${client.id})` : args.client_ids ? `clients ${args.client_ids}` : '',
      args.contract_type_ids ? `types ${args.contract_type_ids}` : '',
      (args.status ?? 'actives').split(',').map((status) => STATUS_WORDS[status]).join(', '),
    ].filter(Boolean).join('; ');
    const body = contracts.length
      ? renderList(
          {
            heading: `Contracts (${scope})`,
            rows: contracts.map((contract) => line(contract, hidden, args.include_details)),
            footer: hidden ? ['Values are hidden: the API key\'s user lacks TiFlux\'s "Visualizar valores dos tickets" permission.'] : [],
            info,
            plural: 'contracts',
          },
          verbosity,
        )
      : info.offset > 1 && (info.total ?? 0) > 0
        ? `No contracts on page ${info.offset}: the ${info.total} contracts end before it.`
        : `No contracts (${scope}).${args.status ? '' : ' Only active contracts are listed by default; add status "actives,readjust,expired" to see all.'}`;
    return { text: body, structured: { contracts, values_hidden: hidden, ...info } };
  },
});
