/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling) on the production build, printed as JSON and
 * written to node_modules/.tmp/bench/lighthouse.json for the summary of `npm run bench`. Figures, not pass/fail.
 *
 * Every page the scan has: the start page, a step, the review, the results, the workshop, progress and the
 * application. The pages after the steps get the mixed example answers; the workshop four participants (the
 * example profiles, with roles); progress a snapshot of an earlier scan (the worst profile, a year before).
 * Every score is the median of 3 runs per page (see lighthouse.ts), with the budgets of issue 22: performance
 * at least 95, accessibility and best practices 100. About 8 minutes on 2 cores.
 *
 * The build goes to its own folder, not dist/, so another benchmark building at the same time cannot change the
 * files under the preview server. Set LIGHTHOUSE_REPORT_DIR to keep every run's report (JSON and HTML).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atLeast, makeBudget, writeBenchResult } from './budgets.ts';
import { buildApp, exampleAnswers, startPreview } from './serve-build.ts';
import { measureLighthouse, type LighthouseTarget } from './lighthouse.ts';

const root = join(import.meta.dirname, '..');
const PORT = 4393;
const base = `http://127.0.0.1:${PORT}`;
const outDir = join(root, 'node_modules', '.tmp', 'bench-lighthouse-dist');
const lighthouseVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
).version;
const PREFIX = 'quickscan:zorgvriendelijk-werkgeverschap:';

const started = performance.now();
buildApp(outDir);
const answers = { [`${PREFIX}answers`]: exampleAnswers('mixed') };
// The workshop's storage (src/scan/workshop-store.ts): participants as answers files, nothing settled yet.
const participants = [
  ['best', 'hr', 'Anna'],
  ['worst', 'employee', 'Bram'],
  ['mixed', 'manager', 'Chris'],
  ['mixed', 'works-council', 'Dewi'],
] as const;
const workshop = {
  [`${PREFIX}workshop`]: JSON.stringify({
    participants: participants.map(([profile, role, name], index) => ({
      id: `bench-${index + 1}`,
      source: 'file',
      fileName: `${name.toLowerCase()}.json`,
      file: JSON.parse(exampleAnswers(profile, '--role', role, '--name', name)) as unknown,
    })),
    settled: {},
  }),
};
// Progress (src/scan/snapshot-store.ts): a scan kept a year ago, to compare with the current answers.
const lastYear = { ...(JSON.parse(exampleAnswers('worst')) as object), scannedAt: '2025-12-01' };
const snapshots = {
  [`${PREFIX}snapshots`]: JSON.stringify([
    { id: 'bench-last-year', savedAt: '2025-12-01T10:00:00.000Z', source: 'manual', file: lastYear },
  ]),
};
const pages: LighthouseTarget[] = [
  { name: 'start', url: `${base}/` },
  { name: 'step', url: `${base}/#/stap/intake` },
  { name: 'review', url: `${base}/#/controle`, localStorage: answers },
  { name: 'results', url: `${base}/#/resultaten`, localStorage: answers },
  { name: 'workshop', url: `${base}/#/workshop`, localStorage: workshop },
  { name: 'progress', url: `${base}/#/voortgang`, localStorage: { ...answers, ...snapshots } },
  { name: 'application', url: `${base}/#/aanvraag`, localStorage: answers },
];
const only = process.env.LIGHTHOUSE_PAGES?.split(',');
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const server = await startPreview(outDir, PORT);
try {
  const figures = await measureLighthouse(
    pages.filter((page) => !only || only.includes(page.name)),
    { reportDir: process.env.LIGHTHOUSE_REPORT_DIR, runs },
  );
  const note = `median of ${runs}`;
  const budgets = Object.entries(figures).flatMap(([name, page]) => [
    atLeast(`Lighthouse ${name}: performance`, page.performance, 95, 'score', note),
    makeBudget(`Lighthouse ${name}: accessibility`, page.accessibility, 'equal', 100, 'score', note),
    makeBudget(`Lighthouse ${name}: best practices`, page.bestPractices, 'equal', 100, 'score', note),
  ]);
  const result = {
    benchmark: 'lighthouse',
    lighthouse: `${lighthouseVersion}, default config: mobile, simulated throttling`,
    runs,
    scoresAre: 'medians of the runs; the metrics come from the run with the median performance',
    pages: figures,
    durationS: Math.round((performance.now() - started) / 1000),
    budgets,
  };
  writeBenchResult(result);
  console.log(JSON.stringify(result, null, 2));
} finally {
  server.kill();
}
