// One valid call per `reports` tool against the seeded sandbox (admin key).
import type { SampleCalls } from './sample.js';

export const reportSamples: SampleCalls = {
  get_tickets_comparison: { start_datetime: '2026-04-01T00:00:00-03:00', end_datetime: '2026-06-30T23:59:59-03:00' },
  get_tickets_feedback_report: { start_date: '2026-04-01', end_date: '2026-06-30', include_list: true },
  list_appointments_report: { start_date: '2026-03-01', end_date: '2026-03-31' },
};
