// Which TiFlux licences each organisation holds. The main organisation has the Tickets licence; the second one
// does not, so the routes that need it (equipment, billing history: docs/assets-and-contracts.md) answer it 403 with error_code 40304.
// The older ticket routes predate this family and do not check it.

import { ApiError } from '../../http/api-response.js';
import type { RouteContext } from '../../http/router.js';
import type { SandboxFamily } from '../family.js';

declare module '../../data/types.js' {
  interface TenantData {
    licences: { tickets: boolean };
  }
}

export function requireTicketsLicence(context: RouteContext): void {
  if (!context.principal.tenant.licences.tickets) {
    throw new ApiError(403, 40304, 'The organization does not have an active Tickets license');
  }
}

export const licencesFamily: SandboxFamily = {
  name: 'licences',
  seed(tenant, tenantId) {
    tenant.licences = { tickets: tenantId === 'main' };
  },
  routes: [],
};
