/**
 * Deployment-wide defaults for create_ticket, as the original had them. They apply to EVERY caller of the
 * deployment, so they suit single-organisation deployments only; a shared deployment leaves them unset.
 * Read on each call (not at import), so a changed environment and the tests see the current values.
 */

export interface TicketDefaults {
  clientId?: number;
  deskId?: number;
  priorityId?: number;
  catalogItemId?: number;
}

function positiveId(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,15}\s*$/.test(value)) return undefined;
  const id = Number(value);
  return id > 0 ? id : undefined;
}

export function ticketDefaults(env: NodeJS.ProcessEnv = process.env): TicketDefaults {
  return {
    clientId: positiveId(env.TIFLUX_DEFAULT_CLIENT_ID),
    deskId: positiveId(env.TIFLUX_DEFAULT_DESK_ID),
    priorityId: positiveId(env.TIFLUX_DEFAULT_PRIORITY_ID),
    catalogItemId: positiveId(env.TIFLUX_DEFAULT_CATALOG_ITEM_ID),
  };
}
