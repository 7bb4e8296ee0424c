/**
 * Lighthouse figures for pages of the running app: performance, accessibility and best-practices scores, the
 * main paint and blocking metrics, and the ids of the accessibility and best-practices audits that fail.
 *
 * Lighthouse's default config: mobile form factor, simulated throttling (slow 4G, 4× CPU slowdown). Each run
 * gets a freshly launched Debian chromium with an empty profile (chrome-launcher, which ships with lighthouse),
 * so caches and the service worker are always cold.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { generateReport, type Flags, type Result } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';
import { median } from './budgets.ts';

export interface LighthouseTarget {
  /** The key of this page in the result. */
  name: string;
  url: string;
  /**
   * localStorage items to put on the page's origin before Lighthouse loads it (e.g. saved answers, so the
   * results page has something to show). They are written from `/robots.txt` of the same origin, a document
   * that does not run the app: the seed is not rewritten and nothing of the app is cached or registered.
   */
  localStorage?: Record<string, string>;
}

export interface LighthouseFigures {
  /** 0–100, the median of the performance scores of all runs. */
  performance: number;
  /** 0–100, the median of all runs. */
  accessibility: number;
  /** 0–100, the median of all runs. */
  bestPractices: number;
  /** Every run's scores, in run order. */
  runs: { performance: number; accessibility: number; bestPractices: number }[];
  /** The metrics below come from the run whose performance score is the median. */
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  /**
   * Ids of accessibility and best-practices audits scoring below 1 in any run; an audit that crashed is listed as
   * `<id> (error)`.
   */
  failedAudits: string[];
}

export interface MeasureLighthouseOptions {
  /** Runs per page; every score is their median. Default 3. */
  runs?: number;
  /** When set, every run's report is written there as `<name>-<run>.report.json` and `.report.html`. */
  reportDir?: string;
}

/** A same-origin document that does not start the app: the place to write localStorage from. */
const SEED_PATH = '/robots.txt';
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/**
 * Lighthouse (mobile, simulated throttling) for each page, one after the other.
 *
 * Every score is the median of `runs` runs (3 by default): performance varies between runs even under simulated
 * throttling, and more so on a shared 2-core machine; accessibility and best practices mostly do not, but an
 * audit that looks at the page at a moment (a contrast over an image still loading, a console error) can.
 */
export async function measureLighthouse(
  urls: LighthouseTarget[],
  options: MeasureLighthouseOptions = {},
): Promise<Record<string, LighthouseFigures>> {
  const runs = options.runs ?? 3;
  const figures: Record<string, LighthouseFigures> = {};
  for (const target of urls) {
    const results: Result[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const lhr = await runLighthouse(target);
      if (options.reportDir) writeReports(options.reportDir, `${target.name}-${run}`, lhr);
      results.push(lhr);
    }
    figures[target.name] = summarise(results);
  }
  return figures;
}

async function runLighthouse(target: LighthouseTarget): Promise<Result> {
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS, logLevel: 'silent' });
  try {
    if (target.localStorage) await writeLocalStorage(chrome, target.url, target.localStorage);
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      // Lighthouse resets the origin's storage before loading the page. In 12.8 that reset leaves localStorage
      // alone, but the seed must not depend on a default: keep the storage. The profile is new, so the caches
      // and the service worker are empty all the same.
      disableStorageReset: target.localStorage !== undefined,
    };
    const result = await lighthouse(target.url, flags);
    if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${target.url}: ${lhr.runtimeError.message}`);
    if (target.localStorage) await checkLocalStorage(chrome, target.url, target.localStorage);
    return lhr;
  } finally {
    chrome.kill();
  }
}

async function withSeedPage<T>(chrome: LaunchedChrome, url: string, action: (page: Page) => Promise<T>) {
  // Lighthouse opens its tab in the default browser context, so the seed goes there too.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('chromium has no default browser context');
    const page = await context.newPage();
    try {
      await page.goto(new URL(SEED_PATH, url).href);
      return await action(page);
    } finally {
      await page.close();
    }
  } finally {
    // For a browser connected over CDP this only disconnects; chrome-launcher stops the browser.
    await browser.close();
  }
}

async function writeLocalStorage(chrome: LaunchedChrome, url: string, items: Record<string, string>) {
  await withSeedPage(chrome, url, (page) =>
    page.evaluate((entries) => {
      for (const [key, value] of entries) localStorage.setItem(key, value);
    }, Object.entries(items)),
  );
}

/** After the run: the seed is still there, so the page was measured with it (Lighthouse did not clear it). */
async function checkLocalStorage(chrome: LaunchedChrome, url: string, items: Record<string, string>) {
  const missing = await withSeedPage(chrome, url, (page) =>
    page.evaluate((keys) => keys.filter((key) => localStorage.getItem(key) === null), Object.keys(items)),
  );
  if (missing.length > 0) {
    throw new Error(`localStorage ${missing.join(', ')} was cleared during the Lighthouse run of ${url}`);
  }
}

function writeReports(dir: string, name: string, lhr: Result) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.report.json`), JSON.stringify(lhr, null, 2));
  writeFileSync(join(dir, `${name}.report.html`), generateReport(lhr, 'html'));
}

function categoryScore(lhr: Result, id: string): number {
  const score = lhr.categories[id]?.score;
  if (typeof score !== 'number')
    throw new Error(`Lighthouse gave no ${id} score for ${lhr.finalDisplayedUrl}`);
  return Math.round(score * 100);
}

function metric(lhr: Result, id: string): number {
  const value = lhr.audits[id]?.numericValue;
  if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${lhr.finalDisplayedUrl}`);
  return value;
}

function failedAudits(lhr: Result): string[] {
  const failed = new Set<string>();
  for (const category of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      if (audit.scoreDisplayMode === 'error') failed.add(`${ref.id} (error)`);
      else if (SCORED_MODES.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1) {
        failed.add(ref.id);
      }
    }
  }
  return [...failed];
}

function summarise(results: Result[]): LighthouseFigures {
  const [first] = results;
  if (!first) throw new Error('no Lighthouse runs');
  const runs = results.map((lhr) => ({
    performance: categoryScore(lhr, 'performance'),
    accessibility: categoryScore(lhr, 'accessibility'),
    bestPractices: categoryScore(lhr, 'best-practices'),
  }));
  const byPerformance = [...results].sort(
    (a, b) => categoryScore(a, 'performance') - categoryScore(b, 'performance'),
  );
  const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)] ?? first;
  const medianOf = (values: number[]) => Math.round(median(values));
  return {
    performance: medianOf(runs.map((run) => run.performance)),
    accessibility: medianOf(runs.map((run) => run.accessibility)),
    bestPractices: medianOf(runs.map((run) => run.bestPractices)),
    runs,
    firstContentfulPaintMs: Math.round(metric(medianRun, 'first-contentful-paint')),
    largestContentfulPaintMs: Math.round(metric(medianRun, 'largest-contentful-paint')),
    totalBlockingTimeMs: Math.round(metric(medianRun, 'total-blocking-time')),
    cumulativeLayoutShift: Math.round(metric(medianRun, 'cumulative-layout-shift') * 1000) / 1000,
    failedAudits: [...new Set(results.flatMap(failedAudits))],
  };
}
