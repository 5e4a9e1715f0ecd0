/** The `contracts` family: client contracts and the billing history. */
import type { ToolDefinition } from '../define-tool.js';
import { getBillingsHistory } from './get-billings-history.js';
import { listContracts } from './list-contracts.js';

export const contractTools: readonly ToolDefinition[] = [listContracts, getBillingsHistory];
