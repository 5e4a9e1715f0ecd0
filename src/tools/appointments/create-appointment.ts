import * as z from 'zod';
import { TiFluxValidationError } from '../../tiflux/client.js';
import { createAppointmentsApi, type NewAppointment } from '../../tiflux/resources/appointments.js';
import { defineTool, type ArgsOf } from '../define-tool.js';
import { inline } from '../format/text.js';
import { settleAll } from '../names/settle-all.js';
import { idParam, nameParam, ticketNumber, textParam } from '../shared/params.js';
import { dateParam, minutesOf, timeParam } from '../shared/period.js';
import { ToolError } from '../tool-error.js';
import { hours, money } from './format.js';
import { pickContractRider, pickLooseService, pickShift } from './names.js';

const input = () => ({
  ticket_number: ticketNumber(),
  date: dateParam('Day the work was done (not in the future).'),
  init_time: timeParam('Start time.'),
  end_time: timeParam('End time, not before init_time.'),
  description: textParam('What was done (sent as written).', 10_000),
  attendance: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional().describe('Valorization: 1 external (at the client), 2 remote, 3 internal.'),
  attendance_kind: z.union([z.literal(1), z.literal(2)]).optional().describe('Valorization: 1 loose service (needs loose_service_id/name), 2 contract (needs contract_rider_id/contract_name).'),
  contract_rider_id: idParam('Contract rider to charge (get_ticket_service_types).').optional(),
  contract_name: nameParam('Contract name instead of contract_rider_id (resolved to its rider).').optional(),
  loose_service_id: idParam('Loose service to charge (get_ticket_service_types).').optional(),
  loose_service_name: nameParam('Loose service name instead of loose_service_id.').optional(),
  shift_id: idParam('Shift (travel) to charge, with attendance 1 (get_ticket_shifts).').optional(),
  shift_name: nameParam('Shift name instead of shift_id.').optional(),
  shift_owner_ticket_number: idParam('Ticket that already charged the travel (instead of a shift), with attendance 1.').optional(),
  guarantee: z.boolean().optional().describe('Work under guarantee (not charged); excludes value.'),
  value: z.number().min(0).max(9_999_999.99).optional().describe('Manual value in R$, only with attendance_kind 1.'),
  external_user_name: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .regex(/^[^<>]*$/, { error: 'must not contain < or >' })
    .optional()
    .describe('Name of the person at the client who accompanied the work (optional).'),
});
type Args = ArgsOf<ReturnType<typeof input>>;

/** TiFlux's valorization rules (docs/appointments.md), checked before any call; a *_name counts as its id. */
function checkValorization(args: Args): void {
  const problems: string[] = [];
  const rider = args.contract_rider_id !== undefined || args.contract_name !== undefined;
  const loose = args.loose_service_id !== undefined || args.loose_service_name !== undefined;
  const shift = args.shift_id !== undefined || args.shift_name !== undefined;
  if (args.attendance_kind === 1 && !loose) problems.push('attendance_kind 1 (loose service) needs loose_service_id or loose_service_name');
  if (args.attendance_kind === 1 && rider) problems.push('attendance_kind 1 (loose service) cannot take a contract');
  if (args.attendance_kind === 2 && !rider) problems.push('attendance_kind 2 (contract) needs contract_rider_id or contract_name');
  if (args.attendance_kind === 2 && loose) problems.push('attendance_kind 2 (contract) cannot take a loose service');
  if (args.attendance_kind === 2 && args.value !== undefined) problems.push('attendance_kind 2 (contract) cannot take a value');
  if (args.attendance_kind === undefined && (rider || loose)) problems.push('a contract or loose service needs attendance_kind (2 or 1)');
  if (shift && args.shift_owner_ticket_number !== undefined) problems.push('give a shift or shift_owner_ticket_number, not both');
  if ((shift || args.shift_owner_ticket_number !== undefined) && args.attendance !== 1) problems.push('a shift or shift_owner_ticket_number needs attendance 1 (external)');
  if (args.value !== undefined && args.attendance_kind !== 1) problems.push('value needs attendance_kind 1 (loose service)');
  if (args.value !== undefined && args.guarantee === true) problems.push('guarantee excludes value');
  if (minutesOf(args.end_time) < minutesOf(args.init_time)) problems.push(`end_time ${args.end_time} is before init_time ${args.init_time}`);
  if (problems.length) {
    throw new ToolError(`The appointment was not logged:\n${problems.map((p) => `- ${p}`).join('\n')}\nget_ticket_service_types and get_ticket_shifts list what can be charged.`);
  }
}

export const createAppointment = defineTool({
  toolset: 'appointments',
  name: 'create_appointment',
  title: 'Log worked time on a ticket',
  description:
    'Logs an appointment (worked time) on a TiFlux ticket: date, init_time, end_time (HH:MM) and description. ' +
    'Optionally valued: attendance 1 external / 2 remote / 3 internal; attendance_kind 1 = loose service ' +
    '(loose_service_id or loose_service_name, optional manual value in R$) or 2 = contract (contract_rider_id or ' +
    'contract_name, no value); a travel charge with attendance 1: shift_id / shift_name, or shift_owner_ticket_number ' +
    'when another ticket already charged it; guarantee excludes value. Names are matched against ' +
    'get_ticket_shifts and get_ticket_service_types (ambiguous → error listing them, nothing logged). Some desks ' +
    'require attendance and attendance_kind. Not idempotent: two calls log the time twice.',
  input,
  output: () => ({
    ticket_number: z.string(),
    id: z.number().int(),
    date: z.string().nullable(),
    init_time: z.string().nullable(),
    end_time: z.string().nullable(),
    user: z.string().nullable(),
    value: z.number().nullable(),
  }),
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  async run(args, { tiflux }) {
    checkValorization(args);
    const api = tiflux.use(createAppointmentsApi);
    const needsShifts = args.shift_id === undefined && args.shift_name !== undefined;
    const needsTypes =
      (args.loose_service_id === undefined && args.loose_service_name !== undefined) ||
      (args.contract_rider_id === undefined && args.contract_name !== undefined);
    const [shifts, types] = await settleAll([
      needsShifts ? api.shifts(args.ticket_number) : undefined,
      needsTypes ? api.serviceTypes(args.ticket_number, args.date) : undefined,
    ] as const);
    const [shiftId, looseId, riderId] = await settleAll([
      Promise.resolve().then(() => args.shift_id ?? (shifts && args.shift_name ? pickShift(args.shift_name, shifts).id : undefined)),
      Promise.resolve().then(() => args.loose_service_id ?? (types && args.loose_service_name ? pickLooseService(args.loose_service_name, types).id : undefined)),
      Promise.resolve().then(() => args.contract_rider_id ?? (types && args.contract_name ? pickContractRider(args.contract_name, types).id : undefined)),
    ] as const);
    const body: NewAppointment = {
      date: args.date,
      init_time: args.init_time,
      end_time: args.end_time,
      description: args.description,
      attendance: args.attendance,
      attendance_kind: args.attendance_kind,
      contract_rider_id: riderId,
      loose_service_id: looseId,
      shift_id: shiftId,
      shift_owner_ticket_number: args.shift_owner_ticket_number,
      guarantee: args.guarantee,
      value: args.value,
      external_user_name: args.external_user_name,
    };
    for (const key of Object.keys(body) as (keyof NewAppointment)[]) if (body[key] === undefined) delete body[key];
    let created;
    try {
      created = await api.create(args.ticket_number, body);
    } catch (error) {
      const blank = error instanceof TiFluxValidationError &&
        error.details.some((d) => (d.field === 'attendance' || d.field === 'attendance_kind') && d.messages.some((m) => m.includes("can't be blank")));
      if (blank) {
        throw new ToolError(
          `The desk of ticket #${args.ticket_number} requires valorization: give attendance (1 external, 2 remote, 3 internal) ` +
            'and attendance_kind (1 loose service with loose_service_id/name, 2 contract with contract_rider_id/contract_name). ' +
            'get_ticket_service_types lists what can be charged. Nothing was logged.',
        );
      }
      throw error;
    }
    const value = created.value == null || created.value === '' ? null : Number(created.value);
    const minutes = minutesOf(args.end_time) - minutesOf(args.init_time);
    return {
      text:
        `Logged appointment ${created.id} on ticket **#${args.ticket_number}**: ${inline(created.date ?? args.date)} ` +
        `${inline(created.init_time ?? args.init_time)}–${inline(created.end_time ?? args.end_time)} (${hours(minutes)}) by ${inline(created.user?.name)}` +
        (value !== null && Number.isFinite(value) ? ` · ${money(value)}` : ''),
      structured: {
        ticket_number: args.ticket_number,
        id: created.id,
        date: created.date ?? null,
        init_time: created.init_time ?? null,
        end_time: created.end_time ?? null,
        user: created.user?.name ?? null,
        value: value !== null && Number.isFinite(value) ? value : null,
      },
    };
  },
});
