/** Arguments shared by create_requestor and update_requestor. */
import * as z from 'zod';
import { emailParam, nameParam } from '../shared/params.js';

export const requestorFieldArguments = () => ({
  name: nameParam('Full name.'),
  email: emailParam('E-mail, unique within the client.'),
  // TiFlux answers 422 "Is not a valid phone number" to an empty telephone (docs/people.md), so blank is refused here.
  telephone: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty (TiFlux refuses a blank telephone); leave it out instead' })
    .max(40)
    .describe('Telephone, e.g. "(47) 99123-4567".'),
  extension: z.string().trim().min(1, { error: 'must not be empty; leave it out instead' }).max(20).describe('Extension (ramal).'),
  can_open_ticket: z.boolean().describe('Whether they may open tickets.'),
});
