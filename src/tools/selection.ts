/**
 * Which tools a request is offered: toolsets, read-only mode and verbosity, from the request (header, else the
 * query string of the MCP URL: Claude's connectors can only set the URL), else the deployment's environment, else
 * the defaults. The deployment's read-only `true` and its allowed toolsets are ceilings a request cannot lift.
 * The rules, and the reasons for them, are in docs/toolsets.md.
 */
import { DEFAULT_TOOLSETS, TOOLSETS, isToolsetName, type ToolsetName } from './toolsets.js';

export type Verbosity = 'rich' | 'compact';

export interface ToolSelection {
  /** Sorted, in TOOLSETS order. */
  readonly toolsets: readonly ToolsetName[];
  readonly readOnly: boolean;
  readonly verbosity: Verbosity;
  /** Whether read-only mode comes from the deployment (a request cannot turn it off). */
  readonly readOnlyByDeployment: boolean;
  /** What the deployment allows at most. */
  readonly allowed: readonly ToolsetName[];
  /** Stable text naming the selection: the listing cache key. */
  readonly key: string;
}

/** A request's choice is wrong (400), or the deployment's settings are (500: every request fails loudly). */
export class SelectionError extends Error {
  constructor(
    readonly status: 400 | 500,
    message: string,
  ) {
    super(message);
    this.name = 'SelectionError';
  }
}

/** The request's own words, from headers (lower-cased names) and the URL's query string. */
export interface SelectionSources {
  headers: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
}

export const SELECTION_HEADERS = {
  toolsets: 'x-tiflux-toolsets',
  readOnly: 'x-tiflux-read-only',
  verbosity: 'x-tiflux-verbosity',
} as const;

export const SELECTION_QUERY = { toolsets: 'toolsets', readOnly: 'read_only', verbosity: 'verbosity' } as const;

export const SELECTION_ENV = {
  toolsets: 'TIFLUX_TOOLSETS',
  allowed: 'TIFLUX_ALLOWED_TOOLSETS',
  readOnly: 'TIFLUX_READ_ONLY',
  verbosity: 'TIFLUX_MCP_VERBOSITY',
} as const;

const VALID_NAMES = `${TOOLSETS.join(', ')} (or default = ${DEFAULT_TOOLSETS.join(',')}, all = every toolset)`;

/** "tickets, Chats,,default" → the toolsets it names; undefined entries are errors. */
function parseToolsetList(raw: string, where: string, fail: (message: string) => never): Set<ToolsetName> {
  const chosen = new Set<ToolsetName>();
  const names = raw.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '');
  if (names.length === 0) fail(`${where} names no toolset. Valid toolsets: ${VALID_NAMES}.`);
  for (const name of names) {
    if (name === 'default') DEFAULT_TOOLSETS.forEach((toolset) => chosen.add(toolset));
    else if (name === 'all') TOOLSETS.forEach((toolset) => chosen.add(toolset));
    else if (isToolsetName(name)) chosen.add(name);
    else fail(`${where} names an unknown toolset "${clipName(name)}". Valid toolsets: ${VALID_NAMES}.`);
  }
  return chosen;
}

function clipName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 40)}…` : name;
}

function parseFlag(raw: string, where: string, fail: (message: string) => never): boolean {
  const value = raw.trim().toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return fail(`${where} must be true, false, 1 or 0 (got "${clipName(raw.trim())}").`);
}

function parseVerbosity(raw: string, where: string, fail: (message: string) => never): Verbosity {
  const value = raw.trim().toLowerCase();
  if (value === 'rich' || value === 'compact') return value;
  return fail(`${where} must be rich or compact (got "${clipName(raw.trim())}").`);
}

const failRequest = (message: string): never => {
  throw new SelectionError(400, message);
};
const failDeployment = (message: string): never => {
  throw new SelectionError(500, `This deployment is misconfigured: ${message}`);
};

interface DeploymentSettings {
  toolsets: Set<ToolsetName> | undefined;
  allowed: Set<ToolsetName>;
  readOnly: boolean;
  verbosity: Verbosity;
}

let deploymentCache: { env: string; settings: DeploymentSettings } | undefined;

/** The environment's settings, parsed once per distinct set of values (they do not change in a container). */
function deploymentSettings(env: NodeJS.ProcessEnv): DeploymentSettings {
  const values = [env.TIFLUX_TOOLSETS, env.TIFLUX_ALLOWED_TOOLSETS, env.TIFLUX_READ_ONLY, env.TIFLUX_MCP_VERBOSITY];
  const cacheKey = JSON.stringify(values);
  if (deploymentCache?.env === cacheKey) return deploymentCache.settings;
  const [toolsets, allowed, readOnly, verbosity] = values.map((value) => value?.trim() || undefined);
  const settings: DeploymentSettings = {
    toolsets: toolsets === undefined ? undefined : parseToolsetList(toolsets, SELECTION_ENV.toolsets, failDeployment),
    allowed: allowed === undefined ? new Set(TOOLSETS) : parseToolsetList(allowed, SELECTION_ENV.allowed, failDeployment),
    readOnly: readOnly === undefined ? false : parseFlag(readOnly, SELECTION_ENV.readOnly, failDeployment),
    verbosity: verbosity === undefined ? 'rich' : parseVerbosity(verbosity, SELECTION_ENV.verbosity, failDeployment),
  };
  const outside = [...(settings.toolsets ?? [])].filter((toolset) => !settings.allowed.has(toolset));
  if (outside.length) {
    failDeployment(`${SELECTION_ENV.toolsets} names ${outside.join(', ')}, outside ${SELECTION_ENV.allowed} (${[...settings.allowed].join(', ')}).`);
  }
  deploymentCache = { env: cacheKey, settings };
  return settings;
}

/** The request's value of one setting: its header, else its query parameter (repeats joined), else undefined. */
function requested(sources: SelectionSources, header: string, query: string): { raw: string; where: string } | undefined {
  const fromHeader = sources.headers[header];
  if (fromHeader !== undefined) return { raw: fromHeader, where: `The ${header} header` };
  const fromQuery = sources.query[query];
  if (fromQuery !== undefined) return { raw: fromQuery, where: `The ${query} query parameter` };
  return undefined;
}

/** Throws SelectionError (400 for the request's words, 500 for the deployment's). */
export function selectionFor(sources: SelectionSources, env: NodeJS.ProcessEnv = process.env): ToolSelection {
  const deployment = deploymentSettings(env);
  const allowedList = TOOLSETS.filter((toolset) => deployment.allowed.has(toolset));

  let toolsets: Set<ToolsetName>;
  const askedToolsets = requested(sources, SELECTION_HEADERS.toolsets, SELECTION_QUERY.toolsets);
  if (askedToolsets) {
    toolsets = parseToolsetList(askedToolsets.raw, askedToolsets.where, failRequest);
    const outside = [...toolsets].filter((toolset) => !deployment.allowed.has(toolset));
    // `all` asks for everything there is: here that means everything this deployment allows.
    const askedAll = askedToolsets.raw.split(',').some((name) => name.trim().toLowerCase() === 'all');
    if (outside.length && !askedAll) {
      failRequest(`This deployment does not offer the toolset${outside.length > 1 ? 's' : ''} ${outside.join(', ')}. It offers: ${allowedList.join(', ')}.`);
    }
    toolsets = new Set([...toolsets].filter((toolset) => deployment.allowed.has(toolset)));
  } else {
    // Nobody chose: the deployment's choice, else the default (within what the deployment allows).
    toolsets = new Set([...(deployment.toolsets ?? DEFAULT_TOOLSETS)].filter((toolset) => deployment.allowed.has(toolset)));
  }

  let readOnly = deployment.readOnly;
  const askedReadOnly = requested(sources, SELECTION_HEADERS.readOnly, SELECTION_QUERY.readOnly);
  if (askedReadOnly) {
    // Parsed even when the deployment is read-only, so a malformed value is still reported; `false` cannot lift it.
    readOnly = parseFlag(askedReadOnly.raw, askedReadOnly.where, failRequest) || deployment.readOnly;
  }

  let verbosity = deployment.verbosity;
  const askedVerbosity = requested(sources, SELECTION_HEADERS.verbosity, SELECTION_QUERY.verbosity);
  if (askedVerbosity) verbosity = parseVerbosity(askedVerbosity.raw, askedVerbosity.where, failRequest);

  const ordered = TOOLSETS.filter((toolset) => toolsets.has(toolset));
  return {
    toolsets: ordered,
    readOnly,
    verbosity,
    readOnlyByDeployment: deployment.readOnly,
    allowed: allowedList,
    key: `${ordered.join(',')}|${readOnly ? 'ro' : 'rw'}`,
  };
}

/** What a request gets when it says nothing and the deployment sets nothing. */
export const DEFAULT_SELECTION: ToolSelection = selectionFor({ headers: {}, query: {} }, {});

/** Every toolset, reads and writes: what tests, the bench and the README table see. */
export const ALL_SELECTION: ToolSelection = selectionFor({ headers: { [SELECTION_HEADERS.toolsets]: 'all' }, query: {} }, {});

/**
 * `compute` memoised per selection (its `key`), for what a request's selection decides and every request with the
 * same one shares: the tools/list payload, the instructions. Few selections are ever used; the memo is bounded
 * anyway (the oldest dropped first), because the selection comes from the caller.
 */
export function perSelection<T>(compute: (selection: ToolSelection) => T, max = 64): (selection: ToolSelection) => T {
  const memo = new Map<string, T>();
  return (selection) => {
    if (memo.has(selection.key)) return memo.get(selection.key)!;
    const value = compute(selection);
    if (memo.size >= max) memo.delete(memo.keys().next().value!);
    memo.set(selection.key, value);
    return value;
  };
}
