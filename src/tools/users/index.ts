/** The `users` family: attendant accounts (admin keys). */
import type { ToolDefinition } from '../define-tool.js';
import { createUser } from './create-user.js';
import { getUser } from './get-user.js';
import { updateUser } from './update-user.js';

export const userTools: readonly ToolDefinition[] = [createUser, getUser, updateUser];
