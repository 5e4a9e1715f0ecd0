/**
 * Drives a stdio MCP program (here: mcp-remote, the bridge Claude Desktop uses) the way a desktop app does:
 * newline-delimited JSON-RPC on stdin, responses read from stdout.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StdioSession {
  request(method: string, params?: Record<string, unknown>): Promise<any>;
  notify(method: string, params?: Record<string, unknown>): void;
  stderr(): string;
  close(): Promise<void>;
}

export function startMcpRemote(url: string, extraArgs: string[]): StdioSession {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'mcp-remote');
  const child: ChildProcessWithoutNullStreams = spawn(bin, [url, ...extraArgs], {
    // A private config dir: mcp-remote must never find (or write) real OAuth state.
    env: { ...process.env, MCP_REMOTE_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'mcp-remote-')), BROWSER: 'false' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let buffer = '';
  let nextId = 1;
  const pending = new Map<number, (message: any) => void>();
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    let newline: number;
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (!line) continue;
      const message = JSON.parse(line);
      if (typeof message.id === 'number') pending.get(message.id)?.(message);
    }
  });
  const write = (message: unknown) => child.stdin.write(`${JSON.stringify(message)}\n`);
  return {
    request(method, params) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${method} timed out; mcp-remote stderr:\n${stderr}`)), 20_000);
        pending.set(id, (message) => {
          clearTimeout(timer);
          resolve(message);
        });
        write({ jsonrpc: '2.0', id, method, params });
      });
    },
    notify(method, params) {
      write({ jsonrpc: '2.0', method, params });
    },
    stderr: () => stderr,
    async close() {
      child.stdin.end();
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 50));
    },
  };
}
