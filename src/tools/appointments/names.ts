/**
 * Names create_appointment accepts for its valorization: shift_name (the ticket's shifts), loose_service_name and
 * contract_name (the ticket's service types on the appointment's date; a contract resolves to its RIDER id). Each
 * list is complete (TiFlux does not page these), and matched with the shared resolver: same tiers, ambiguity is an
 * error listing the candidates.
 */
import type { ServiceTypes, Shift } from '../../tiflux/schemas/appointments.js';
import { pickOne, type NameKind } from '../names/pick-one.js';

type Rider = NonNullable<ServiceTypes['contract_riders']>[number];
type LooseService = NonNullable<ServiceTypes['loose_services']>[number];

const shiftKind: NameKind<Shift> = {
  argument: 'shift_name',
  idArgument: 'shift_id',
  noun: 'shift of this ticket',
  plural: 'shifts',
  namesOf: (shift) => [shift.name],
  describe: (shift) => `${shift.id} · ${shift.name ?? '(no name)'}${shift.reference ? ` (${shift.reference})` : ''}`,
  searchHint: 'get_ticket_shifts',
  listAllWhenNoneClose: true,
};

const looseServiceKind: NameKind<LooseService> = {
  argument: 'loose_service_name',
  idArgument: 'loose_service_id',
  noun: 'loose service',
  plural: 'loose services',
  namesOf: (service) => [service.name],
  describe: (service) => `${service.id} · ${service.name ?? '(no name)'}`,
  searchHint: 'get_ticket_service_types',
  listAllWhenNoneClose: true,
};

const contractKind: NameKind<Rider> = {
  argument: 'contract_name',
  idArgument: 'contract_rider_id',
  noun: 'contract of this ticket\'s client',
  plural: 'contract riders',
  namesOf: (rider) => [rider.contract?.name],
  describe: (rider) => `${rider.id} · ${rider.contract?.name ?? '(no name)'} (rider ${rider.rider_number ?? '—'})`,
  searchHint: 'get_ticket_service_types',
  listAllWhenNoneClose: true,
};

export const pickShift = (name: string, shifts: readonly Shift[]) => pickOne(name, shifts, shiftKind);
export const pickLooseService = (name: string, types: ServiceTypes) => pickOne(name, types.loose_services ?? [], looseServiceKind);
export const pickContractRider = (name: string, types: ServiceTypes) => pickOne(name, types.contract_riders ?? [], contractKind);
