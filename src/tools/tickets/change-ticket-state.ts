/** cancel_ticket and close_ticket differ only in the verb: one factory for both. */
import type { TiFluxClient } from '../../tiflux/client.js';
import { defineTool } from '../define-tool.js';
import { inline } from '../format/text.js';
import { ticketNumber } from '../shared/params.js';

interface StateChange {
  name: 'cancel_ticket' | 'close_ticket';
  title: string;
  description: string;
  past: string;
  call(tiflux: TiFluxClient, ticketNumber: string): Promise<{ message?: string | null }>;
}

export function stateChangeTool(change: StateChange) {
  return defineTool({
    toolset: 'tickets',
    name: change.name,
    title: change.title,
    description: change.description,
    input: () => ({ ticket_number: ticketNumber() }),
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true },
    async run(args, { tiflux }) {
      const answer = await change.call(tiflux, args.ticket_number);
      const said = answer.message ? ` TiFlux said: "${inline(answer.message)}".` : '';
      return { text: `Ticket **#${args.ticket_number}** ${change.past}.${said}` };
    },
  });
}
