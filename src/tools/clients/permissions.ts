/**
 * TiFlux's bare 403, said in words a person can act on: which licence or permission is missing. TiFlux answers
 * 40304 when the organisation has no Tickets licence, and 40301 when the key's user lacks a permission; changing
 * client records (and their addresses, contacts, portal users, e-mail permissions, custom fields) needs the
 * client-management permission that admin profiles carry (docs/clients.md says what was guessed).
 */
import { explainForbidden } from '../shared/permission.js';

export type PermissionNeed = 'manage clients' | 'view clients';

function explanation(need: PermissionNeed): string {
  return need === 'manage clients'
    ? 'changing clients, their custom fields, addresses, contacts, portal users and e-mail permissions needs ' +
        'TiFlux\'s client management permission ("Gerenciar clientes"), which the user of this API key lacks. Use ' +
        'an admin\'s API key, or ask a TiFlux administrator to add that permission to the user\'s profile'
    : 'the user of this API key may not see this client (TiFlux shows attendants only the clients of their ' +
        'technical groups). Use an admin\'s API key, or ask an administrator for access to the client';
}

/** Runs a TiFlux call; a 403 becomes a ToolError naming what is missing (shared/permission.ts). Others pass through. */
export function withPermission<T>(action: string, need: PermissionNeed, call: () => Promise<T>): Promise<T> {
  return explainForbidden(call, action, explanation(need));
}
