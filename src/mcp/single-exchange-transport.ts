import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { ErrorCodes, errorResponse } from './jsonrpc.js';
import type { JsonRpcId } from './jsonrpc.js';

/**
 * The smallest possible SDK transport: it delivers one incoming request to the Server and resolves with the
 * Server's response. Anything else the Server tries to send (progress or log notifications) is dropped, since a
 * JSON-only, stateless endpoint has no stream to carry it. This replaces the SDK's HTTP transport, whose stateless
 * GET opens an SSE stream that would hang a Lambda invocation.
 */
export class SingleExchangeTransport implements Transport {
  onmessage?: Transport['onmessage'];
  onclose?: () => void;
  onerror?: (error: Error) => void;

  private settle!: (message: JSONRPCMessage) => void;
  readonly response: Promise<JSONRPCMessage> = new Promise((resolve) => {
    this.settle = resolve;
  });

  async start(): Promise<void> {}

  async send(message: JSONRPCMessage): Promise<void> {
    if ('id' in message && ('result' in message || 'error' in message)) this.settle(message);
  }

  async close(): Promise<void> {
    this.onclose?.();
  }

  /**
   * Ends the exchange with an error response when the Server will not answer: it reported an error instead of
   * replying, or the invocation is about to run out of time. Settling twice is harmless (the first answer wins).
   */
  fail(id: JsonRpcId, message: string): void {
    this.settle(errorResponse(id, ErrorCodes.InternalError, message) as JSONRPCMessage);
  }

  deliver(message: JSONRPCMessage): void {
    if (!this.onmessage) throw new Error('transport is not connected');
    this.onmessage(message);
  }
}
