/**
 * Published where phones can reach it: the build as it goes onto a static host, served under a path (as GitHub
 * Pages serves https://user.github.io/<repo>/) with the headers of public/_headers, by a static server of our own
 * (tests/fixtures/static-server.ts), not by Vite. And the same build from a plain-HTTP address on the local network,
 * where the browser withholds everything that needs a secure context: these tests are where the README's table of
 * what works there comes from.
 */
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../build/content-security-policy.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { startStaticServer, type StaticServer } from '../fixtures/static-server.ts';
import { runQuickscan } from './cli.ts';
import { ANSWERS_KEY, answerStepByClicking, download, readSavedAnswers } from './fixtures.ts';

// Built by the Playwright web server (`npm run build`) before any test runs.
const DIST = join(import.meta.dirname, '..', '..', 'dist');
const BASE = '/quickscan/';
const HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * Fails the test, at its end, on a request outside the server, a console or page error (the page's, or a worker's,
 * where a refused script or fetch would show) or a Content-Security-Policy violation the page reports.
 */
async function watchPage(page: Page, origin: string): Promise<() => Promise<void>> {
  const foreign: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  // Chromium fetches the tab's icon past the service worker (it is precached all the same), so offline that one
  // request fails; nothing on the page depends on it.
  const isIcon = (url: string) => url === `${origin}${BASE}favicon.svg`;
  page.on('console', (message) => {
    if (message.type() === 'error' && !isIcon(message.location().url))
      problems.push(`console: ${message.text()}`);
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.push(`worker ${worker.url()}: ${message.text()}`);
    }),
  );
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!isIcon(request.url())) problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return async () => {
    expect(foreign, 'requests outside the server').toEqual([]);
    expect(problems, 'console errors and page errors').toEqual([]);
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  };
}

/** Waits until the app itself has loaded (the prerendered start page comes first). */
async function waitForApp(page: Page) {
  await page.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
}

/** Opens the first step from the start page, answers it and goes on; returns the answers then saved. */
async function answerFirstStep(page: Page) {
  await page.getByRole('link', { name: 'Start de scan' }).click();
  await expect(page.getByText('Stap 1 van 7')).toBeVisible();
  await answerStepByClicking(page, 1);
  await page.getByRole('link', { name: 'Volgende' }).click();
  await expect(page.getByText('Stap 2 van 7')).toBeVisible();
  const answers = await readSavedAnswers(page);
  expect(Object.keys(answers).length).toBeGreaterThan(3);
  return answers;
}

/** Gets the answers file into the browser's storage and opens the results page under the served path. */
async function openResults(page: Page, appUrl: string, answersFile: string) {
  await page.evaluate(([key, file]) => localStorage.setItem(key, file), [ANSWERS_KEY, answersFile] as const);
  await page.goto(`${appUrl}#/resultaten`);
  await expect(page.getByTestId('level')).toBeVisible();
}

async function downloadReport(page: Page) {
  const pdf = await download(page, () =>
    page.getByRole('button', { name: 'Download het rapport (PDF)' }).click(),
  );
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
}

/** What the browser offers the page: everything here but localStorage and workers needs a secure context. */
function readBrowserFacts() {
  return {
    isSecureContext: window.isSecureContext,
    serviceWorker: 'serviceWorker' in navigator,
    share: typeof navigator.share === 'function',
    camera: typeof navigator.mediaDevices?.getUserMedia === 'function',
    clipboard: typeof navigator.clipboard?.writeText === 'function',
    storageManager: 'storage' in navigator,
    randomUUID: typeof crypto.randomUUID === 'function',
    cryptoSubtle: 'subtle' in crypto && crypto.subtle !== undefined,
    getRandomValues: typeof crypto.getRandomValues === 'function',
    localStorage: typeof localStorage.setItem === 'function',
    worker: typeof Worker === 'function',
  };
}

let running: StaticServer | undefined;

async function serveDist(host?: string): Promise<StaticServer> {
  running = await startStaticServer({ root: DIST, base: BASE, host });
  return running;
}

test.afterEach(async () => {
  await running?.close();
  running = undefined;
});

test('an advisor puts the build on a static host under a path: it loads, scans, installs and works offline there, under the headers', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const server = await serveDist();
  const origin = new URL(server.url).origin;
  const checkPage = await watchPage(page, origin);

  // As GitHub Pages does, the address without the slash leads to the app.
  const response = await page.goto(server.url.slice(0, -1));
  expect(page.url()).toBe(server.url);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toBe(HEADER_POLICY);
  expect(headers['permissions-policy']).toBe('camera=(self), microphone=(), geolocation=()');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cache-control']).toBe('no-cache');
  await waitForApp(page);
  const answers = await answerFirstStep(page);

  // The service worker is the one under the path, and it controls the path.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(server.url);
  await expect(page.getByText('De scan werkt nu ook zonder internet op dit apparaat.')).toBeVisible();
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(manifestHref ?? '', server.url).href;
  const manifest = (await (await page.request.get(manifestUrl)).json()) as {
    start_url: string;
    scope: string;
  };
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(server.url);

  // The cache headers, and WebAssembly as WebAssembly.
  expect((await page.request.get(`${server.url}sw.js`)).headers()['cache-control']).toBe('no-cache');
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).src));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.startsWith(`${server.url}assets/`)).toBe(true);
    expect((await page.request.get(script)).headers()['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
  }
  const wasmFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.wasm'),
  );
  for (const file of wasmFiles) {
    const wasm = await page.request.get(`${server.url}${file}`);
    expect(wasm.headers()['content-type'], file).toBe('application/wasm');
  }

  // Offline: the service worker serves the app under its path, with the answers given.
  await context.setOffline(true);
  await page.goto(`${server.url}#/stap/intake`);
  await page.reload();
  await expect(page.getByText('Stap 1 van 7')).toBeVisible();
  expect(await readSavedAnswers(page)).toEqual(answers);
  await page.getByRole('link', { name: 'Volgende' }).click();
  await answerStepByClicking(page, 'best');
  expect(Object.keys(await readSavedAnswers(page)).length).toBeGreaterThan(Object.keys(answers).length);
  // The PDF worker runs under the header's policy too (a meta tag does not reach a worker), and finds its fonts.
  await openResults(page, server.url, runQuickscan('example', '--profile', 'mixed'));
  await downloadReport(page);
  await context.setOffline(false);

  await checkPage();
  const misplaced = server.requests.filter(
    (request) => request.status === 404 || !request.path.startsWith('/quickscan'),
  );
  expect(misplaced, 'files asked for outside the path, or not there').toEqual([]);
});

/**
 * The machine's own address on the local network, as a phone in the room would use it, if it can be reached here
 * (some sandboxes give the machine an address that nothing can connect to, not even the machine itself).
 */
async function reachableNetworkAddress(port: number): Promise<string | undefined> {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((candidate) => candidate?.family === 'IPv4' && !candidate.internal)?.address;
  if (!address) return undefined;
  const isReachable = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: address, port, timeout: 2000 });
    const settle = (isConnected: boolean) => {
      socket.destroy();
      resolve(isConnected);
    };
    socket.once('connect', () => settle(true));
    socket.once('error', () => settle(false));
    socket.once('timeout', () => settle(false));
  });
  return isReachable ? address : undefined;
}

test('from a plain-HTTP address on the local network the scan, files and links work; service worker, camera, share sheet and clipboard do not', async () => {
  const server = await serveDist('0.0.0.0');
  test.setTimeout(120_000);
  // The machine's LAN address; where it has none, a name for this machine, which is just as insecure to the browser
  // (only localhost, 127.0.0.0/8 and ::1 count as secure without HTTPS).
  const lanHost = (await reachableNetworkAddress(server.port)) ?? 'quickscan.lan';
  test.info().annotations.push({ type: 'LAN address', description: lanHost });
  const lanUrl = `http://${lanHost}:${server.port}${BASE}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP quickscan.lan 127.0.0.1'],
  });
  try {
    // The same browser at localhost, for comparison: there the page is a secure context.
    const local = await (await browser.newContext()).newPage();
    await local.goto(server.url);
    const atLocalhost = await local.evaluate(readBrowserFacts);
    expect(atLocalhost).toMatchObject({
      isSecureContext: true,
      serviceWorker: true,
      camera: true,
      clipboard: true,
      storageManager: true,
      randomUUID: true,
      cryptoSubtle: true,
    });
    // Chromium on Linux has no share sheet at all; on Android, Windows, macOS and ChromeOS it needs a secure context.
    test
      .info()
      .annotations.push({ type: 'navigator.share at localhost', description: String(atLocalhost.share) });

    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const checkPage = await watchPage(page, new URL(lanUrl).origin);
    await page.goto(lanUrl);
    expect(await page.evaluate(readBrowserFacts)).toEqual({
      isSecureContext: false,
      serviceWorker: false,
      share: false,
      camera: false,
      clipboard: false,
      storageManager: false,
      randomUUID: false,
      cryptoSubtle: false,
      getRandomValues: true,
      localStorage: true,
      worker: true,
    });

    // The scan itself: answers are kept in this browser and survive a reload.
    await waitForApp(page);
    const answers = await answerFirstStep(page);
    await page.reload();
    await expect(page.getByText('Stap 2 van 7')).toBeVisible();
    expect(await readSavedAnswers(page)).toEqual(answers);

    // Saving the answers as a file, and opening it in another browser.
    await page.goto(lanUrl);
    const saved = await download(page, () =>
      page.getByRole('button', { name: 'Antwoorden opslaan als bestand' }).click(),
    );
    expect((JSON.parse(saved.bytes.toString('utf8')) as { answers: unknown }).answers).toEqual(answers);
    const elsewhere = await (await browser.newContext()).newPage();
    await elsewhere.goto(lanUrl);
    await elsewhere
      .getByLabel('Antwoordbestand openen')
      .setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
    await expect(elsewhere.getByTestId('import-done')).toContainText(`${saved.name} is geopend`);
    expect(await readSavedAnswers(elsewhere)).toEqual(answers);

    // A link pasted into the address bar opens its page; the PDF worker makes the report.
    await openResults(page, lanUrl, runQuickscan('example', '--profile', 'mixed'));
    await downloadReport(page);

    // No service worker was registered, not even after the first visit's delay: there is none to register.
    await page.waitForTimeout(6000);
    expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
    await expect(page.getByText('De scan werkt nu ook zonder internet op dit apparaat.')).toHaveCount(0);
    await checkPage();
  } finally {
    await browser.close();
  }

  // The advisor's own browser can be told to trust that one address (chrome://flags, "Insecure origins treated as
  // secure"): then the invitation carries the address the phones use and the laptop's camera still works there.
  const advisor = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      ...CHROMIUM_ARGS,
      '--host-resolver-rules=MAP quickscan.lan 127.0.0.1',
      `--unsafely-treat-insecure-origin-as-secure=${new URL(lanUrl).origin}`,
    ],
  });
  try {
    const page = await advisor.newPage();
    await page.goto(lanUrl);
    expect(await page.evaluate(readBrowserFacts)).toMatchObject({
      isSecureContext: true,
      serviceWorker: true,
      camera: true,
      clipboard: true,
    });
  } finally {
    await advisor.close();
  }
});
