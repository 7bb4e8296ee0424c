/**
 * Reading QR codes on the advisor's device, in the built app under its Content-Security-Policy: through the
 * camera (chromium's fake camera playing a y4m made from a QR code PNG), from a photo and from pasted links;
 * the ZXing WebAssembly reader comes from the app's own origin, and from the service worker when offline.
 *
 * Until the workshop room's real `receive` lands, the RoomPanel renders the CollectPanel with a stand-in: a text
 * starting with 'QS' is a new participant without a role the first time and a duplicate after.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { drawQrPng, fakeCameraArgs, writeFakeCamera } from '../fixtures/fake-camera.ts';
import { expect, expectAccessible, test } from './fixtures.ts';

const WORKSHOP = '/#/workshop';

/** A code of realistic length: an answers link is about 200 characters of base64url. */
function participantCode(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let state = seed * 7919 + 17;
  let code = 'QS';
  while (code.length < 200) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    code += alphabet[state % alphabet.length];
  }
  return code;
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

async function openCollectPanel(page: Page) {
  await page.goto(WORKSHOP);
  await expect(page.getByRole('heading', { name: 'Antwoorden verzamelen' })).toBeVisible();
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
    cameraFile = join(mkdtempSync(join(tmpdir(), 'qr-camera-')), 'camera.y4m');
    writeFakeCamera(cameraFile, [drawQrPng(participantCode(1))]);
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
    await openCollectPanel(page);

    await page.getByRole('button', { name: 'Scan de QR-codes' }).click();
    const messages = page.getByTestId('collect-messages');
    await expect(messages).toHaveText('Deelnemer 1 (zonder rol) is binnen. Nu 1 deelnemer.');
    await expect(page.getByTestId('camera-status')).toHaveText(/De camera staat aan/);
    await expect(page.getByRole('button', { name: 'Stop de camera' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // About fifteen more reads of the same code in view: a second report would say "Deze deelnemer is er al".
    await page.waitForTimeout(3000);
    await expect(messages).toHaveText('Deelnemer 1 (zonder rol) is binnen. Nu 1 deelnemer.');
    await expect(page.getByTestId('collect-arrivals').getByRole('listitem')).toHaveText([
      'Deelnemer 1 (zonder rol)',
    ]);
    await expectAccessible(page, 'the collecting panel with the camera on');

    await page.getByRole('button', { name: 'Stop de camera' }).click();
    await expect(page.getByTestId('camera-status')).toHaveText('De camera staat uit.');
    expect(await page.evaluate(() => document.querySelector('video')?.srcObject ?? null)).toBeNull();

    expect(wasm.length, 'the ZXing reader was fetched').toBeGreaterThan(0);
    expect(wasm.every((url) => url.startsWith(`${baseURL}/assets/`))).toBe(true);
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
    await openCollectPanel(page);
    const messages = page.getByTestId('collect-messages');

    writeFakeCamera(cameraFile, [drawQrPng(participantCode(2))]);
    await page.getByRole('button', { name: 'Scan de QR-codes' }).click();
    await expect(messages).toHaveText(/is binnen/);
    const first = await messages.textContent();
    await page.getByRole('button', { name: 'Stop de camera' }).click();

    writeFakeCamera(cameraFile, [drawQrPng(participantCode(3))]);
    await page.getByRole('button', { name: 'Scan de QR-codes' }).click();
    await expect(messages).not.toHaveText(first ?? '');
    await expect(messages).toHaveText(/Deelnemer 2 \(zonder rol\) is binnen\. Nu 2 deelnemers\./);
    await page.getByRole('button', { name: 'Stop de camera' }).click();
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
    await openCollectPanel(page);
    const photo = page.getByLabel('Foto van een QR-code');
    await photo.setInputFiles({
      name: 'deelnemer.png',
      mimeType: 'image/png',
      buffer: drawQrPng(participantCode(4), 4),
    });
    const messages = page.getByTestId('collect-messages');
    await expect(messages).toHaveText('Deelnemer 1 (zonder rol) is binnen. Nu 1 deelnemer.');

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

    expect(wasm.every((url) => url.startsWith(`${baseURL}/assets/`))).toBe(true);
    expect(await cspViolations(page)).toEqual([]);
    await expectAccessible(page, 'the collecting panel after a photo');
  });

  test('several pasted links are each handled, by keyboard only', async ({ page }) => {
    await openCollectPanel(page);
    const field = page.getByLabel('Plak een link of code');
    await field.focus();
    await page.keyboard.insertText(`${participantCode(5)}\nhttps://example.org/\n\n${participantCode(5)}\n`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Voeg de links toe' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('collect-messages').locator('p')).toHaveText([
      'Regel 1: Deelnemer 1 (zonder rol) is binnen. Nu 1 deelnemer.',
      'Regel 2: Dit is geen code van de quick scan.',
      'Regel 3: Deze deelnemer is er al (Deelnemer 1 (zonder rol)); telt één keer.',
    ]);
    await expect(field).toHaveValue('');
  });

  test('offline, after the first visit, the reader still loads from the service worker', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect(page.getByText('De scan werkt nu ook zonder internet op dit apparaat.')).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await openCollectPanel(page);
    await page.getByLabel('Foto van een QR-code').setInputFiles({
      name: 'deelnemer.png',
      mimeType: 'image/png',
      buffer: drawQrPng(participantCode(6), 4),
    });
    await expect(page.getByTestId('collect-messages')).toHaveText(
      'Deelnemer 1 (zonder rol) is binnen. Nu 1 deelnemer.',
    );
    await context.setOffline(false);
  });
});
