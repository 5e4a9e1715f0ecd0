/** How client records, addresses and contacts read: one Markdown shape and one structured shape each. */
import * as z from 'zod';
import type { ClientAddress, ClientContact, ClientRecord } from '../../tiflux/schemas/clients.js';
import { displayValue, inline } from '../format/text.js';

const text = () => z.string().nullable();

export const addressOutput = () =>
  z.object({
    id: z.number().int(),
    street: text(),
    number: z.union([z.string(), z.number()]).nullable(),
    complement: text(),
    neighborhood: text(),
    city: text(),
    state: text(),
    cep: text(),
  });

export const contactOutput = () =>
  z.object({ id: z.number().int(), owner: text(), use: text(), telephone: text(), email: text(), country: text() });

export type AddressOut = z.input<ReturnType<typeof addressOutput>>;
export type ContactOut = z.input<ReturnType<typeof contactOutput>>;

export function addressOut(address: ClientAddress): AddressOut {
  return {
    id: address.id,
    street: address.street ?? null,
    number: address.number ?? null,
    complement: address.complement ?? null,
    neighborhood: address.neighborhood ?? null,
    city: address.city ?? null,
    state: address.state ?? null,
    cep: address.cep ?? null,
  };
}

export function contactOut(contact: ClientContact): ContactOut {
  return {
    id: contact.id,
    owner: contact.owner ?? null,
    use: contact.use ?? null,
    telephone: contact.telephone ?? null,
    email: contact.email ?? null,
    country: contact.country ?? null,
  };
}

/** "Rua XV de Novembro, 1234, Loja 2 · Centro · Blumenau/SC · CEP 89010-001" */
export function addressLine(address: AddressOut): string {
  const street = [address.street, address.number, address.complement].filter((part) => part !== null && part !== '').join(', ');
  const place = [address.city, address.state].filter(Boolean).join('/');
  return [inline(street), address.neighborhood ? inline(address.neighborhood) : '', place, address.cep ? `CEP ${address.cep}` : '']
    .filter(Boolean)
    .join(' · ');
}

/** "Maria Helena Schmitt · Commercial · 4733221100 · maria@… (BR)" */
export function contactLine(contact: ContactOut): string {
  return [inline(contact.owner), contact.use, contact.telephone, contact.email, contact.country ? `(${contact.country})` : '']
    .filter(Boolean)
    .join(' · ');
}

export const clientDetailOutput = () => ({
  id: z.number().int(),
  name: z.string(),
  social: text(),
  social_revenue: text(),
  active: z.boolean().nullable(),
  email_financial: text(),
  sms_financial: text(),
  municipal_registration: text(),
  estadual_registration: text(),
  max_agents: z.union([z.string(), z.number()]).nullable(),
  anotations: text(),
  visible_to_clients: z.boolean().nullable(),
  authorization_flow: z.boolean().nullable(),
  billing_report_type: text(),
  desks: z.array(z.object({ id: z.number().int(), name: text(), display_name: text() })),
  technical_groups: z.array(z.object({ id: z.number().int(), name: text() })),
  entities: z
    .array(
      z.object({
        id: z.number().int().nullable(),
        name: text(),
        fields: z.array(z.object({ entity_field_id: z.number().int().nullable(), name: text(), field_type: text(), value: z.unknown() })),
      }),
    )
    .nullable(),
  created_at: text(),
  updated_at: text(),
});

export type ClientDetailOut = z.input<z.ZodObject<ReturnType<typeof clientDetailOutput>>>;

export function clientDetailOut(client: ClientRecord, withEntities: boolean): ClientDetailOut {
  return {
    id: client.id,
    name: client.name,
    social: client.social ?? null,
    social_revenue: client.social_revenue ?? null,
    active: client.status ?? null,
    email_financial: client.email_financial ?? client.email ?? null,
    sms_financial: client.sms_financial ?? null,
    municipal_registration: client.municipal_registration ?? null,
    estadual_registration: client.estadual_registration ?? null,
    max_agents: client.max_agents ?? null,
    anotations: client.anotations ?? null,
    visible_to_clients: client.visible_to_clients ?? null,
    authorization_flow: client.authorization_flow ?? null,
    billing_report_type: client.billing_report_type ?? null,
    desks: (client.desks ?? []).map((desk) => ({ id: desk.id, name: desk.name ?? null, display_name: desk.display_name ?? null })),
    technical_groups: (client.technical_groups ?? []).map((group) => ({ id: group.id, name: group.name ?? null })),
    entities: withEntities
      ? (client.entities ?? []).map((entity) => ({
          id: entity.id ?? null,
          name: entity.name ?? null,
          fields: (entity.entity_fields ?? []).map((field) => ({
            entity_field_id: field.entity_field_id ?? field.id ?? null,
            name: field.name ?? null,
            field_type: field.field_type ?? null,
            // A select stores the option id; show its label when TiFlux sends the ticked option.
            value: field.options?.[0]?.value ?? field.options?.[0]?.title ?? field.value ?? null,
          })),
        }))
      : null,
    created_at: client.created_at ?? null,
    updated_at: client.updated_at ?? null,
  };
}

const BILLING_LABELS: Record<string, string> = {
  detailed_with_appointment: 'detailed, with appointments',
  detailed: 'detailed',
  synthetic: 'synthetic',
};

export function clientMarkdown(client: ClientDetailOut): string {
  const deskNames = client.desks.map((desk) => `${inline(desk.display_name ?? desk.name)} (id ${desk.id})`);
  const groupNames = client.technical_groups.map((group) => `${inline(group.name)} (id ${group.id})`);
  const optional = (label: string, value: unknown) =>
    value === null || value === undefined || value === '' ? [] : [`- ${label}: ${displayValue(value)}`];
  const lines = [
    `# ${inline(client.name)} (client ${client.id})`,
    `- Company name (social): ${inline(client.social)}`,
    `- CPF/CNPJ (social_revenue): ${inline(client.social_revenue)}`,
    `- Status: ${client.active === false ? 'inactive' : client.active ? 'active' : 'unknown'}`,
    ...optional('Financial e-mail', client.email_financial),
    ...optional('Financial SMS', client.sms_financial),
    ...optional('Municipal registration', client.municipal_registration),
    ...optional('State registration', client.estadual_registration),
    ...optional('Max agents', client.max_agents),
    ...optional('Billing report', client.billing_report_type ? BILLING_LABELS[client.billing_report_type] ?? client.billing_report_type : null),
    ...optional('Visible to clients', client.visible_to_clients),
    ...optional('Authorization flow', client.authorization_flow),
    ...optional('Notes (anotations)', client.anotations),
    `- Desks (${deskNames.length}): ${deskNames.join(', ') || 'none'}`,
    `- Technical groups (${groupNames.length}): ${groupNames.join(', ') || 'none'}`,
    ...optional('Created', client.created_at),
    ...optional('Updated', client.updated_at),
  ];
  if (client.entities) {
    lines.push('', '## Custom fields');
    if (!client.entities.length) lines.push('No custom fields.');
    for (const entity of client.entities) {
      lines.push(`### ${inline(entity.name)}${entity.id !== null ? ` (entity ${entity.id})` : ''}`);
      for (const field of entity.fields) {
        lines.push(
          `- ${inline(field.name)}${field.entity_field_id !== null ? ` (entity_field_id ${field.entity_field_id})` : ''}` +
            `${field.field_type ? `, ${field.field_type}` : ''}: ${displayValue(field.value)}`,
        );
      }
    }
  }
  return lines.join('\n');
}
