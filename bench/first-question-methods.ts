/**
 * Why do two harnesses give the first question different figures? `npx tsx --tsconfig tsconfig.node.json
 * bench/first-question-methods.ts` (under `flock /tmp/bench.lock`) times the same loads of the first step
 * (`/#/stap/intake`) and its static floor page (floor-page.ts) in several ways, interleaved, in a fresh browser per
 * load (as the independent harness did) and in a fresh context of a running browser (as `npm run bench:pdf` does):
 *
 * - `inPage`: our method: a MutationObserver from an init script, the animation frame after the element is there,
 *   reported on the console (nothing evaluated in the page while it loads);
 * - `polling`: Playwright's `waitForSelector` after `goto(…, { waitUntil: 'commit' })`, then `performance.now()`
 *   read in the page (what a harness written with Playwright's usual calls measures);
 * - `afterLoad`: `goto` with its default `waitUntil: 'load'`, then `waitForSelector`, then `performance.now()`;
 * - `lcp`: the largest contentful paint, read from the buffered entries after the page is shown, without any init
 *   script (`lcpInPage`: the same with our init script, to see the init script's own cost);
 * - `inPageNoServiceWorker`: our method with service workers blocked for the context.
 *
 * Each `inPage` load also records what the page fetched before the question was shown (resource timing): under the
 * slow profile every request should take at least the 150 ms round trip when the throttle applies to it. Prints
 * JSON; the finding is in README.md ("Speed: budgets and where they stand").
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';
import { median, ratio } from './budgets.ts';
import { writeFloorPage } from './floor-page.ts';
import { PROFILES, shownScript, SHOWN, throttle, type Profile } from './page-load.ts';
import { buildApp, startPreview } from './serve-build.ts';

const root = join(import.meta.dirname, '..');
const PORT = 4396;
const base = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 7);
const distDir = join(root, 'node_modules', '.tmp', 'bench-methods-dist');
const SELECTOR = 'fieldset.question';

const METHODS = ['inPage', 'polling', 'afterLoad', 'lcp', 'lcpInPage', 'inPageNoServiceWorker'] as const;
type Method = (typeof METHODS)[number];
type Opener = (options: { serviceWorkers: 'allow' | 'block' }) => Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}>;

interface LoadFigures {
  ms: number;
  /** For inPage: requests started before the element was shown, with their duration (ms). */
  requests?: { name: string; durationMs: number }[];
  /** For inPage: whether a service worker controlled or was registered for the page when it was shown. */
  serviceWorker?: string;
  /** For the LCP methods: which element it was. */
  lcpElement?: string;
}

async function readLcp(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; element: string }>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1) as
            (PerformanceEntry & { element?: Element | null }) | undefined;
          resolve({
            ms: last?.startTime ?? Number.NaN,
            element: last?.element
              ? `${last.element.tagName.toLowerCase()}.${last.element.className}`
              : 'none',
          });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

async function loadOnce(open: Opener, url: string, method: Method, profile: Profile): Promise<LoadFigures> {
  const { context, close } = await open({
    serviceWorkers: method === 'inPageNoServiceWorker' ? 'block' : 'allow',
  });
  try {
    const page = await context.newPage();
    if (profile === 'slow') await throttle(context, page);
    if (method === 'inPage' || method === 'inPageNoServiceWorker' || method === 'lcpInPage') {
      await page.addInitScript({ content: shownScript(SELECTOR) });
      const shown = page.waitForEvent('console', {
        predicate: (message) => message.text().startsWith(`${SHOWN} `),
        timeout: 30_000,
      });
      await page.goto(url, { waitUntil: 'commit' });
      const ms = Number((await shown).text().slice(SHOWN.length + 1));
      if (method === 'lcpInPage') {
        const lcp = await readLcp(page);
        return { ms: lcp.ms, lcpElement: lcp.element };
      }
      const details = await page.evaluate(async (shownAt) => {
        const registration = await navigator.serviceWorker?.getRegistration();
        return {
          requests: performance
            .getEntriesByType('resource')
            .filter((entry) => entry.startTime < shownAt)
            .map((entry) => ({
              name: entry.name.replace(/^.*\//, ''),
              durationMs: Math.round(entry.duration),
            })),
          serviceWorker: `controller ${navigator.serviceWorker?.controller ? 'yes' : 'no'}, registration ${
            registration ? (registration.active ? 'active' : 'installing') : 'none'
          }`,
        };
      }, ms);
      return { ms, ...details };
    }
    if (method === 'lcp') {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForSelector(SELECTOR, { timeout: 30_000 });
      await page.waitForTimeout(profile === 'slow' ? 1500 : 500);
      const lcp = await readLcp(page);
      return { ms: lcp.ms, lcpElement: lcp.element };
    }
    await page.goto(url, method === 'afterLoad' ? { waitUntil: 'load' } : { waitUntil: 'commit' });
    await page.waitForSelector(SELECTOR, { timeout: 30_000 });
    return { ms: await page.evaluate(() => performance.now()) };
  } finally {
    await close();
  }
}

const freshBrowser: Opener = async ({ serviceWorkers }) => {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return { context: await browser.newContext({ serviceWorkers }), close: () => browser.close() };
};
const freshContextOf =
  (browser: Browser): Opener =>
  async ({ serviceWorkers }) => {
    const context = await browser.newContext({ serviceWorkers });
    return { context, close: () => context.close() };
  };

buildApp(distDir);
const floorPath = writeFloorPage(distDir);
const server = await startPreview(distDir, PORT);
const running = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const openers = { freshBrowser, freshContext: freshContextOf(running) };
  const pages = { app: `${base}/#/stap/intake`, floor: `${base}${floorPath}` };
  const samples: Record<string, LoadFigures[]> = {};
  const key = (opener: string, profile: Profile, method: Method, page: string) =>
    `${opener} ${profile} ${method} ${page}`;
  for (let run = 0; run < RUNS; run += 1) {
    for (const [openerName, open] of Object.entries(openers)) {
      for (const profile of PROFILES) {
        for (const method of METHODS) {
          for (const [pageName, url] of Object.entries(pages)) {
            const name = key(openerName, profile, method, pageName);
            // A load that fails (a timeout on the loaded machine) is kept as a missing figure, and said.
            const figures = await loadOnce(open, url, method, profile).catch((error: unknown) => {
              console.error(
                `run ${run + 1}, ${name}: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
              );
              return { ms: Number.NaN };
            });
            (samples[name] ??= []).push(figures);
          }
        }
      }
    }
  }
  const table = Object.fromEntries(
    Object.keys(openers).flatMap((openerName) =>
      PROFILES.map((profile) => [
        `${openerName}, ${profile}`,
        Object.fromEntries(
          METHODS.map((method) => {
            const app = samples[key(openerName, profile, method, 'app')] ?? [];
            const floor = samples[key(openerName, profile, method, 'floor')] ?? [];
            const measured = (runs: LoadFigures[]) =>
              runs.map((figures) => figures.ms).filter(Number.isFinite);
            const appMs = Math.round(median(measured(app)));
            const floorMs = Math.round(median(measured(floor)));
            const failed = app.length + floor.length - measured(app).length - measured(floor).length;
            return [
              method,
              { appMs, floorMs, ratio: ratio(appMs, floorMs), ...(failed > 0 ? { failed } : {}) },
            ];
          }),
        ),
      ]),
    ),
  );
  const firstInPage = (profile: Profile) =>
    samples[key('freshContext', profile, 'inPage', 'app')]?.[RUNS - 1] ?? null;
  const lcpElements = [
    ...new Set(
      Object.entries(samples)
        .filter(([name]) => name.includes(' lcp'))
        .flatMap(([name, runs]) => runs.map((figures) => `${name.split(' ').at(-1)}: ${figures.lcpElement}`)),
    ),
  ];
  console.log(
    JSON.stringify(
      {
        benchmark: 'first-question-methods',
        runs: RUNS,
        medians: table,
        lcpElements,
        lastInPageLoad: { unthrottled: firstInPage('unthrottled'), slow: firstInPage('slow') },
      },
      null,
      2,
    ),
  );
} finally {
  await running.close();
  server.kill();
}
