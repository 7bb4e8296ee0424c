/**
 * Recovery that recovers: a part of the app that failed to load once (a page, the report texts, the charts, the
 * English texts) loads on a retry or on coming back, without a reload; a failed part never takes more of the page
 * with it than itself. And text the user typed is shown isolated, never turning the page's words around.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { runQuickscan } from './cli.ts';
import { expect, expectAccessible, openApp, openResultsWith, storeAnswers, test } from './fixtures.ts';

// The chunks of the build (see `npm run build`): `<name>-<8 character hash>.js` under /assets/.
const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]{8}\\.js$`);
const PAGE_ERROR = 'Deze pagina kon niet worden getoond';

// Requests must reach page.route: a service worker would answer them from its cache.
test.use({
  serviceWorkers: 'block',
  expectedProblems: 'Failed to load resource|dynamically imported module',
});

/**
 * Makes the first request for a matching chunk fail, as a network that drops for a moment, and lets every later one
 * through. Returns how many requests were made for it so far.
 */
async function failFirstRequest(page: Page, pattern: RegExp): Promise<() => number> {
  let requests = 0;
  await page.route(pattern, (route) => {
    requests += 1;
    return requests === 1 ? route.abort('internetdisconnected') : route.continue();
  });
  return () => requests;
}

/** Marks this document, so that `expectNoReload` can tell it is still the same one. */
async function markDocument(page: Page) {
  await page.evaluate(() => document.documentElement.setAttribute('data-same-document', 'yes'));
}

async function expectNoReload(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-same-document', 'yes');
}

const mixedExample = (organisation = 'De Linde') =>
  runQuickscan('example', '--profile', 'mixed', '--organisation', organisation);

test('after the results page failed to load once, "Probeer opnieuw" loads it without a reload', async ({
  page,
}) => {
  await storeAnswers(page, mixedExample());
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
  await markDocument(page);
  const requests = await failFirstRequest(page, chunk('results-page'));

  await page.goto('/#/resultaten');
  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toBeVisible();
  // No load on its own behind the message (offline, that would never stop): only the retry loads again.
  await page.waitForTimeout(500);
  expect(requests()).toBe(1);
  await page.getByRole('button', { name: 'Probeer opnieuw' }).click();

  await expect(page.getByTestId('level')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toHaveCount(0);
  expect(requests()).toBe(2);
  await expectNoReload(page);
});

test('a page that failed to load loads when the user goes to another page and comes back', async ({
  page,
}) => {
  await storeAnswers(page, mixedExample());
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
  await markDocument(page);
  await failFirstRequest(page, chunk('workshop-page'));
  const navigation = page.getByRole('navigation', { name: 'Onderdelen van de app' });

  await navigation.getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toBeVisible();
  await navigation.getByRole('link', { name: 'Scan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toHaveCount(0);
  await navigation.getByRole('link', { name: 'Workshop' }).click();

  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Workshop');
  await expectNoReload(page);
});

test('report texts that failed to load once break no other report page: the next one loads them', async ({
  page,
}) => {
  await storeAnswers(page, mixedExample());
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
  await markDocument(page);
  const requests = await failFirstRequest(page, chunk('report-content'));

  await page.goto('/#/controle');
  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toBeVisible();
  await page.goto('/#/resultaten');
  await expect(page.getByTestId('level')).toBeVisible();
  await page.goto('/#/controle');
  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requests()).toBe(2);
  await expectNoReload(page);
});

test('when the charts fail to load, only the charts say so: the level, the download and the score table stay, and a retry brings them', async ({
  page,
}) => {
  const requests = await failFirstRequest(page, chunk('results-charts'));
  await openResultsWith(page, mixedExample());
  await markDocument(page);
  await page.getByTestId('score-table').scrollIntoViewIfNeeded();

  const failed = page.getByTestId('charts-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  expect(requests()).toBe(1);
  await expect(failed).toContainText(
    'De grafieken konden niet worden geladen. De scores staan in de tabel hierboven.',
  );
  await expect(page.getByTestId('level')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download het rapport (PDF)' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Score per thema, van 0 tot 100' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: PAGE_ERROR })).toHaveCount(0);
  await expectAccessible(page, 'the results with failed charts');

  await page.getByRole('heading', { name: 'Scores per thema' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/recovery-charts-failed.png' });

  await failed.getByRole('button', { name: 'Laad de grafieken opnieuw' }).click();
  await expect(page.getByTestId('radar-chart').locator('svg')).toBeVisible();
  await expect(failed).toHaveCount(0);
  expect(requests()).toBe(2);
  await expectNoReload(page);
});

test('when English fails to load, the language button says so, the app stays in Dutch, and a second press switches', async ({
  page,
}) => {
  await openApp(page);
  await markDocument(page);
  await failFirstRequest(page, chunk('en'));
  const switchButton = page.getByRole('button', { name: 'Switch to English' });

  await switchButton.click();
  const message = page.getByRole('status').filter({ hasText: 'Engels kon niet worden geladen' });
  await expect(message).toBeVisible();
  await expect(message).toHaveText(
    'Engels kon niet worden geladen. Probeer het opnieuw. English could not be loaded. Please try again.',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('link', { name: 'Start de scan' })).toBeVisible();
  await expectAccessible(page, 'the start page after English failed to load');

  await switchButton.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Schakel naar Nederlands' })).toBeVisible();
  await expect(page.getByText('Engels kon niet worden geladen')).toHaveCount(0);
  await expectNoReload(page);
});

test('an organisation name with a right-to-left override is shown isolated on the page, and the PDF reads it plain', async ({
  page,
}) => {
  await openResultsWith(page, mixedExample('\u202EABC'));
  const name = page.locator('.for-organisation bdi');
  await expect(name).toHaveCount(1);
  expect(await name.evaluate((element) => getComputedStyle(element).unicodeBidi)).toBe('isolate');
  await expect(page.locator('.for-organisation')).toHaveText('Voor: ABC');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download het rapport (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^quickscan-abc-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(await download.path())));
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('ABC');
  expect(text).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  // The answers as typed: the stored file keeps the override.
  const isKept = await page.evaluate(() =>
    Object.values(localStorage).some((value) => value.includes('\u202EABC')),
  );
  expect(isKept).toBe(true);
});
