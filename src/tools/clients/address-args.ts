/** Address fields as TiFlux names them (§ docs/clients.md): all required on create, any on update. */
import * as z from 'zod';
import type { AddressFields } from '../../tiflux/resources/client-addresses.js';

const part = (description: string, max = 200) =>
  z.string().trim().min(1, { error: 'must not be empty' }).max(max).describe(description);

export function addressFieldArgs() {
  return {
    cep: z
      .string()
      .trim()
      .regex(/^\d{5}-?\d{3}$/, { error: 'must be a CEP such as "89201-305"' })
      .describe('CEP, e.g. "89201-305".'),
    city: part('City, e.g. "Joinville".'),
    neighborhood: part('Bairro, e.g. "Centro".'),
    number: z
      .number({ error: 'must be a whole number (TiFlux stores the street number as an integer)' })
      .int({ error: 'must be a whole number (TiFlux stores the street number as an integer)' })
      .min(0)
      .max(999_999)
      .describe('Street number, an integer ("s/n", "fundos"… go in complement).'),
    state: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a 2-letter state (UF), e.g. "SC"' })
      .transform((value) => value.toUpperCase())
      .describe('2-letter UF, e.g. "SC".'),
    street: part('Street, e.g. "Rua XV de Novembro".'),
    complement: part('Complement, e.g. "Sala 12".').optional(),
  };
}

export const ADDRESS_FIELD_NAMES = ['cep', 'city', 'neighborhood', 'number', 'state', 'street', 'complement'] as const;

export function addressBody(args: Record<string, unknown>): AddressFields {
  const body: Record<string, unknown> = {};
  for (const name of ADDRESS_FIELD_NAMES) if (args[name] !== undefined) body[name] = args[name];
  return body as AddressFields;
}
