// The users family: technical groups, staff and client portal users, the current user and technical users.

import type { SandboxFamily } from '../family.js';
import { generateUsers } from './generate.js';
import './records.js';
import { userRoutes } from './routes.js';

export const usersFamily: SandboxFamily = { name: 'users', generate: generateUsers, routes: userRoutes };
