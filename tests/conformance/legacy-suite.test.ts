/**
 * The official conformance suite for the 2025 revisions (0.1.16) against `npm start`, as a developer runs it.
 * Every scenario that applies to a tools-only server must pass check by check; completion-complete is baselined
 * (see baseline-legacy.yml), and the baseline must not go stale.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE_CLI, readBaseline, runServerScenario, staleBaselineEntries, unexpectedFailures } from '../helpers/conformance.js';
import { startNpmStart } from '../helpers/spawned-endpoint.js';
import type { SpawnedEndpoint } from '../helpers/spawned-endpoint.js';

const baselinePath = fileURLToPath(new URL('./baseline-legacy.yml', import.meta.url));
const baseline = readBaseline(baselinePath);

let endpoint: SpawnedEndpoint;
beforeAll(async () => {
  endpoint = await startNpmStart();
}, 60_000);
afterAll(async () => {
  await endpoint?.stop();
});

describe('conformance 0.1.16 against npm start', () => {
  it.each(['server-initialize', 'ping', 'tools-list', 'logging-set-level', 'dns-rebinding-protection'])(
    '%s passes every check',
    async (scenario) => {
      const run = await runServerScenario({ cli: CONFORMANCE_CLI.legacy, url: endpoint.url, scenario });
      expect(run.checks.length, run.output).toBeGreaterThan(0);
      expect(run.checks.filter((c) => c.status !== 'SUCCESS'), run.output).toEqual([]);
      expect(run.exitCode, run.output).toBe(0);
    },
    90_000,
  );

  it('completion-complete fails only as baselined (a tools-only server answers -32601 by design)', async () => {
    const scenario = 'completion-complete';
    const run = await runServerScenario({ cli: CONFORMANCE_CLI.legacy, url: endpoint.url, scenario, expectedFailures: baselinePath });
    expect(unexpectedFailures(scenario, run.checks, baseline), run.output).toEqual([]);
    expect(staleBaselineEntries(scenario, run.checks, baseline), run.output).toEqual([]);
    expect(run.exitCode, run.output).toBe(0);
  }, 90_000);
});
