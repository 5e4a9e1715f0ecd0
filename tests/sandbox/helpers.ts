// Shared helpers for the sandbox tests: plain fetch over real HTTP, nothing in-process.

import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSandbox, type SandboxHandle, type SandboxOptions } from '../../sandbox/server.js';

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body when it is JSON, else undefined. */
  json: any;
}

export interface CallOptions {
  /** API key; `null` sends no Authorization header. Default: the admin key. */
  key?: string | null;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** JSON body (sets Content-Type). */
  json?: unknown;
}

export async function call(sandbox: SandboxHandle, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  const key = options.key === undefined ? sandbox.keys.admin : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${sandbox.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function form(fields: Record<string, string>): { body: string; headers: Record<string, string> } {
  return { body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
}

/** A FormData body: fetch writes the multipart encoding and boundary itself. */
export function multipart(fields: Record<string, string>, files: { name: string; content: string | Uint8Array; type?: string }[] = []): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const file of files) {
    const bytes = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
    data.append('files[]', new Blob([new Uint8Array(bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  }
  return data;
}

/** One sandbox for the whole file, reset to the seed before every test. */
export function useSandbox(options: SandboxOptions = {}): () => SandboxHandle {
  let sandbox: SandboxHandle | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox(options);
  });
  beforeEach(() => sandbox?.reset());
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) throw new Error('sandbox not started');
    return sandbox;
  };
}

export function mainData(sandbox: SandboxHandle) {
  return sandbox.data.tenants.main;
}

export function deskNamed(sandbox: SandboxHandle, displayName: string) {
  const desk = mainData(sandbox).desks.find((candidate) => candidate.display_name === displayName);
  if (!desk) throw new Error(`no desk ${displayName}`);
  return desk;
}

export function clientNamed(sandbox: SandboxHandle, name: string) {
  const client = mainData(sandbox).clients.find((candidate) => candidate.name === name);
  if (!client) throw new Error(`no client ${name}`);
  return client;
}
