/**
 * `npm run bench`: every bench, one after the other, then ONE summary of every budget of issue 22 ("trust and
 * speed") they measured: name, figure, budget, within. Each bench prints its own output as before and leaves its
 * result in node_modules/.tmp/bench/<bench>.json (bench/budgets.ts); the summary is read from there, printed as a
 * table and as JSON, and written to node_modules/.tmp/bench/summary.json.
 *
 * Figures, not pass/fail: it exits 0 when a budget is missed (the table says which). It exits 1 only when a bench
 * could not measure at all (it crashed and left no result). Run it under `flock /tmp/bench.lock`.
 *
 * `BENCHES=workshop,qr npm run bench` runs only those benches and replaces only their results; the summary then also
 * shows the results other benches left from an earlier run (each bench's file says when it was written).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  BENCH_RESULTS_DIR,
  formatBudgetTable,
  readBenchResults,
  writeBenchResult,
  type Budget,
} from './budgets.ts';

const root = join(import.meta.dirname, '..');
/** The benches, by the name each one writes its result under, and its script. */
const ALL_BENCHES = [
  { name: 'pdf', script: 'bench-pdf.ts' },
  { name: 'lighthouse', script: 'bench-lighthouse.ts' },
  { name: 'workshop', script: 'bench-workshop.ts' },
  { name: 'qr', script: 'bench-qr.ts' },
  { name: 'room', script: 'bench-room.ts' },
];

const chosen = process.env.BENCHES?.split(',');
const BENCHES = ALL_BENCHES.filter((bench) => !chosen || chosen.includes(bench.name));

const started = performance.now();
// Results of an earlier run must not pass for this one's.
if (chosen) {
  for (const bench of BENCHES) rmSync(join(BENCH_RESULTS_DIR, `${bench.name}.json`), { force: true });
} else {
  rmSync(BENCH_RESULTS_DIR, { recursive: true, force: true });
}
const exitCodes: Record<string, number | null> = {};
for (const bench of BENCHES) {
  console.log(`\n=== bench:${bench.name} ===`);
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      join(root, 'tsconfig.node.json'),
      join(root, 'bench', bench.script),
    ],
    { cwd: root, stdio: 'inherit' },
  );
  exitCodes[bench.name] = run.status;
}

const results = readBenchResults().filter((result) => result.benchmark !== 'summary');
const budgets: (Budget & { bench: string })[] = results.flatMap((result) =>
  result.budgets.map((entry) => ({ bench: result.benchmark, ...entry })),
);
const missing = BENCHES.filter((bench) => !results.some((result) => result.benchmark === bench.name)).map(
  (bench) => `${bench.name} (exit code ${exitCodes[bench.name]})`,
);
const summary = {
  benchmark: 'summary',
  durationS: Math.round((performance.now() - started) / 1000),
  benches: results.map((result) => ({
    bench: result.benchmark,
    ranNow: BENCHES.some((bench) => bench.name === result.benchmark),
  })),
  budgets,
  notWithin: budgets.filter((entry) => !entry.within).map((entry) => entry.name),
  benchesWithoutResult: missing,
};
writeBenchResult(summary);
console.log('\n=== Budgets of issue 22 ===\n');
console.log(formatBudgetTable(budgets));
if (missing.length > 0) console.log(`\nNo result from: ${missing.join(', ')}`);
console.log(`\n${JSON.stringify(summary, null, 2)}`);
process.exitCode = missing.length > 0 ? 1 : 0;
