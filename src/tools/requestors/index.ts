/** The `requestors` family: the people of a client who open tickets. */
import type { ToolDefinition } from '../define-tool.js';
import { createRequestor } from './create-requestor.js';
import { getRequestor } from './get-requestor.js';
import { listRequestors } from './list-requestors.js';
import { updateRequestor } from './update-requestor.js';
import { updateRequestorEntities } from './update-requestor-entities.js';

export const requestorTools: readonly ToolDefinition[] = [
  listRequestors,
  getRequestor,
  createRequestor,
  updateRequestor,
  updateRequestorEntities,
];
