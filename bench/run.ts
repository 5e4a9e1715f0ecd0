/**
 * `npm run bench`: the figures the issues budget, measured on this machine. Never a pass/fail test; it prints the
 * numbers and whether each budget is met, for the closing notes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { runLoadBench } from './load.js';
import { runToolCallCounts } from './tool-calls.js';
import { listingSizes } from './listing-sizes.js';

const bundle = fileURLToPath(new URL('../dist/handler.js', import.meta.url));
const coldWorker = fileURLToPath(new URL('./cold-worker.cjs', import.meta.url));
const warmWorker = fileURLToPath(new URL('./warm-worker.cjs', import.meta.url));
const node = process.execPath;
const devNull = openSync('/dev/null', 'w');

const ms = (n: number) => `${n.toFixed(n < 1 ? 4 : 1)} ms`;
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeRun(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(node, args, { env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', devNull, 'inherit'] });
  if (r.status !== 0) throw new Error(`benchmark child failed: ${args.join(' ')}`);
  return performance.now() - started;
}

function section(title: string) {
  console.log(`\n## ${title}`);
}

section('Bundle');
const size = statSync(bundle).size;
console.log(`dist/handler.js: ${(size / 1024).toFixed(1)} KiB (${(gzipSync(readFileSync(bundle)).length / 1024).toFixed(1)} KiB gzipped)`);

section('tools/list bytes per selection (UTF-8, compact JSON of the result; tokens ≈ bytes / 4)');
for (const row of listingSizes()) {
  const budget = row.budget === undefined ? '' : `  (budget ≤ ${row.budget.toLocaleString('en')}: ${verdict(row.bytes <= row.budget)})`;
  console.log(`${row.selection.padEnd(18)} ${String(row.tools).padStart(3)} tools  ${row.bytes.toLocaleString('en').padStart(8)} bytes  ≈ ${Math.round(row.bytes / 4).toLocaleString('en').padStart(6)} tokens${budget}`);
}

section('Cold start (fresh process: load + initialize + tools/list), median of 25 runs each');
const bare: number[] = [];
const coldDefault: number[] = [];
const coldAll: number[] = [];
for (let i = 0; i < 25; i++) {
  bare.push(timeRun(['-e', '0']));
  coldDefault.push(timeRun([coldWorker, bundle]));
  coldAll.push(timeRun([coldWorker, bundle, 'all']));
}
const overhead = median(coldDefault) - median(bare);
const overheadAll = median(coldAll) - median(bare);
console.log(`node -e 0: ${ms(median(bare))}`);
console.log(`default selection: ${ms(median(coldDefault))}, overhead ${ms(overhead)}  (budget ≤ 34 ms: ${verdict(overhead <= 34)})`);
console.log(`all toolsets:      ${ms(median(coldAll))}, overhead ${ms(overheadAll)}  (budget: no worse than the 38 ms default before toolsets: ${verdict(overheadAll <= 38)})`);

section('Warm requests through the handler (10,000 each, logging on)');
const resultFile = join(mkdtempSync(join(tmpdir(), 'tiflux-bench-')), 'warm.json');
const warm = spawnSync(node, ['--expose-gc', warmWorker, bundle, resultFile], { env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', devNull, 'inherit'] });
if (warm.status !== 0) throw new Error('warm benchmark failed');
const result = JSON.parse(readFileSync(resultFile, 'utf8'));
for (const [name, l] of Object.entries(result.latency) as [string, { p50: number; p99: number; rps: number }][]) {
  const budget = name === 'tools/list' ? '' : `  (budget p50 ≤ 0.08 ms: ${verdict(l.p50 <= 0.08)})`;
  console.log(`${name.padEnd(11)} p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  ${Math.round(l.rps)} req/s${budget}`);
}
const list = result.latency['tools/list'];
console.log(
  `tools/list response: ${(result.toolsListBytes / 1024).toFixed(1)} KiB; JSON.stringify alone p50 ${ms(result.toolsListSerialise.p50)}; ` +
    `handler/serialise = ${(list.p50 / result.toolsListSerialise.p50).toFixed(2)}× (budget ≤ 2×: ${verdict(list.p50 <= 2 * result.toolsListSerialise.p50)})`,
);
const rss = result.rss as { requests: number; rssMiB: number; heapUsedMiB: number }[];
// V8 sizes its heap to the machine (24 GiB here), so absolute RSS is mostly reserved young-generation space;
// what matters is that neither RSS nor live heap grows with the request count.
console.log(`after GC (requests: RSS / live heap): ${rss.map((r) => `${r.requests}: ${r.rssMiB.toFixed(1)} / ${r.heapUsedMiB.toFixed(1)} MiB`).join(', ')}`);
const growth = rss.at(-1)!.rssMiB - rss[0]!.rssMiB;
console.log(`RSS growth from 2,000 to 10,000 requests: ${growth.toFixed(1)} MiB (budget: flat, < 5 MiB: ${verdict(growth < 5)})`);

await runToolCallCounts();
await runLoadBench();
