/**
 * The toolsets: every tool belongs to exactly one, and a request (or a deployment) chooses which toolsets it is
 * offered. `default` and `all` are selections, not toolsets. See docs/toolsets.md.
 */
export const TOOLSETS = [
  'tickets',
  'directory',
  'appointments',
  'clients',
  'requestors',
  'users',
  'desks',
  'chats',
  'knowledge',
  'pre_tickets',
  'equipment',
  'contracts',
  'service_catalogs',
  'reports',
] as const;

export type ToolsetName = (typeof TOOLSETS)[number];

/** What a selection means when nobody chose: the helpdesk basics. */
export const DEFAULT_TOOLSETS: readonly ToolsetName[] = ['tickets', 'directory'];

/** One line per toolset, for the instructions, errors and the README. */
export const TOOLSET_SUMMARIES: Readonly<Record<ToolsetName, string>> = {
  tickets: 'tickets, their answers, files, notes, histories, SLAs and checklists',
  directory: 'search clients, users, stages, catalogue items, requestors and attendants by name',
  appointments: 'time tracking: appointments, timers, service types and shifts',
  clients: 'client records, addresses, contacts and portal users',
  requestors: 'requestors (the people who open tickets)',
  users: 'attendant accounts (admin keys)',
  desks: 'desks, priorities, desk catalogues, departments and custom-field metadata',
  chats: 'chats, WhatsApp messages and message templates',
  knowledge: 'the knowledge base',
  pre_tickets: 'pre-tickets (e-mails waiting to become tickets)',
  equipment: 'equipment inventory',
  contracts: 'contracts and billing history',
  service_catalogs: 'service catalogue, area and item administration',
  reports: 'ticket comparisons, satisfaction (CSAT) and appointment reports',
};

export function isToolsetName(name: string): name is ToolsetName {
  return (TOOLSETS as readonly string[]).includes(name);
}
