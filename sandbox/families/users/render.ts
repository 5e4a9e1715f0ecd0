// Renderers for users (docs/tiflux-rest-api.md#users).

import type { UserRecord } from './records.js';

export function renderUserListItem(user: UserRecord) {
  return { id: user.id, name: user.name, email: user.email, _type: user._type, active: user.active };
}

export function renderUser(user: UserRecord) {
  return {
    ...renderUserListItem(user),
    technical_group_id: user.technical_group_id,
    telephone: user.telephone,
    extension: user.extension,
    client_ids: user.client_ids,
    last_login_at: user.last_login_at,
    gauth_enabled: user.gauth_enabled,
    signature: user.signature,
    ...user.licenses,
  };
}
