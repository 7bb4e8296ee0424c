/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling) on the production build, printed as JSON.
 * Figures, not pass/fail: the start page, the first step of the scan and the results page with the mixed example
 * answers. Performance is the median of 3 runs per page (see lighthouse.ts). About 2 minutes on 2 cores.
 *
 * The build goes to its own folder, not dist/, so another benchmark building at the same time cannot change the
 * files under the preview server. Set LIGHTHOUSE_REPORT_DIR to keep every run's report (JSON and HTML).
 */
import { waitForServer } from './wait-for-server.ts';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureLighthouse } from './lighthouse.ts';

const root = join(import.meta.dirname, '..');
const PORT = 4393;
const base = `http://127.0.0.1:${PORT}`;
const outDir = join(root, 'node_modules', '.tmp', 'bench-lighthouse-dist');
const lighthouseVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
).version;
const ANSWERS_KEY = 'quickscan:zorgvriendelijk-werkgeverschap:answers';

const started = performance.now();
const vite = join(root, 'node_modules/vite/bin/vite.js');
execFileSync(process.execPath, [vite, 'build', '--logLevel', 'silent', '--outDir', outDir, '--emptyOutDir'], {
  cwd: root,
  stdio: 'inherit',
});
const answers = execFileSync(
  process.execPath,
  [
    join(root, 'node_modules/tsx/dist/cli.mjs'),
    '--tsconfig',
    join(root, 'tsconfig.node.json'),
    join(root, 'cli/quickscan.ts'),
    'example',
    '--profile',
    'mixed',
  ],
  { cwd: root, encoding: 'utf8' },
);
const server = spawn(
  process.execPath,
  [vite, 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { cwd: root, stdio: 'ignore' },
);
try {
  await waitForServer(base);
  const pages = await measureLighthouse(
    [
      { name: 'start', url: `${base}/` },
      { name: 'firstStep', url: `${base}/#/stap/intake` },
      { name: 'results', url: `${base}/#/resultaten`, localStorage: { [ANSWERS_KEY]: answers } },
    ],
    { reportDir: process.env.LIGHTHOUSE_REPORT_DIR },
  );
  const result = {
    benchmark: 'lighthouse',
    lighthouse: `${lighthouseVersion}, default config: mobile, simulated throttling`,
    runs: 3,
    performanceIs: 'median of the runs; the metrics come from the median run',
    pages,
    durationS: Math.round((performance.now() - started) / 1000),
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  server.kill();
}
