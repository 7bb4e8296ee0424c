/**
 * `npm run bench`: speed and size figures of the PDF report, printed as JSON. Figures, not pass/fail.
 *
 * - Node render time: first (cold, fonts included) and warm (median of 5) for the mixed example.
 * - Browser: click → finished download in headless chromium on the production build (median of 5),
 *   after the idle-time preparation, and cold (a click right after the page loads, nothing prepared);
 *   main-thread blocking during generation (the longest gap of a 10 ms heartbeat, calibrated).
 * - Sizes: gzip of the lazy PDF worker chunk, the fonts, the charts chunk and the entry chunk, every lazy
 *   chunk, and the first screen (the JS and CSS that index.html loads before anything shows).
 * - First screen and first question: from navigation start until the start page's heading, and the first
 *   question of the scan, are painted (timed in the page), median of 5 cold loads in a fresh browser,
 *   unthrottled and with 4× CPU slowdown on a slow 4G network.
 * - Budgets (issue "trust and speed"): each figure with its budget and whether it is within it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import { renderReportToBuffer } from '../templates/pdf/render-report.node.tsx';
import { buildReportModel } from '../templates/report-model.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';

const root = join(import.meta.dirname, '..');
const PORT = 4391;
const RUNS = 5;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
};

async function measureNode() {
  const loaded = loadShippedQuestionnaire();
  if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
  const questionnaire = loaded.value;
  const answers = createExampleAnswers(questionnaire, 'mixed');
  const file = createAnswersFile(questionnaire, answers, { organisationName: 'Voorbeeld B.V.' });
  const model = buildReportModel(questionnaire, file, 'nl');
  let start = performance.now();
  const first = await renderReportToBuffer(model, '2026-11-22');
  const firstMs = Math.round(performance.now() - start);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    start = performance.now();
    await renderReportToBuffer(model, '2026-11-22');
    warm.push(performance.now() - start);
  }
  return { firstMs, warmMedianMs: median(warm), pdfKiB: Math.round(first.length / 1024) };
}

function measureSizes() {
  const assets = join(root, 'dist', 'assets');
  const files = readdirSync(assets);
  const gzipKiB = (pattern: RegExp) =>
    Math.round(
      files
        .filter((f) => pattern.test(f))
        .reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0) / 1024,
    );
  return {
    pdfWorkerChunkGzipKiB: gzipKiB(/^pdf-worker-.*\.js$/),
    fontsGzipKiB: gzipKiB(/\.ttf$/),
    chartsChunkGzipKiB: gzipKiB(/^results-charts-.*\.js$/),
    entryChunkGzipKiB: gzipKiB(/^index-.*\.js$/),
  };
}

/**
 * The first screen: the JS and CSS it needs, that is index.html's entry script with every chunk it imports
 * statically, and its style sheets, gzip. index.html also preloads the app's chunk (the questionnaire and
 * the steps) so that the first question does not wait a round of requests; the first screen does not wait
 * for that, so it is printed apart: `fetchedAtStartGzipKiB` is everything index.html fetches.
 */
function measureFirstScreen() {
  const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\.?\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  const entry = [...html.matchAll(/<script type="module"[^>]* src="\.?\/(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] ?? '',
  );
  const needed = new Set<string>(referenced.filter((f) => f.endsWith('.css')));
  const visit = (file: string) => {
    if (needed.has(file)) return;
    needed.add(file);
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    for (const [, imported] of code.matchAll(
      /(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g,
    )) {
      visit(`assets/${imported}`);
    }
  };
  entry.forEach(visit);
  const gzipOf = (files: Iterable<string>) =>
    Math.round(
      [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(root, 'dist', f))).length, 0) / 1024,
    );
  const files = [...needed];
  const lazy = readdirSync(join(root, 'dist', 'assets'))
    .filter((f) => f.endsWith('.js') && !referenced.includes(`assets/${f}`))
    .map((f) => ({
      chunk: f.replace(/-[\w-]{8}\.js$/, ''),
      gzipKiB: Math.round(gzipSync(readFileSync(join(root, 'dist', 'assets', f))).length / 1024),
    }))
    .sort((a, b) => b.gzipKiB - a.gzipKiB);
  return {
    firstScreenGzipKiB: gzipOf(files),
    firstScreenFiles: files,
    fetchedAtStartGzipKiB: gzipOf(referenced),
    preloadedForTheFirstQuestion: referenced.filter((f) => !needed.has(f)),
    lazyChunks: lazy,
  };
}

/**
 * Marks the moment a selector first matches, in the page itself: the next animation frame after the element is in
 * the document, which is when it is painted. The page reports it on the console, so nothing is evaluated in the
 * page while it loads (Playwright's evaluation helpers are scripts of their own, injected into the page the first
 * time they are used: polling with them delayed the start page's first paint by about 40 ms). Plain script text,
 * because tsx would add helpers to a function that the page does not have.
 */
const SHOWN = '__shown_at';

function shownScript(selector: string): string {
  return `(() => {
    let seen = false;
    const check = () => {
      if (!seen && document.querySelector(${JSON.stringify(selector)})) {
        seen = true;
        requestAnimationFrame(() => console.log('${SHOWN} ' + performance.now()));
      }
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  })();`;
}

/**
 * Milliseconds from navigation start until a selector is painted, in a fresh browser (no cache, no
 * service worker yet): `fieldset.question` for the first question, `h1` for the first screen.
 */
async function timeToShown(base: string, path: string, selector: string, slow: boolean): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (slow) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await cdp.send('Network.enable');
      // Lighthouse's "slow 4G": 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up.
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
    }
    await page.addInitScript({ content: shownScript(selector) });
    const shown = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(`${SHOWN} `),
      timeout: 30_000,
    });
    await page.goto(`${base}${path}`, { waitUntil: 'commit' });
    return Math.round(Number((await shown).text().slice(SHOWN.length + 1)));
  } finally {
    await browser.close();
  }
}

/**
 * Main-thread blocking, measured as the longest gap between the beats of a 10 ms interval timer: a
 * task that runs for 80 ms delays the next beat by about 80 ms. (The long-task observer reports nothing
 * in this headless chromium, so it cannot be used; the calibration below checks this measure.)
 */
async function startHeartbeat(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __beatGaps: number[] };
    w.__beatGaps = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__beatGaps.push(now - last - 10);
      last = now;
    }, 10);
  });
}

async function longestBlockMs(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as { __beatGaps: number[] }).__beatGaps));
}

async function clickAndDownload(page: Page) {
  await startHeartbeat(page);
  const start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download het rapport/ }).click(),
  ]);
  await download.path();
  const ms = Date.now() - start;
  return { ms, longestBlockMs: await longestBlockMs(page) };
}

async function measureBrowser() {
  const server = spawn(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 50; i += 1) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    const example = execFileSync(
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
      { encoding: 'utf8' },
    );
    const fast: number[] = [];
    const slow: number[] = [];
    const screen: number[] = [];
    const screenSlow: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      fast.push(await timeToShown(base, '/#/stap/intake', 'fieldset.question', false));
      slow.push(await timeToShown(base, '/#/stap/intake', 'fieldset.question', true));
      screen.push(await timeToShown(base, '/', 'h1', false));
      screenSlow.push(await timeToShown(base, '/', 'h1', true));
    }
    const openResults = async (waitForWarmUp: boolean) => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(base);
      await page.evaluate(
        (file) => localStorage.setItem('quickscan:zorgvriendelijk-werkgeverschap:answers', file),
        example,
      );
      await page.goto(`${base}/#/resultaten`);
      await page.reload();
      await page.getByTestId('level').waitFor();
      if (waitForWarmUp) await page.waitForTimeout(3000);
      return { page, context };
    };
    const warm: number[] = [];
    const blocks: number[] = [];
    const coldBlocks: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const { page, context } = await openResults(true);
      const run = await clickAndDownload(page);
      warm.push(run.ms);
      blocks.push(run.longestBlockMs);
      await context.close();
    }
    // Calibration: a 120 ms busy loop on the main thread must show up as a block of about 120 ms (on a
    // settled page, so that nothing else runs at the same time).
    const { page: probe, context: probeContext } = await openResults(true);
    await startHeartbeat(probe);
    await probe.waitForTimeout(100);
    await probe.evaluate(() => {
      const start = performance.now();
      while (performance.now() - start < 120) {
        // busy
      }
    });
    await probe.waitForTimeout(100);
    const calibration = await longestBlockMs(probe);
    await probeContext.close();
    const cold: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const { page, context } = await openResults(false);
      const run = await clickAndDownload(page);
      cold.push(run.ms);
      coldBlocks.push(run.longestBlockMs);
      await context.close();
    }
    return {
      firstQuestionMedianMs: median(fast),
      firstQuestionSlowMedianMs: median(slow),
      clickToDownloadMedianMs: median(warm),
      clickToDownloadColdMedianMs: median(cold),
      firstScreenMedianMs: median(screen),
      firstScreenSlowMedianMs: median(screenSlow),
      // The longest the main thread was blocked while a PDF was made (prepared and cold clicks), and apart:
      // after the preparation (a settled results page) and on a cold results page (which is still rendering
      // itself, and whose service worker is still installing, in a fresh browser).
      mainThreadLongestBlockMs: Math.round(Math.max(0, ...blocks, ...coldBlocks)),
      mainThreadLongestBlockPreparedMs: Math.round(Math.max(0, ...blocks)),
      mainThreadLongestBlockColdMs: Math.round(Math.max(0, ...coldBlocks)),
      heartbeatCalibrationMs: Math.round(calibration),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}

execFileSync(
  process.execPath,
  [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'silent'],
  { cwd: root, stdio: 'inherit' },
);
const firstScreen = measureFirstScreen();
const browserFigures = await measureBrowser();
const budget = (figure: number, limit: number) => ({ figure, budget: limit, within: figure <= limit });
const result = {
  node: await measureNode(),
  sizes: { ...measureSizes(), ...firstScreen },
  browser: browserFigures,
  budgets: {
    firstScreenGzipKiB: budget(firstScreen.firstScreenGzipKiB, 100),
    firstQuestionMs: budget(browserFigures.firstQuestionMedianMs, 250),
    firstQuestionSlowMs: budget(browserFigures.firstQuestionSlowMedianMs, 1800),
    clickToDownloadColdMs: budget(browserFigures.clickToDownloadColdMedianMs, 700),
    clickToDownloadPreparedMs: budget(browserFigures.clickToDownloadMedianMs, 100),
    mainThreadLongestBlockMs: budget(browserFigures.mainThreadLongestBlockMs, 50),
  },
};
console.log(JSON.stringify({ benchmark: 'pdf', runs: RUNS, ...result }, null, 2));
