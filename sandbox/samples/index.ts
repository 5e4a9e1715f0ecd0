// Every family's sample calls: one line per family.

import { chatReportSamples, chatSamples } from './chats.js';
import { directorySamples } from './directory.js';
import { knowledgeSamples } from './knowledge.js';
import { preTicketSamples } from './pre-tickets.js';
import type { SampleCalls } from './sample.js';
import { ticketSamples } from './tickets.js';

export type { SampleCalls } from './sample.js';

export const SAMPLE_CALLS: SampleCalls = {
  ...ticketSamples,
  ...directorySamples,
  ...chatSamples,
  ...knowledgeSamples,
  ...preTicketSamples,
  ...chatReportSamples,
};
