/**
 * Never a blank screen: a part of the app that fails to load, or a PDF worker that cannot start,
 * leaves the answers where they were and gives the user a way on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runQuickscan } from './cli.ts';
import {
  answerStepByClicking,
  downloadByButton,
  expect,
  expectAccessible,
  readSavedAnswers,
  storeAnswers,
  test,
} from './fixtures.ts';

test.describe('when a page fails', () => {
  test.use({ expectedProblems: 'Failed to load resource|dynamically imported module' });

  test('the answers survive, can be saved as a file, and the rest of the app works', async ({ page }) => {
    const example = runQuickscan('example', '--profile', 'mixed', '--organisation', 'De Linde');
    await storeAnswers(page, example);
    const before = await readSavedAnswers(page);
    // The workshop page's code cannot be loaded (as after a deploy, or offline).
    await page.route(/workshop-page-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/#/workshop');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Deze pagina kon niet worden getoond' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Onderdelen van de app' })).toBeVisible();
    await expectAccessible(page, 'the page error');
    expect(await readSavedAnswers(page)).toEqual(before);

    const download = await downloadByButton(page, 'Antwoorden opslaan als bestand');
    const saved = JSON.parse(download.bytes.toString('utf8')) as {
      answers: Record<string, string>;
    };
    expect(saved.answers).toEqual(before);

    await page.getByRole('link', { name: 'Naar de startpagina' }).first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Deze pagina kon niet worden getoond' }),
    ).toHaveCount(0);
    await page.goto('/#/resultaten');
    await expect(page.getByTestId('level')).toBeVisible();
    expect(await readSavedAnswers(page)).toEqual(before);
  });
});

test.describe('when the PDF worker cannot start', () => {
  test.use({ expectedProblems: 'Failed to load resource' });

  test('the report is made on the page instead, and the answers stay', async ({ page }) => {
    await storeAnswers(page, runQuickscan('example', '--profile', 'worst'));
    const before = await readSavedAnswers(page);
    await page.route(/pdf-worker-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/#/resultaten');
    const download = await downloadByButton(page, 'Download het rapport (PDF)');
    const bytes = download.bytes;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    await expect(page.getByRole('status').filter({ hasText: 'Het rapport is gedownload.' })).toBeVisible();
    expect(await readSavedAnswers(page)).toEqual(before);
  });
});

test('the built app carries a Content-Security-Policy of its own origin, and a journey breaks none of it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      );
    });
  });
  await storeAnswers(page, runQuickscan('example', '--profile', 'mixed'));
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
  await page.goto('/#/resultaten');
  await expect(page.getByTestId('level')).toBeVisible();
  await page.getByTestId('score-table').scrollIntoViewIfNeeded();
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  const download = await downloadByButton(page, 'Download het rapport (PDF)');
  expect(download.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await page.goto('/#/aanvraag');
  const docx = await downloadByButton(page, 'Download als Word-bestand (.docx)');
  expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
    [],
  );
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

test('the privacy statement says what is kept where and how to remove it, from every page', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Privacy: wat deze scan bewaart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy: wat deze scan bewaart' })).toBeFocused();
  await expect(page.getByText(/localStorage/)).toBeVisible();
  await expect(page.getByText(/Wis mijn gegevens/).first()).toBeVisible();
  await expectAccessible(page, 'the privacy statement');
});

test('after the first visit the scan works offline: answers, results, the PDF and the exports', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // On a first visit the service worker waits until the page has settled (its install would compete with it).
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined),
  ).toBe(true);
  // The service worker precaches the whole app; once it is active, it serves every later load.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect(page.getByText('De scan werkt nu ook zonder internet op dit apparaat.')).toBeVisible();
  const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifest).toBeTruthy();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Complete the scan offline: start, every step, the review, the results.
  await page.getByRole('link', { name: 'Start de scan' }).click();
  // Six steps (the intake and five themes), then the review.
  for (let step = 0; step < 6; step += 1) {
    await expect(page.getByText(`Stap ${step + 1} van 7`)).toBeVisible();
    await answerStepByClicking(page, step === 0 ? 1 : 'best');
    await page.getByRole('link', { name: step === 5 ? 'Naar het overzicht' : 'Volgende' }).click();
  }
  await page.getByRole('link', { name: 'Bekijk de uitkomst' }).first().click();
  await expect(page.getByTestId('level')).toBeVisible();
  const answers = await readSavedAnswers(page);
  expect(Object.keys(answers).length).toBeGreaterThan(30);

  const pdf = await downloadByButton(page, 'Download het rapport (PDF)');
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await page.goto('/#/aanvraag');
  const docx = await downloadByButton(page, 'Download als Word-bestand (.docx)');
  expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
  const csv = await downloadByButton(page, 'Download het actieplan (CSV voor Excel)');
  expect(csv.bytes.length).toBeGreaterThan(10);
  await context.setOffline(false);
});

test('a new version deployed while a scan is open is offered, and updating keeps every answer', async ({
  page,
}) => {
  await storeAnswers(page, runQuickscan('example', '--profile', 'mixed', '--organisation', 'De Linde'));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The next load is served by the service worker (as on every visit after the first).
  await page.goto('/#/stap/openness');
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const before = await readSavedAnswers(page);
  // "Deploy" a new build: the service worker script on the server changes.
  const swPath = join(import.meta.dirname, '..', '..', 'dist', 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  try {
    writeFileSync(swPath, `${original}\n// a new build\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByText('Er is een nieuwe versie van de scan.', { exact: false })).toBeVisible();
    await expectAccessible(page, 'the update prompt');
    await page.getByRole('button', { name: 'Nu bijwerken' }).click();
    await page.waitForEvent('load');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bespreekbaarheid');
    expect(await readSavedAnswers(page)).toEqual(before);
  } finally {
    writeFileSync(swPath, original);
  }
});

test.describe('the first screen', () => {
  test.use({ expectedProblems: 'Failed to load resource' });

  test('is in index.html itself: the start page shows before (and without) any script', async ({ page }) => {
    await page.route(/\.js$/, (route) => route.abort());
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Quickscan zorgvriendelijk werkgeverschap' }),
    ).toBeVisible();
    const start = page.getByRole('link', { name: 'Start de scan' });
    await expect(start).toHaveAttribute('href', '#/stap/intake');
    await expectAccessible(page, 'the prerendered first screen');
    // A click before the app is there still leads to the first step once it has loaded.
    await start.click();
    await page.unroute(/\.js$/);
    await page.reload();
    await expect(page.locator('fieldset.question').first()).toBeVisible();
  });

  test('says the app could not be loaded, keeps the answers, and loads it on a retry', async ({ page }) => {
    await storeAnswers(page, runQuickscan('example', '--profile', 'mixed'));
    const before = await readSavedAnswers(page);
    await page.route(/\/app-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/#/resultaten');
    await page.reload();
    await expect(page.getByRole('alert')).toContainText('De scan kon niet worden geladen');
    await expectAccessible(page, 'the app could not be loaded');
    expect(await readSavedAnswers(page)).toEqual(before);
    await page.unroute(/\/app-[\w-]+\.js$/);
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.getByTestId('level')).toBeVisible();
  });
});

test('the page runs on Preact (no React DOM before the first question), and the PDF is still made with React', async ({
  page,
}) => {
  // React DOM's and react-reconciler's production builds link their error codes to this address; Preact has none.
  const REACT_RENDERER = 'react.dev/errors';
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.add(pathname);
  });
  // The built files the page asked for, read from the build itself (a service worker may answer the requests).
  const withReact = () =>
    [...scripts].filter((pathname) =>
      readFileSync(join(import.meta.dirname, '..', '..', 'dist', pathname), 'utf8').includes(REACT_RENDERER),
    );
  await storeAnswers(page, runQuickscan('example', '--profile', 'mixed'));
  await page.goto('/#/stap/intake');
  await expect(page.locator('fieldset.question').first()).toBeVisible();
  expect(scripts.size).toBeGreaterThan(3);
  expect(withReact()).toEqual([]);

  await page.goto('/#/resultaten');
  const report = await downloadByButton(page, /Download het rapport/);
  expect(report.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(withReact().some((pathname) => pathname.includes('pdf-worker'))).toBe(true);
});
