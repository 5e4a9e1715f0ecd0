// GET /contracts (docs/assets-and-contracts.md): filters by client ids, contract type ids and status (default: actives only); money hidden as
// "--" for keys without the "Visualizar valores dos tickets" permission (here: the non-admin key).

import { invalid, ok } from '../../http/api-response.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalIdList, optionalString } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import type { ContractRecord, ContractStatus } from './records.js';

const STATUSES: readonly ContractStatus[] = ['actives', 'readjust', 'expired'];

/** Id lists sent unchanged by clients: no 15-id cap here (docs/assets-and-contracts.md). */
const NO_CAP = { max: Infinity };

function statuses(query: URLSearchParams): ContractStatus[] {
  const value = optionalString(query, 'status');
  if (value === undefined) return ['actives'];
  const parts = value.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = parts.filter((part) => !STATUSES.includes(part as ContractStatus));
  if (unknown.length) throw invalid({ status: [`is not included in the list: ${unknown.join(', ')}`] });
  return parts as ContractStatus[];
}

function render(context: RouteContext, contract: ContractRecord) {
  const data = context.principal.tenant;
  const client = data.clients.find((candidate) => candidate.id === contract.client_id)!;
  const type = data.contractTypes.find((candidate) => candidate.id === contract.contract_type_id)!;
  const money = (value: string) => (context.principal.isAdmin ? value : '--');
  return {
    id: contract.id,
    name: contract.name,
    client: { id: client.id, name: client.name },
    contract_type: { id: type.id, name: type.name },
    modality: contract.modality,
    status: contract.status,
    cancelled: contract.cancelled,
    expiration_date: contract.expiration_date,
    readjustment_date: contract.readjustment_date,
    total_value: money(contract.total_value),
    rider_value: money(contract.rider_value),
    rider_tax: money(contract.rider_tax),
    duration: contract.duration,
    readjust_duration: contract.readjust_duration,
  };
}

export const contractRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/contracts',
    handle(context) {
      const clientIds = optionalIdList(context.query, 'client_ids', NO_CAP);
      const typeIds = optionalIdList(context.query, 'contract_type_ids', NO_CAP);
      const wanted = statuses(context.query);
      const contracts = context.principal.tenant.contracts.filter(
        (contract) =>
          wanted.includes(contract.status) &&
          (clientIds === undefined || clientIds.includes(contract.client_id)) &&
          (typeIds === undefined || typeIds.includes(contract.contract_type_id)),
      );
      return ok(paginate(contracts, readPage(context.query)).map((contract) => render(context, contract)), totalItemsHeader(contracts.length));
    },
  },
];
