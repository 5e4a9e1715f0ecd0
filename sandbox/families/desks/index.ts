// The desks family: desks, their stages and priorities, and the desk-scoped catalogue lists.

import type { SandboxFamily } from '../family.js';
import { generateDesks } from './generate.js';
import './records.js';
import { deskRoutes } from './routes.js';

export const desksFamily: SandboxFamily = { name: 'desks', generate: generateDesks, routes: deskRoutes };
