/**
 * Deployment-wide defaults for create_ticket, as the original had them. They apply to EVERY caller of the
 * deployment, so they suit single-organisation deployments only; a shared deployment leaves them unset.
 * Read on each call (not at import), so a changed environment and the tests see the current values.
 */
import { readId } from '../../tiflux/ids.js';

export interface TicketDefaults {
  clientId?: number;
  deskId?: number;
  priorityId?: number;
  catalogItemId?: number;
}

/** The id rule of src/tiflux/ids.ts; a blank or wrong value leaves the default unset. */
function positiveId(value: string | undefined): number | undefined {
  return value === undefined ? undefined : readId(value.trim());
}

export function ticketDefaults(env: NodeJS.ProcessEnv = process.env): TicketDefaults {
  return {
    clientId: positiveId(env.TIFLUX_DEFAULT_CLIENT_ID),
    deskId: positiveId(env.TIFLUX_DEFAULT_DESK_ID),
    priorityId: positiveId(env.TIFLUX_DEFAULT_PRIORITY_ID),
    catalogItemId: positiveId(env.TIFLUX_DEFAULT_CATALOG_ITEM_ID),
  };
}
