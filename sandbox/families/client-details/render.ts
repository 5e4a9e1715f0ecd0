// TiFlux's JSON shapes for addresses and contacts (docs/clients.md). Contacts answer the phone as `telephone`.

import type { ClientAddressRecord, ClientContactRecord } from './records.js';

export function renderAddress(address: ClientAddressRecord) {
  return {
    id: address.id,
    street: address.street,
    number: address.number,
    complement: address.complement,
    neighborhood: address.neighborhood,
    city: address.city,
    state: address.state,
    cep: address.cep,
  };
}

export function renderContact(contact: ClientContactRecord) {
  return {
    id: contact.id,
    owner: contact.owner,
    use: contact.use,
    telephone: contact.telephone,
    email: contact.email,
    country: contact.country,
  };
}
