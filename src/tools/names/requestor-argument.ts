/**
 * Linking a ticket to its requestor (create_ticket, update_ticket), as docs/people.md describes.
 *
 * create_ticket: requestor_id > requestor_email > requestor_name. The client's requestors are searched first; on a
 * 403 the global list, keeping only that client's. An e-mail must match exactly; a name uses the shared tiers.
 * Several matches → ToolError listing them (nothing created). No match → the name / e-mail are sent as given (TiFlux
 * links or creates the requestor) and the answer says so.
 *
 * update_ticket: the global list first, then the ticket's client's requestors; no match is a ToolError (nothing
 * changed). A requestor must belong to the ticket's client (TiFlux answers 422 otherwise), so matches of other
 * clients are not taken, but named in the error.
 */
import type { Ticket, TiFluxClient } from '../../tiflux/client.js';
import { TiFluxForbiddenError } from '../../tiflux/client.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createRequestorsApi } from '../../tiflux/resources/requestors.js';
import type { Requestor } from '../../tiflux/schemas/people.js';
import { ToolError } from '../tool-error.js';
import { matchName } from './match-names.js';
import { describeRequestor } from './people-names.js';
import { MAX_LISTED_CANDIDATES } from './pick-one.js';

export interface RequestorArguments {
  requestor_id?: number;
  requestor_name?: string;
  requestor_email?: string;
  requestor_telephone?: string;
}

/** What create_ticket sends for the requestor, and one line for its answer. */
export interface RequestorLink {
  fields: RequestorArguments;
  line?: string;
}

type Found = { kind: 'one'; requestor: Requestor } | { kind: 'several'; requestors: Requestor[] } | { kind: 'none' };

const sameEmail = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

function find(candidates: readonly Requestor[], args: RequestorArguments): Found {
  if (args.requestor_email !== undefined) {
    const exact = candidates.filter((requestor) => sameEmail(requestor.email, args.requestor_email!));
    if (exact.length === 1) return { kind: 'one', requestor: exact[0]! };
    return exact.length ? { kind: 'several', requestors: exact } : { kind: 'none' };
  }
  const match = matchName(args.requestor_name!, candidates, (requestor) => [requestor.name], 0);
  if (match.kind === 'one') return { kind: 'one', requestor: match.item };
  if (match.kind === 'several') return { kind: 'several', requestors: match.items };
  return { kind: 'none' };
}

function argumentOf(args: RequestorArguments): string {
  return args.requestor_email !== undefined ? `requestor_email "${args.requestor_email}"` : `requestor_name "${args.requestor_name}"`;
}

function ambiguous(args: RequestorArguments, requestors: Requestor[], nothing: string): never {
  const shown = requestors.slice(0, MAX_LISTED_CANDIDATES);
  throw new ToolError(
    `${argumentOf(args)} matches ${requestors.length} requestors equally well, so none was chosen and ${nothing}. ` +
      `Retry with requestor_id set to the right id:\n${shown.map((r) => `- ${describeRequestor(r)}`).join('\n')}`,
  );
}

/**
 * TiFlux filters by substring on its side. The e-mail is a safe filter (checked for equality afterwards). A name is
 * not (accents: "joao" misses "João"), so a client's list, which is short, is read whole; the global list, which
 * may be long, is filtered on the name's first word, and a miss there still gets the client's list after it.
 */
async function clientRequestors(tiflux: TiFluxClient, clientId: number, args: RequestorArguments): Promise<Requestor[]> {
  const filter = args.requestor_email !== undefined ? { email: args.requestor_email.trim() } : {};
  return collectAllPages((page) => tiflux.use(createRequestorsApi).listForClient(clientId, { ...filter, ...page }));
}

async function globalRequestors(tiflux: TiFluxClient, args: RequestorArguments): Promise<Requestor[]> {
  const filter =
    args.requestor_email !== undefined ? { email: args.requestor_email.trim() } : { name: args.requestor_name!.trim().split(/\s+/)[0] };
  return collectAllPages((page) => tiflux.use(createRequestorsApi).listAll({ ...filter, ...page }));
}

function linked(requestor: Requestor, args: RequestorArguments): string {
  return `- Requestor: ${requestor.name} (requestor_id ${requestor.id}${requestor.email ? `, ${requestor.email}` : ''}), found by ${argumentOf(args)}`;
}

export async function requestorForNewTicket(tiflux: TiFluxClient, clientId: number, args: RequestorArguments): Promise<RequestorLink> {
  if (args.requestor_id !== undefined) {
    // An id wins: the name, e-mail and telephone would only describe the same person again.
    return { fields: { requestor_id: args.requestor_id }, line: `- Requestor: requestor_id ${args.requestor_id}` };
  }
  if (args.requestor_email === undefined && args.requestor_name === undefined) {
    return { fields: { requestor_telephone: args.requestor_telephone } };
  }
  let candidates: Requestor[] | undefined;
  try {
    candidates = await clientRequestors(tiflux, clientId, args);
  } catch (error) {
    if (!(error instanceof TiFluxForbiddenError)) throw error;
    try {
      candidates = (await globalRequestors(tiflux, args)).filter((requestor) => requestor.client?.id === clientId);
    } catch (fallbackError) {
      if (!(fallbackError instanceof TiFluxForbiddenError)) throw fallbackError;
    }
  }
  const asGiven: RequestorArguments = {
    requestor_name: args.requestor_name,
    requestor_email: args.requestor_email,
    requestor_telephone: args.requestor_telephone,
  };
  if (candidates === undefined) {
    return {
      fields: asGiven,
      line: `- Requestor: sent as given (${argumentOf(args)}); this API key may not list the client's requestors, so TiFlux links or creates it`,
    };
  }
  const found = find(candidates, args);
  if (found.kind === 'several') ambiguous(args, found.requestors, 'no ticket was created');
  if (found.kind === 'one') return { fields: { requestor_id: found.requestor.id }, line: linked(found.requestor, args) };
  return {
    fields: asGiven,
    line: `- Requestor: no requestor of the client matches ${argumentOf(args)}; sent as given, so TiFlux links or creates it`,
  };
}

/** The requestor update_ticket sets, or undefined when no requestor argument was given. */
export async function requestorForTicketUpdate(
  tiflux: TiFluxClient,
  clientIdOfTicket: () => Promise<number>,
  args: RequestorArguments,
): Promise<{ id: number; name?: string; line: string } | undefined> {
  if (args.requestor_id !== undefined) return { id: args.requestor_id, line: `Requestor: requestor_id ${args.requestor_id}` };
  if (args.requestor_email === undefined && args.requestor_name === undefined) return undefined;

  const clientId = await clientIdOfTicket();
  let elsewhere: Requestor[] = [];
  try {
    const global = find(await globalRequestors(tiflux, args), args);
    const all = global.kind === 'one' ? [global.requestor] : global.kind === 'several' ? global.requestors : [];
    const ofClient = all.filter((requestor) => requestor.client?.id === clientId);
    elsewhere = all.filter((requestor) => requestor.client?.id !== clientId);
    if (ofClient.length === 1) return { id: ofClient[0]!.id, name: ofClient[0]!.name, line: lineFor(ofClient[0]!, args) };
    if (ofClient.length > 1) ambiguous(args, ofClient, 'the ticket was not changed');
  } catch (error) {
    if (!(error instanceof TiFluxForbiddenError)) throw error;
  }
  const found = find(await clientRequestors(tiflux, clientId, args), args);
  if (found.kind === 'one') return { id: found.requestor.id, name: found.requestor.name, line: lineFor(found.requestor, args) };
  if (found.kind === 'several') ambiguous(args, found.requestors, 'the ticket was not changed');
  throw new ToolError(
    `No requestor of the ticket's client (client_id ${clientId}) matches ${argumentOf(args)}, so the ticket was not changed.` +
      (elsewhere.length
        ? ` It matches requestors of other clients, which TiFlux does not allow on this ticket:\n${elsewhere
            .slice(0, MAX_LISTED_CANDIDATES)
            .map((r) => `- ${describeRequestor(r)}`)
            .join('\n')}\n`
        : ' ') +
      'Use search_requestor to find the person, or create_requestor to add them to the client, then pass requestor_id.',
  );
}

function lineFor(requestor: Requestor, args: RequestorArguments): string {
  return `Requestor: ${requestor.name} (requestor_id ${requestor.id}), found by ${argumentOf(args)}`;
}

/** The client a ticket belongs to, for update_ticket when the call does not move it to another client. */
export function clientIdOfTicket(ticket: Pick<Ticket, 'client'>, ticketNumber: string): number {
  const clientId = ticket.client?.id;
  if (!clientId) throw new ToolError(`Ticket #${ticketNumber} has no client, so its requestor cannot be looked up; pass requestor_id.`);
  return clientId;
}
