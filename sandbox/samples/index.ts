// Every family's sample calls: one line per family.

import { appointmentSamples } from './appointments.js';
import { directorySamples } from './directory.js';
import { reportSamples } from './reports.js';
import type { SampleCalls } from './sample.js';
import { ticketSamples } from './tickets.js';

export type { SampleCalls } from './sample.js';

export const SAMPLE_CALLS: SampleCalls = {
  ...ticketSamples,
  ...directorySamples,
  ...appointmentSamples,
  ...reportSamples,
};
