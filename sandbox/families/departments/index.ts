// The departments family (docs/people.md).
import type { SandboxFamily } from '../family.js';
import { departmentRoutes } from './routes.js';
import { seedDepartments } from './seed.js';

export const departmentsFamily: SandboxFamily = { name: 'departments', seed: seedDepartments, routes: departmentRoutes };
