/**
 * Shared Playwright fixtures: every journey fails when the app requests anything outside its own origin,
 * logs a console error or throws; `expectAccessible` runs axe on the page as it is.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const ANSWERS_KEY = 'quickscan:zorgvriendelijk-werkgeverschap:answers';

export const test = base.extend<{ foreignRequests: string[]; expectedProblems: string }>({
  /**
   * A regular expression (as text) for the console errors a journey provokes on purpose, such as a part
   * of the app made to fail; every other console error fails the journey.
   */
  expectedProblems: ['', { option: true }],
  foreignRequests: [
    async ({ page, baseURL, expectedProblems }, use) => {
      const foreign: string[] = [];
      const problems: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:'))
          foreign.push(url);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(foreign);
      expect(foreign, 'requests outside the app').toEqual([]);
      const expected = expectedProblems === '' ? null : new RegExp(expectedProblems, 'i');
      const unexpected = problems.filter((problem) => !expected?.test(problem));
      expect(unexpected, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Fails with the list of axe violations, if any. The page is checked as it is, as Lighthouse checks it: no part of it
 * may be hidden from layout (`content-visibility: auto` made axe read the colours and sizes of text that was not
 * laid out, dequelabs/axe-core#2768, so the results page no longer uses it).
 */
export async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.nodes.length}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${where}`).toEqual([]);
}

/** The saved answers file, as the app stored it. */
export async function readSavedAnswers(page: Page): Promise<Record<string, string>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY);
  return raw ? (JSON.parse(raw) as { answers: Record<string, string> }).answers : {};
}

/**
 * Answers every question on the current step by clicking: the option at `index` of the scale (or its
 * last one), or with 'best' the last option of the scale itself ("weet niet" and the like stand apart).
 */
export async function answerStepByClicking(page: Page, index: number | 'best') {
  const groups = page.locator('fieldset.question');
  // The step is there once the app's chunk has loaded (a direct load first shows the prerendered shell).
  await groups.first().waitFor();
  const count = await groups.count();
  for (let i = 0; i < count; i += 1) {
    const radios =
      index === 'best'
        ? groups.nth(i).locator('.radio-options:not(.radio-options-special)').getByRole('radio')
        : groups.nth(i).getByRole('radio');
    const total = await radios.count();
    await radios.nth(index === 'best' ? total - 1 : Math.min(index, total - 1)).check();
  }
}

/**
 * Opens a page and waits until the app itself has loaded (the prerendered shell comes first, and the app's
 * chunk loads after the page's load event). Storage written before that would be read by this page's app.
 */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
}

/** Stores an answers file in the browser while on the start page, and reloads so the app reads it. */
export async function storeAnswers(page: Page, answersFile: string) {
  await openApp(page);
  await page.evaluate(([key, file]) => localStorage.setItem(key, file), [ANSWERS_KEY, answersFile] as const);
  await page.reload();
}

/**
 * Stores an answers file in the browser and opens the results page with it. A hash change returns at
 * once, while the results page's chunk is still on its way; until it is there the start page (which
 * has its own "open an answers file" input) is on screen, so this waits for the results themselves.
 */
export async function openResultsWith(page: Page, answersFile: string) {
  await storeAnswers(page, answersFile);
  await page.goto('/#/resultaten');
  await expect(page.getByTestId('level')).toBeVisible();
}

/** Saves what a click downloads and returns its suggested name, its path and its bytes. */
export async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Clicks the button with this name and returns what it downloads (see `download`). */
export function downloadByButton(page: Page, name: string | RegExp) {
  return download(page, () => page.getByRole('button', { name }).click());
}
