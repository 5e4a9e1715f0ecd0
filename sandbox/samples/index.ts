// Every family's sample calls: one line per family.

import { contractSamples } from './contracts.js';
import { directorySamples } from './directory.js';
import { equipmentSamples } from './equipment.js';
import type { SampleCalls } from './sample.js';
import { serviceCatalogSamples } from './service-catalogs.js';
import { ticketSamples } from './tickets.js';

export type { SampleCalls } from './sample.js';

export const SAMPLE_CALLS: SampleCalls = {
  ...ticketSamples,
  ...directorySamples,
  ...serviceCatalogSamples,
  ...contractSamples,
  ...equipmentSamples,
};
