/**
 * Reading QR codes on the advisor's device, in the built app under its Content-Security-Policy: through the
 * camera (chromium's fake camera playing a y4m made from a QR code PNG), from a photo and from pasted links;
 * the ZXing WebAssembly reader comes from the app's own origin, and from the service worker when offline.
 * The advisor starts a workshop first; the participants' codes for that workshop are made by the command line tool
 * (`quickscan encode`), which writes the same answers code as a participant's phone.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { drawQrPng, fakeCameraArgs, writeFakeCamera } from '../fixtures/fake-camera.ts';
import { runQuickscan, writeTempJson } from './cli.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const WORKSHOP = '/#/workshop';

const PROFILES = ['best', 'worst', 'mixed'] as const;

/**
 * A participant's hand-over link for a workshop, as their phone shows it in the QR code (about 110 characters;
 * the bench reads a 200-character one): made by the command line tool, `example` then `encode`.
 */
function participantLink(baseURL: string, workshopId: string, role: string, seed: number): string {
  const file = writeTempJson(
    'deelnemer.json',
    runQuickscan('example', '--profile', PROFILES[seed % PROFILES.length] ?? 'mixed', '--role', role),
  );
  return runQuickscan('encode', file, `--workshop=${workshopId}`, '--link', `${baseURL}/`).trim();
}

/** Records requests outside the app, console errors and CSP violations of a page. */
function watchPage(page: Page, origin: string) {
  const seen = { foreign: [] as string[], problems: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      seen.foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.problems.push(`page error: ${error.message}`));
  return seen;
}

/** Collects the page's Content-Security-Policy violations in `window.cspViolations`. */
async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * Starts a workshop on the workshop page (every intake question answered with its first option) and returns its
 * id, as the workshop store keeps it.
 */
async function startWorkshop(page: Page): Promise<string> {
  await page.goto(WORKSHOP);
  await page.getByTestId('room-start').waitFor();
  for (let round = 0; round < 5; round += 1) {
    const open = page.locator('.room-start fieldset.question:not(:has(input:checked))');
    if ((await open.count()) === 0) break;
    await open.first().getByRole('radio').first().check();
  }
  await page.getByTestId('room-start').click();
  await expect(page.getByRole('heading', { name: 'Antwoorden verzamelen' })).toBeVisible();
  const stored = await page.evaluate(() =>
    localStorage.getItem('quickscan:zorgvriendelijk-werkgeverschap:workshop'),
  );
  const workshopId = /"workshopId":"([\w-]+)"/.exec(stored ?? '')?.[1];
  if (!workshopId) throw new Error(`no workshop id in the stored workshop: ${stored}`);
  return workshopId;
}

/** The wasm the page fetched, if any: it must come from the app's own origin. */
function wasmRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) urls.push(request.url());
  });
  return urls;
}

test.describe('the advisor reads participants’ QR codes with the camera', () => {
  let browser: Browser;
  let cameraFile: string;

  test.beforeAll(async () => {
    // Chromium opens the file when a page starts the camera (see the second test): each test writes its own codes.
    cameraFile = join(mkdtempSync(join(tmpdir(), 'qr-camera-')), 'camera.y4m');
    writeFakeCamera(cameraFile, [null]);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, ...fakeCameraArgs(cameraFile)],
    });
  });

  test.afterAll(async () => {
    await browser.close();
  });

  test('a code held up to the camera arrives once, however long it stays in view', async ({ baseURL }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const seen = watchPage(page, baseURL ?? '');
    const wasm = wasmRequests(page);
    await recordCspViolations(page);
    const workshopId = await startWorkshop(page);
    writeFakeCamera(cameraFile, [drawQrPng(participantLink(baseURL ?? '', workshopId, 'hr', 0))]);

    await page.getByRole('button', { name: 'Scan de QR-codes' }).click();
    const messages = page.getByTestId('collect-messages');
    await expect(messages).toHaveText('Deelnemer 1 (HR) is binnen. Nu 1 deelnemer.');
    await expect(page.getByTestId('camera-status')).toHaveText(/De camera staat aan/);
    await expect(page.getByRole('button', { name: 'Stop de camera' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // About fifteen more reads of the same code in view: a second report would say "Deze deelnemer is er al".
    await page.waitForTimeout(3000);
    await expect(messages).toHaveText('Deelnemer 1 (HR) is binnen. Nu 1 deelnemer.');
    await expect(page.getByTestId('collect-arrivals').getByRole('listitem')).toHaveText(['Deelnemer 1 (HR)']);
    await expectAccessible(page, 'the collecting panel with the camera on');

    await page.getByRole('button', { name: 'Stop de camera' }).click();
    await expect(page.getByTestId('camera-status')).toHaveText('De camera staat uit.');
    expect(await page.evaluate(() => document.querySelector('video')?.srcObject ?? null)).toBeNull();

    expect(wasm.length, 'the ZXing reader was fetched').toBeGreaterThan(0);
    expect(wasm.every((url) => url.startsWith(`${baseURL}/`))).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    expect(seen.foreign).toEqual([]);
    expect(seen.problems).toEqual([]);
    await context.close();
  });

  test('chromium reads the camera file again each time the camera starts, so one browser can show several codes', async ({
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const seen = watchPage(page, baseURL ?? '');
    const workshopId = await startWorkshop(page);
    const messages = page.getByTestId('collect-messages');

    writeFakeCamera(cameraFile, [drawQrPng(participantLink(baseURL ?? '', workshopId, 'hr', 1))]);
    await page.getByRole('button', { name: 'Scan de QR-codes' }).click();
    await expect(messages).toHaveText('Deelnemer 1 (HR) is binnen. Nu 1 deelnemer.');
    await page.getByRole('button', { name: 'Stop de camera' }).click();

    writeFakeCamera(cameraFile, [drawQrPng(participantLink(baseURL ?? '', workshopId, 'director', 2))]);
    await page.getByRole('button', { name: 'Scan de QR-codes' }).click();
    await expect(messages).toHaveText('Deelnemer 2 (Directie) is binnen. Nu 2 deelnemers.');
    await page.getByRole('button', { name: 'Stop de camera' }).click();
    await expect(page.getByTestId('collect-arrivals').getByRole('listitem')).toHaveText([
      'Deelnemer 1 (HR)',
      'Deelnemer 2 (Directie)',
    ]);
    expect(seen.foreign).toEqual([]);
    expect(seen.problems).toEqual([]);
    await context.close();
  });
});

test.describe('the advisor reads a photo or pasted links', () => {
  test('a photo of a participant’s QR code is read, and a photo without one is explained', async ({
    page,
    baseURL,
  }) => {
    const wasm = wasmRequests(page);
    await recordCspViolations(page);
    const workshopId = await startWorkshop(page);
    const photo = page.getByLabel('Foto van een QR-code');
    await photo.setInputFiles({
      name: 'deelnemer.png',
      mimeType: 'image/png',
      buffer: drawQrPng(participantLink(baseURL ?? '', workshopId, 'carer', 3), 4),
    });
    const messages = page.getByTestId('collect-messages');
    await expect(messages).toHaveText('Deelnemer 1 (Medewerker met mantelzorg) is binnen. Nu 1 deelnemer.');

    const white = new PNG({ width: 200, height: 200 });
    white.data.fill(255);
    await photo.setInputFiles({ name: 'wit.png', mimeType: 'image/png', buffer: PNG.sync.write(white) });
    await expect(messages).toHaveText(
      'Op deze foto staat geen QR-code die te lezen is. Maak een scherpe foto, recht van voren.',
    );
    await photo.setInputFiles({
      name: 'notitie.png',
      mimeType: 'image/png',
      buffer: Buffer.from('geen foto'),
    });
    await expect(messages).toHaveText('Dit bestand is geen foto die de browser kan openen.');
    await expect(page.getByTestId('collect-arrivals').getByRole('listitem')).toHaveCount(1);

    expect(wasm.every((url) => url.startsWith(`${baseURL}/`))).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    await expectAccessible(page, 'the collecting panel after a photo');
  });

  test('several pasted links are each handled, by keyboard only', async ({ page, baseURL }) => {
    const workshopId = await startWorkshop(page);
    const invitation = await page.getByTestId('room-invitation-link').inputValue();
    const link = participantLink(baseURL ?? '', workshopId, 'manager', 4);
    const otherWorkshop = participantLink(baseURL ?? '', 'another-workshop', 'hr', 5);
    const field = page.getByLabel('Plak een link of code');
    await field.focus();
    await page.keyboard.insertText(
      [link, 'https://example.org/', '', link, otherWorkshop, invitation, `${link.slice(0, -6)}AAAAAA`].join(
        '\n',
      ),
    );
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Voeg de links toe' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('collect-messages').locator('p')).toHaveText([
      'Regel 1: Deelnemer 1 (Leidinggevende) is binnen. Nu 1 deelnemer.',
      'Regel 2: Dit is geen code van de quick scan.',
      'Regel 3: Deze deelnemer is er al (Deelnemer 1 (Leidinggevende)); telt één keer.',
      'Regel 4: Deze code hoort bij een andere workshop.',
      'Regel 5: Dit is de uitnodiging, niet de antwoorden van een deelnemer.',
      'Regel 6: Deze code is beschadigd. Vraag de deelnemer de code opnieuw te tonen.',
    ]);
    await expect(field).toHaveValue('');
  });

  test('offline, after the first visit, the reader still loads from the service worker', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect(page.getByText('De scan werkt nu ook zonder internet op dit apparaat.')).toBeVisible();
    const workshopId = await startWorkshop(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Antwoorden verzamelen' })).toBeVisible();
    await page.getByLabel('Foto van een QR-code').setInputFiles({
      name: 'deelnemer.png',
      mimeType: 'image/png',
      buffer: drawQrPng(participantLink(baseURL ?? '', workshopId, 'employee', 6), 4),
    });
    await expect(page.getByTestId('collect-messages')).toHaveText(
      'Deelnemer 1 (Medewerker) is binnen. Nu 1 deelnemer.',
    );
    await context.setOffline(false);
  });

  test('on a computer without a camera the panel says so, and points to a photo or a link', async ({
    page,
  }) => {
    await startWorkshop(page);
    await page.getByRole('button', { name: 'Scan de QR-codes' }).click();
    await expect(page.getByTestId('camera-status')).toHaveText(
      'Er is geen camera gevonden. Gebruik een foto van de QR-code, of plak de link.',
    );
    await expect(page.getByRole('button', { name: 'Scan de QR-codes' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

test.describe('when the reader cannot load', () => {
  // The blocked .wasm, and Emscripten under the reader reporting it, on the console.
  test.use({
    serviceWorkers: 'block',
    expectedProblems: 'wasm|Failed to load resource|ArrayBuffer instantiation',
  });

  test('the advisor is told, and the paste still works', async ({ page, baseURL }) => {
    await page.route('**/*.wasm', (route) => route.abort());
    const workshopId = await startWorkshop(page);
    const link = participantLink(baseURL ?? '', workshopId, 'works-council', 7);
    await page
      .getByLabel('Foto van een QR-code')
      .setInputFiles({ name: 'deelnemer.png', mimeType: 'image/png', buffer: drawQrPng(link, 4) });
    const messages = page.getByTestId('collect-messages');
    await expect(messages).toHaveText(
      'De QR-lezer kon niet worden geladen. Laad de pagina opnieuw als u weer internet heeft, of plak de link.',
    );
    await page.getByLabel('Plak een link of code').fill(link);
    await page.getByRole('button', { name: 'Voeg de links toe' }).click();
    await expect(messages).toHaveText('Deelnemer 1 (OR, PVT of MR) is binnen. Nu 1 deelnemer.');
  });
});
