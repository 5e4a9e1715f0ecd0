/**
 * What the delete tools share: they first read what they are about to delete (so the answer can say which answer,
 * file or note went), and when it is not there they check the ticket itself, so a second identical call says the
 * record is already gone instead of failing, while an unknown ticket is still an error. docs/tickets.md.
 */
import * as z from 'zod';
import { TiFluxNotFoundError, type TiFluxClient } from '../../tiflux/client.js';

/** The read's result, or undefined when TiFlux answered 404. */
export async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof TiFluxNotFoundError) return undefined;
    throw error;
  }
}

/** Throws "found no ticket #n" when the ticket itself is missing. */
export async function ensureTicketExists(tiflux: TiFluxClient, ticketNumber: string): Promise<void> {
  await tiflux.tickets.get(ticketNumber);
}

export const deletionOutput = () => ({
  deleted: z.boolean().describe('True when this call deleted it; false when it was already gone.'),
  already_gone: z.boolean(),
});

export function goneText(what: string, where: string): string {
  return `${what} is not on ${where} any more: it was already deleted (or never existed there). Nothing was changed.`;
}
