/** The `clients` family: client records, their desks and groups, portal users, e-mail permissions, addresses, contacts. */
import type { ToolDefinition } from '../define-tool.js';
import { addClientEmailPermission } from './add-client-email-permission.js';
import { createClientAddress } from './create-client-address.js';
import { createClientContact } from './create-client-contact.js';
import { createClientUser } from './create-client-user.js';
import { createClient } from './create-client.js';
import { deleteClientAddress } from './delete-client-address.js';
import { deleteClientContact } from './delete-client-contact.js';
import { getClientAddress } from './get-client-address.js';
import { getClientContact } from './get-client-contact.js';
import { getClientDesks } from './get-client-desks.js';
import { getClientTechnicalGroups } from './get-client-technical-groups.js';
import { getClient } from './get-client.js';
import { listClientAddresses } from './list-client-addresses.js';
import { listClientContacts } from './list-client-contacts.js';
import { listClients } from './list-clients.js';
import { updateClientAddress } from './update-client-address.js';
import { updateClientContact } from './update-client-contact.js';
import { updateClientEntities } from './update-client-entities.js';
import { updateClient } from './update-client.js';

export const clientTools: readonly ToolDefinition[] = [
  getClient,
  listClients,
  createClient,
  updateClient,
  updateClientEntities,
  getClientDesks,
  getClientTechnicalGroups,
  createClientUser,
  addClientEmailPermission,
  listClientAddresses,
  getClientAddress,
  createClientAddress,
  updateClientAddress,
  deleteClientAddress,
  listClientContacts,
  getClientContact,
  createClientContact,
  updateClientContact,
  deleteClientContact,
];
