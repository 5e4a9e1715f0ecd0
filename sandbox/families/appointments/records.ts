// Time tracking: appointments (worked time), pre-appointments (timers), and what time can be valued against:
// contract riders of a client, loose services, and shifts (travel charges).

export interface ValorizationRecord {
  /** Stored as writes take them: 1 external, 2 remote, 3 internal. */
  attendance: 1 | 2 | 3;
  /** 1 loose service, 2 contract. */
  attendance_kind: 1 | 2;
  contract_rider_id: number | null;
  loose_service_id: number | null;
  shift_id: number | null;
  shift_owner_ticket_number: number | null;
  guarantee: boolean;
  manual_value: boolean;
  value: number;
}

export interface AppointmentRecord {
  id: number;
  ticket_number: number;
  user_id: number;
  date: string;
  init_time: string;
  end_time: string;
  description: string;
  external_user_name: string | null;
  valorization: ValorizationRecord | null;
}

export interface PreAppointmentRecord {
  id: number;
  ticket_number: number;
  user_id: number;
  date: string;
  init_time: string;
  end_time: string | null;
}

export interface ContractRiderRecord {
  id: number;
  client_id: number;
  contract_id: number;
  contract_name: string;
  rider_number: string;
  start_date: string;
  cancel_date: string | null;
}

export interface LooseServiceRecord {
  id: number;
  name: string;
  /** R$ per hour, for the value of an appointment without a manual value. */
  hourly_price: number;
}

export interface ShiftRecord {
  id: number;
  name: string;
  reference: 'All' | 'Client' | 'Contract' | 'Shared';
  client_id: number | null;
  contract_id: number | null;
  value: number;
}

declare module '../../data/types.js' {
  interface TenantData {
    appointments: AppointmentRecord[];
    preAppointments: PreAppointmentRecord[];
    contractRiders: ContractRiderRecord[];
    looseServices: LooseServiceRecord[];
    shifts: ShiftRecord[];
    /** Desks whose appointments must be valued (422 "can't be blank" otherwise). */
    valorizationDeskIds: number[];
  }
}
