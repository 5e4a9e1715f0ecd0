// Records of the client-details family: addresses, contacts and e-mail ticket permissions of a client (docs/clients.md).
// Portal users are ordinary UserRecords of type "client" (data/types.ts).

export interface ClientAddressRecord {
  id: number;
  client_id: number;
  street: string;
  /** An integer in TiFlux (docs/clients.md). */
  number: number;
  complement: string | null;
  neighborhood: string;
  city: string;
  /** Two-letter UF, e.g. "SC". */
  state: string;
  /** "89201-305". */
  cep: string;
}

export interface ClientContactRecord {
  id: number;
  client_id: number;
  /** "Commercial", "Personal"… */
  use: string;
  /** Sent as `number`, answered as `telephone` (docs/clients.md). */
  telephone: string;
  owner: string;
  email: string;
  country: string | null;
}

/** A domain ("@empresa.com.br") or an address allowed to open tickets for the client by e-mail. */
export interface ClientEmailPermissionRecord {
  id: number;
  client_id: number;
  address: string;
}

declare module '../../data/types.js' {
  interface TenantData {
    clientAddresses: ClientAddressRecord[];
    clientContacts: ClientContactRecord[];
    clientEmailPermissions: ClientEmailPermissionRecord[];
  }
  interface Sequences {
    clientAddress: number;
    clientContact: number;
    clientEmailPermission: number;
  }
}
