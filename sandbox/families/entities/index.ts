// The entities family: custom-field groups, their fields and options (metadata routes). Writing values lives in
// entity-values.ts, used by the tickets and clients families.

import type { SandboxFamily } from '../family.js';
import { generateEntities } from './generate.js';
import './records.js';
import { entityRoutes } from './routes.js';

export const entitiesFamily: SandboxFamily = { name: 'entities', generate: generateEntities, routes: entityRoutes };
