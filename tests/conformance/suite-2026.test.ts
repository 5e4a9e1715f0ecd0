/**
 * The conformance suite's 2026-07-28 scenarios (0.2.0-alpha.12, installed as `conformance-next`) against the local
 * emulator with the real handler and catalogue, the `npm start` equivalent. A check that fails without a
 * baseline-2026.yml entry fails this test, and so does a stale entry (its check now passes).
 * The 2025-revision suite (0.1.16) is run by legacy-suite.test.ts.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEndpoint } from '../../test-lambda-local.js';
import type { LocalEndpoint } from '../../test-lambda-local.js';
import { CONFORMANCE_CLI, readBaseline, runServerScenario, staleBaselineEntries, unexpectedFailures } from '../helpers/conformance.js';

const baselinePath = fileURLToPath(new URL('./baseline-2026.yml', import.meta.url));
const baseline = readBaseline(baselinePath);

/**
 * The 2026 scenarios that concern a tools-only server, each with checks that must really pass (not merely be
 * skipped), so a scenario that silently stops exercising us is noticed.
 * Not run, because they need the suite's fixture tools, prompts, resources or MRTR, which this server does not
 * have: tools-call-*, json-schema-2020-12, resources-*, prompts-*, sep-2164-resource-not-found, input-required-*.
 */
const SCENARIOS: Record<string, string[]> = {
  'server-stateless': [
    'sep-2575-request-meta-invalid-missing-meta',
    'sep-2575-request-meta-client-info-optional',
    'sep-2575-server-implements-discover',
    'sep-2575-server-identifies-in-result-meta',
    'sep-2575-discover-capabilities-match-handlers',
    'sep-2575-server-unsupported-version-error',
    'sep-2575-http-server-header-mismatch-400',
    'sep-2575-http-server-method-not-found-404-initialize',
    'sep-2575-http-server-method-not-found-404',
    'sep-2575-http-server-error-jsonrpc-id',
  ],
  'http-header-validation': [
    'sep-2243-server-reject-invalid-headers',
    'sep-2243-server-reject-error-code',
    'sep-2243-server-accepts-whitespace-header-value',
    'sep-2243-header-name-case-insensitive',
  ],
  caching: ['sep-2549-tools-list-caching-hints', 'sep-2549-ttl-non-negative', 'sep-2549-cache-scope-valid'],
  'tools-list': ['tools-list', 'tools-name-format'],
  'dns-rebinding-protection': ['localhost-host-rebinding-rejected', 'localhost-host-valid-accepted'],
  // Baselined whole (see the YAML): run so a change in what they find is visible.
  'http-custom-header-server-validation': [],
  'completion-complete': [],
};

let endpoint: LocalEndpoint;
beforeAll(async () => {
  process.env.LOG_LEVEL = 'silent';
  endpoint = await startLocalEndpoint();
});
afterAll(async () => {
  await endpoint?.close();
});

describe('conformance 0.2.0-alpha.12 at the 2026-07-28 wire', () => {
  it.each(Object.entries(SCENARIOS))('%s: no failure outside baseline-2026.yml', async (scenario, mustPass) => {
    const run = await runServerScenario({
      cli: CONFORMANCE_CLI.next,
      url: endpoint.url,
      scenario,
      specVersion: '2026-07-28',
      expectedFailures: baselinePath,
    });
    const summary = run.checks.map((c) => `${c.status.padEnd(8)} ${c.id}${c.errorMessage ? ` — ${c.errorMessage}` : ''}`).join('\n');
    expect(run.checks.length, run.output).toBeGreaterThan(0);
    expect(unexpectedFailures(scenario, run.checks, baseline), summary).toEqual([]);
    expect(staleBaselineEntries(scenario, run.checks, baseline), summary).toEqual([]);
    for (const id of mustPass) {
      const seen = run.checks.filter((c) => c.id === id);
      expect(seen.length, `${id} was not reported\n${summary}`).toBeGreaterThan(0);
      expect(seen.every((c) => c.status === 'SUCCESS'), `${id}\n${summary}`).toBe(true);
    }
    // The CLI's own baseline verdict agrees (exit 1 on an unexpected failure or a stale entry).
    expect(run.exitCode, run.output).toBe(0);
  }, 90_000);
});
