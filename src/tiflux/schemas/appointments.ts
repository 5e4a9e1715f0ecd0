/** Appointments (time entries), running timers and what an appointment can be valued against (docs/appointments.md). */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildAppointmentSchemas() {
  const { namedRef, numericId, optionalText, textOrNumber } = commonSchemas();

  const serviceTypesSchema = z.looseObject({
    contract_riders: z
      .array(
        z.looseObject({
          id: numericId,
          rider_number: textOrNumber,
          start_date: optionalText,
          cancel_date: optionalText,
          contract: namedRef.nullish(),
        }),
      )
      .nullish(),
    loose_services: z.array(z.looseObject({ id: numericId, name: optionalText })).nullish(),
  });

  const shiftSchema = z.looseObject({
    id: numericId,
    name: optionalText,
    reference: optionalText,
    contract: namedRef.nullish(),
    client: namedRef.nullish(),
  });

  /** Reads carry strings where writes take integers (e.g. attendance "External"). */
  const valorizationSchema = z.looseObject({
    attendance: optionalText,
    attendance_kind: optionalText,
    contract: namedRef.nullish(),
    loose_service: namedRef.nullish(),
    shift: z.looseObject({ name: optionalText, value: textOrNumber }).nullish(),
    shift_owner_ticket: z.looseObject({ ticket_number: textOrNumber, title: optionalText }).nullish(),
    guarantee: z.boolean().nullish(),
    manual_value: z.boolean().nullish(),
    value: textOrNumber,
  });

  const appointmentSchema = z.looseObject({
    id: numericId,
    date: optionalText,
    init_time: optionalText,
    end_time: optionalText,
    description: optionalText,
    user: namedRef.nullish(),
    client: namedRef.nullish(),
    desk: namedRef.nullish(),
    /** Global list only; note the key is `number`, not `ticket_number`. */
    ticket: z.looseObject({ number: textOrNumber, title: optionalText }).nullish(),
    external_user_name: optionalText,
    valorization: valorizationSchema.nullish(),
    value: textOrNumber,
  });

  const preAppointmentSchema = z.looseObject({
    id: numericId,
    date: optionalText,
    init_time: optionalText,
    end_time: optionalText,
    user: namedRef.nullish(),
  });

  return {
    serviceTypesSchema,
    shiftListSchema: z.array(shiftSchema),
    appointmentSchema,
    appointmentListSchema: z.array(appointmentSchema),
    preAppointmentListSchema: z.array(preAppointmentSchema),
  };
}

export const appointmentSchemas = lazySchemas(buildAppointmentSchemas);

type Built = ReturnType<typeof buildAppointmentSchemas>;
export type ServiceTypes = z.output<Built['serviceTypesSchema']>;
export type Shift = z.output<Built['shiftListSchema']>[number];
export type Appointment = z.output<Built['appointmentSchema']>;
export type PreAppointment = z.output<Built['preAppointmentListSchema']>[number];
