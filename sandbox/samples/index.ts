// Every family's sample calls: one line per family.

import { clientSamples } from './clients.js';
import { deskSamples } from './desks.js';
import { directorySamples } from './directory.js';
import { requestorSamples } from './requestors.js';
import { chatReportSamples, chatSamples } from './chats.js';
import { knowledgeSamples } from './knowledge.js';
import { preTicketSamples } from './pre-tickets.js';
import { contractSamples } from './contracts.js';
import { equipmentSamples } from './equipment.js';
import { appointmentSamples } from './appointments.js';
import { reportSamples } from './reports.js';
import type { SampleCalls } from './sample.js';
import { serviceCatalogSamples } from './service-catalogs.js';
import { ticketSamples } from './tickets.js';
import { userSamples } from './users.js';

export type { SampleCalls } from './sample.js';

export const SAMPLE_CALLS: SampleCalls = {
  ...ticketSamples,
  ...directorySamples,
  ...requestorSamples,
  ...deskSamples,
  ...userSamples,
  ...clientSamples,
  ...chatSamples,
  ...knowledgeSamples,
  ...preTicketSamples,
  ...chatReportSamples,
  ...serviceCatalogSamples,
  ...contractSamples,
  ...equipmentSamples,
  ...appointmentSamples,
  ...reportSamples,
};
