/**
 * A workshop in a real room, end to end in the built app: the advisor starts a workshop on a laptop; three phones
 * (separate browser contexts at phone size) open the invitation link, join with their own roles, answer the scan
 * offline and show the QR code with their answers; the laptop reads each code through its camera (chromium's fake
 * camera, fed with a screenshot of the phone's code), sees them arrive, counts a participant handed over twice once
 * (by camera, by pasted link and by photo), refuses a code of another workshop, reveals the spread and downloads the
 * group PDF, which says what `quickscan group-report` says of the phones' own answers files. Nothing leaves the
 * origin and the Content-Security-Policy reports no violation.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import {
  answersLink,
  encodeAnswersCode,
  newParticipantId,
  newWorkshopId,
} from '../../questionnaire/answers-code.ts';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../../questionnaire/example-answers.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { drawQrPng, fakeCameraArgs, writeFakeCamera } from '../fixtures/fake-camera.ts';
import { loadShipped } from '../fixtures/shipped.ts';
import { runQuickscan } from './cli.ts';
import { ANSWERS_KEY, answerStepByClicking, expect, expectAccessible, test } from './fixtures.ts';

const questionnaire = loadShipped();

/** The phones in the room: their role (as labelled in the join form), an answer style, and a name if they gave one. */
const PHONES = [
  { role: 'HR', label: 'HR', answer: 'best' as const, name: 'Sam' },
  { role: 'Leidinggevende', label: 'Leidinggevende', answer: 1, name: '' },
  { role: 'Medewerker met mantelzorg', label: 'Medewerker met mantelzorg', answer: 0, name: '' },
];

interface Watched {
  foreign: string[];
  problems: string[];
}

/** Records requests outside the app, console errors, page errors and CSP violations of a page. */
async function watch(page: Page, origin: string): Promise<Watched> {
  const seen: Watched = { foreign: [], problems: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      seen.foreign.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => seen.problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return seen;
}

/** Waits until the service worker controls the page, so that it works offline from here on. */
async function untilOffline(page: Page, context: BrowserContext) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
}

async function pdfText(path: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/-\n/g, '').replace(/\s+/g, ' ');
}

/** Starts the workshop on the advisor's page: the organisation's name and every intake question answered. */
async function startWorkshop(page: Page): Promise<string> {
  await page.goto('/#/workshop');
  await page.getByTestId('room-start').waitFor();
  await page.getByLabel('Naam van de organisatie').fill('Zorg & Werk B.V.');
  // Answering one intake question may show another: answer until every shown one has an answer.
  for (;;) {
    const open = page.locator('.room-start fieldset.question:not(:has(input:checked))');
    if ((await open.count()) === 0) break;
    await open.first().getByRole('radio').nth(1).check();
  }
  await page.getByTestId('room-start').click();
  const link = await page.getByTestId('room-invitation-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/doe-mee\/QQE[A-Za-z0-9_-]+$/);
  return link;
}

/** One phone: opens the invitation, joins with its role, answers every theme offline and shows its code. */
async function answerOnPhone(
  browser: Browser,
  baseURL: string,
  invitation: string,
  phone: (typeof PHONES)[0],
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const seen = await watch(page, baseURL);
  const taps = { count: 0 };
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop van Zorg & Werk B.V.');
  await untilOffline(page, context);
  // Joining: a role, a name only if they want, and straight to the first theme (the intake is the advisor's).
  // Starting without a role says what is missing (a tap a participant need not make: not counted).
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  await expect(page.locator('.field-error')).toHaveText(
    'Kies uw rol. De groep ziet alleen uw rol en een nummer.',
  );
  await page.getByRole('radio', { name: phone.role, exact: true }).check();
  taps.count += 1;
  if (phone.name) {
    await page.getByLabel('Uw naam (als u wilt)').fill(phone.name);
    taps.count += 1;
  }
  await expectAccessible(page, 'joining a workshop on a phone');
  await page.getByRole('button', { name: 'Begin met de vragen' }).click();
  taps.count += 1;
  await expect(page.getByTestId('participant-banner')).toContainText(`uw rol: ${phone.label}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bespreekbaarheid');
  for (;;) {
    await answerStepByClicking(page, phone.answer);
    const next = page.locator('.step-nav a.button:not(.button-secondary)');
    const toReview = (await next.textContent())?.includes('Naar het overzicht') ?? false;
    await next.click();
    taps.count += 1;
    if (toReview) break;
  }
  await page.getByTestId('review-handover').click();
  taps.count += 1;
  await expect(page.getByTestId('handover-completion')).toContainText('U heeft');
  await expect(page.getByRole('img', { name: 'QR-code met uw antwoorden voor de adviseur' })).toBeVisible();
  await expectAccessible(page, 'the hand-over on a phone');
  const code = await page
    .getByRole('img', { name: 'QR-code met uw antwoorden voor de adviseur' })
    .screenshot();
  const link = await page.getByTestId('handover-link').inputValue();
  const file = (await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)) ?? '';
  return { context, page, seen, code, link, file, taps: taps.count };
}

test('a workshop in a room: three phones join by the invitation, hand over by QR code, and the advisor collects, reveals and reports', async ({
  baseURL,
}) => {
  test.setTimeout(360_000);
  const origin = baseURL ?? '';
  const dir = mkdtempSync(join(tmpdir(), 'quickscan-room-'));
  const camera = join(dir, 'camera.y4m');
  writeFakeCamera(camera, [null]);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...fakeCameraArgs(camera)],
  });
  try {
    const laptop = await browser.newContext({ baseURL: origin, viewport: { width: 1280, height: 800 } });
    const advisor = await laptop.newPage();
    const advisorSeen = await watch(advisor, origin);
    await advisor.goto('/');
    await advisor.getByRole('button', { name: 'Wis mijn gegevens' }).waitFor();
    const invitation = await startWorkshop(advisor);
    await expect(
      advisor.getByRole('img', { name: 'QR-code met de uitnodiging voor deelnemers' }),
    ).toBeVisible();
    await expectAccessible(advisor, 'the invitation');

    const phones = [];
    for (const phone of PHONES) phones.push(await answerOnPhone(browser, origin, invitation, phone));

    // The laptop works offline too, once its service worker has the app.
    await untilOffline(advisor, laptop);
    await advisor.reload();
    const messages = advisor.getByTestId('collect-messages');
    const scanButton = advisor.getByRole('button', { name: 'Scan de QR-codes' });
    async function showToCamera(png: Buffer, expected: string) {
      writeFakeCamera(camera, [png]);
      await scanButton.click();
      await expect(messages).toContainText(expected, { timeout: 20_000 });
      await advisor.getByRole('button', { name: 'Stop de camera' }).click();
    }
    await showToCamera(phones[0]?.code ?? Buffer.from(''), 'Deelnemer 1 (HR) is binnen. Nu 1 deelnemer.');
    await showToCamera(
      phones[1]?.code ?? Buffer.from(''),
      'Deelnemer 2 (Leidinggevende) is binnen. Nu 2 deelnemers.',
    );
    await showToCamera(
      phones[2]?.code ?? Buffer.from(''),
      'Deelnemer 3 (Medewerker met mantelzorg) is binnen. Nu 3 deelnemers.',
    );
    await expect(advisor.getByTestId('room-count')).toHaveText('3 deelnemers zijn binnen.');

    // The same participant again, by camera, by pasted link and by photo: counted once.
    await showToCamera(phones[0]?.code ?? Buffer.from(''), 'Deze deelnemer is er al');
    await advisor.getByLabel('Plak een link of code').fill(phones[1]?.link ?? '');
    await advisor.getByRole('button', { name: 'Voeg de links toe' }).click();
    await expect(messages).toContainText('Deze deelnemer is er al (Deelnemer 2 (Leidinggevende))');
    await advisor.getByLabel('Foto van een QR-code').setInputFiles({
      name: 'foto.png',
      mimeType: 'image/png',
      buffer: phones[2]?.code ?? Buffer.from(''),
    });
    await expect(messages).toContainText('Deze deelnemer is er al (Deelnemer 3 (Medewerker met mantelzorg))');

    // A code of another workshop is refused with its own message.
    const foreign = createAnswersFile(questionnaire, createExampleAnswers(questionnaire, 'mixed'), {
      participant: { id: newParticipantId(), workshop: newWorkshopId(), role: 'employee' },
    });
    await showToCamera(
      drawQrPng(answersLink(`${origin}/`, encodeAnswersCode(questionnaire, foreign)), 5),
      'Deze code hoort bij een andere workshop.',
    );
    await expect(advisor.getByTestId('room-count')).toHaveText('3 deelnemers zijn binnen.');
    await expectAccessible(advisor, 'collecting in the room');

    // The spread stays hidden until the advisor shows it.
    await expect(advisor.getByTestId('spread-chart')).toHaveCount(0);
    await advisor.getByRole('button', { name: 'Toon de spreiding' }).click();
    await expect(advisor.getByTestId('spread-chart')).toBeVisible();

    // The group PDF says what the command line tool says of the phones' own files.
    const [download] = await Promise.all([
      advisor.waitForEvent('download'),
      advisor.getByRole('button', { name: 'Download het groepsrapport (PDF)' }).click(),
    ]);
    const fromApp = await pdfText(await download.path());
    const files = phones.map((phone, index) => {
      const path = join(dir, `deelnemer-${index + 1}.json`);
      writeFileSync(path, phone.file);
      return path;
    });
    const fromCli = join(dir, 'groepsrapport.pdf');
    runQuickscan('group-report', ...files, '-o', fromCli);
    // Anonymous by default: the name only of whoever gave one, and a role held by one person not shown apart.
    expect(fromApp).toContain('1 Sam Niet apart getoond');
    expect(fromApp).toContain('2 Deelnemer 2 Niet apart getoond');
    expect(fromApp).toContain('hebben elk één deelnemer en staan daarom niet apart');
    expect(fromApp).not.toMatch(/Medewerker met mantelzorg \(\d+×\)|Medewerker met mantelzorg:/);
    expect(fromApp).toEqual(await pdfText(fromCli));
    const compared = JSON.parse(runQuickscan('compare', ...files)) as {
      disagreements: { questionId: string }[];
    };
    expect(compared.disagreements.length).toBeGreaterThan(0);

    for (const phone of phones) {
      expect(phone.seen.foreign, 'requests outside the app from a phone').toEqual([]);
      expect(phone.seen.problems, 'console errors on a phone').toEqual([]);
      // Taps beyond the answers: role, (name), start, the "next" of every theme, the hand-over.
      expect(phone.taps).toBeLessThanOrEqual(11);
    }
    expect(advisorSeen.foreign, 'requests outside the app from the laptop').toEqual([]);
    // Offline, the tab icon is the one request chromium makes around the service worker (see publish.spec.ts).
    expect(
      advisorSeen.problems.filter((problem) => !/favicon|ERR_INTERNET_DISCONNECTED/.test(problem)),
      'console errors on the laptop',
    ).toEqual([]);
  } finally {
    await browser.close();
  }
});
