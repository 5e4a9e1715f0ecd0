// Seed: loose services, contract riders and shifts; a couple of appointments and timers on the open fixture
// ticket; and generated appointments over the whole ticket span (several technicians, desks and months), so the
// organisation-wide list and the per-technician report have something to add up.

import { SANDBOX_FIXTURES } from '../tickets/fixtures.js';
import { SeededRandom } from '../../data/random.js';
import type { TenantData, TenantId } from '../../data/types.js';
import type { AppointmentRecord, ValorizationRecord } from './records.js';

export const APPOINTMENT_FIXTURES = {
  /** Contract rider of "Padaria Pão Quente" (contract "Contrato de suporte mensal"). */
  padariaRider: 9101,
  /** Loose service "Hora técnica remota". */
  remoteHour: 801,
  /** Desk whose appointments must be valued. */
  valorizationDesk: 'Suporte Técnico Externo',
} as const;

const DESCRIPTIONS = [
  'Diagnóstico remoto do problema', 'Atendimento presencial no cliente', 'Configuração e testes', 'Reunião de alinhamento com o cliente',
  'Troca de equipamento', 'Atualização de sistema', 'Análise de logs', 'Documentação do atendimento',
];

const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function seedAppointments(data: TenantData, tenantId: TenantId): void {
  data.appointments = [];
  data.preAppointments = [];
  data.looseServices = [
    { id: 801, name: 'Hora técnica remota', hourly_price: 120 },
    { id: 802, name: 'Hora técnica presencial', hourly_price: 180 },
    { id: 803, name: 'Visita técnica avulsa', hourly_price: 250 },
  ];
  const clients = data.clients.filter((client) => client.status).slice(0, 20);
  data.contractRiders = clients.map((client, index) => ({
    id: 9101 + index, client_id: client.id, contract_id: 501 + index,
    contract_name: index === 0 ? 'Contrato de suporte mensal' : `Contrato ${client.name}`, rider_number: `${2026}${String(index + 1).padStart(3, '0')}`,
    start_date: '2026-01-01', cancel_date: null,
  }));
  const padaria = data.clients.find((client) => client.name === 'Padaria Pão Quente');
  if (padaria) {
    data.contractRiders = data.contractRiders.filter((rider) => rider.client_id !== padaria.id);
    data.contractRiders.unshift(
      { id: 9101, client_id: padaria.id, contract_id: 501, contract_name: 'Contrato de suporte mensal', rider_number: '2026001', start_date: '2026-01-01', cancel_date: null },
      { id: 9199, client_id: padaria.id, contract_id: 599, contract_name: 'Contrato de impressoras', rider_number: '2026099', start_date: '2026-03-01', cancel_date: null },
    );
  }
  data.shifts = [
    { id: 71, name: 'Deslocamento São Paulo capital', reference: 'All', client_id: null, contract_id: null, value: 60 },
    { id: 72, name: 'Deslocamento Grande São Paulo', reference: 'All', client_id: null, contract_id: null, value: 90 },
    { id: 73, name: 'Deslocamento contrato mensal', reference: 'Contract', client_id: null, contract_id: 501, value: 0 },
    ...(padaria ? [{ id: 74, name: 'Deslocamento Padaria', reference: 'Client' as const, client_id: padaria.id, contract_id: null, value: 40 }] : []),
  ];
  const valorizationDesk = data.desks.find((desk) => desk.display_name === APPOINTMENT_FIXTURES.valorizationDesk);
  data.valorizationDeskIds = valorizationDesk ? [valorizationDesk.id] : [];

  const random = new SeededRandom(tenantId === 'main' ? 13_0301 : 13_0302);
  let nextId = 2_000_001;
  const push = (appointment: Omit<AppointmentRecord, 'id'>) => data.appointments.push({ id: nextId++, ...appointment });
  for (const ticket of data.tickets) {
    if (ticket.responsible_id === null || ticket.ticket_number === SANDBOX_FIXTURES.openTicket) continue;
    const count = random.int(0, 2);
    for (let n = 0; n < count; n++) {
      const start = random.int(8 * 4, 16 * 4) * 15;
      const length = random.pick([30, 45, 60, 90, 120, 180]);
      const rider = data.contractRiders.find((candidate) => candidate.client_id === ticket.client_id);
      const valued = data.valorizationDeskIds.includes(ticket.desk_id) || random.chance(0.4);
      let valorization: ValorizationRecord | null = null;
      if (valued) {
        const useContract = rider !== undefined && random.chance(0.4);
        const service = random.pick(data.looseServices);
        valorization = {
          attendance: random.pick([1, 2, 2, 3] as const), attendance_kind: useContract ? 2 : 1,
          contract_rider_id: useContract ? rider.id : null, loose_service_id: useContract ? null : service.id, shift_id: null,
          shift_owner_ticket_number: null, guarantee: false, manual_value: false,
          value: useContract ? 0 : Math.round(service.hourly_price * length) / 60,
        };
      }
      push({
        ticket_number: ticket.ticket_number, user_id: ticket.responsible_id, date: ticket.created_at.slice(0, 10),
        init_time: time(start), end_time: time(start + length), description: random.pick(DESCRIPTIONS), external_user_name: null, valorization,
      });
    }
  }
  if (tenantId !== 'main') return;
  const open = data.tickets.find((ticket) => ticket.ticket_number === SANDBOX_FIXTURES.openTicket)!;
  const day = open.created_at.slice(0, 10);
  const ana = data.users.find((user) => user.name === 'Ana Souza')!;
  const carla = data.users.find((user) => user.name === 'Carla Mendes')!;
  data.appointments.push(
    { id: 1_999_998, ticket_number: open.ticket_number, user_id: ana.id, date: day, init_time: '09:00', end_time: '10:30', description: 'Diagnóstico remoto da VPN', external_user_name: null, valorization: null },
    {
      id: 1_999_999, ticket_number: open.ticket_number, user_id: ana.id, date: day, init_time: '14:00', end_time: '15:00', description: 'Renovação do certificado',
      external_user_name: 'Sr. Manoel (gerente)', valorization: {
        attendance: 2, attendance_kind: 1, contract_rider_id: null, loose_service_id: 801, shift_id: null, shift_owner_ticket_number: null,
        guarantee: false, manual_value: true, value: 150,
      },
    },
  );
  data.preAppointments.push(
    { id: 3_000_001, ticket_number: open.ticket_number, user_id: carla.id, date: day, init_time: '08:00', end_time: '08:20' },
    { id: 3_000_002, ticket_number: open.ticket_number, user_id: ana.id, date: day, init_time: '16:10', end_time: null },
  );
}
