// How many tickets each organisation has, where their numbers and conversation ids start, and their texts.

import type { TenantId } from '../../data/types.js';
import { TICKET_TEXTS, type TicketText } from './texts.js';

export interface TicketsSpec {
  /** First id of each kind; the two organisations use far-apart ranges. */
  idStart: { answer: number; internalCommunication: number; file: number };
  firstTicketNumber: number;
  ticketCount: number;
  ticketTexts: TicketText[];
}

export const TICKET_SPECS: Record<TenantId, TicketsSpec> = {
  /** The main organisation: 320 tickets. */
  main: {
    idStart: { answer: 610001, internalCommunication: 920001, file: 440001 },
    firstTicketNumber: 84120, ticketCount: 320, ticketTexts: TICKET_TEXTS,
  },
  other: {
    idStart: { answer: 660001, internalCommunication: 970001, file: 490001 },
    firstTicketNumber: 5001, ticketCount: 18, ticketTexts: TICKET_TEXTS.slice(10, 28),
  },
};
