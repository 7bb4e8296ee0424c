import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { runQuickscan } from './cli.ts';
import { expect, openResultsWith, storeAnswers, test } from './fixtures.ts';

const PDF_CODE = /pdf-worker|render-pdf|react-pdf|\.ttf/;

const mixedExample = (organisation: string) =>
  runQuickscan('example', '--profile', 'mixed', '--organisation', organisation);

async function downloadReport(page: Page, buttonName: RegExp) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(await download.path())));
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return {
    fileName: download.suggestedFilename(),
    text: text.replace(/-\n/g, '').replace(/\s+/g, ' '),
    totalPages,
  };
}

test('an employer downloads the report, and it says the level shown on screen', async ({ page }) => {
  const pdfRequests: string[] = [];
  page.on('request', (request) => {
    if (PDF_CODE.test(request.url())) pdfRequests.push(request.url());
  });
  const organisation = '<script>alert(1)</script> & Zn. "’t Hoekje"';
  // The answers are stored from the start page: the results page must not be opened before the scan is walked.
  await storeAnswers(page, mixedExample(organisation));
  for (const path of ['/#/stap/intake', '/#/stap/legal-leave']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(pdfRequests, 'the PDF code must not load during the scan').toEqual([]);
  // On the review, with every question answered, the report is prepared in idle time (results are one click away).
  await page.goto('/#/controle');
  await expect.poll(() => pdfRequests.some((url) => /pdf-worker/.test(url)), { timeout: 10_000 }).toBe(true);

  await page.goto('/#/resultaten');
  const level = await page.getByTestId('level').textContent();
  expect(level).toBe('Op weg');
  const report = await downloadReport(page, /Download het rapport/);
  expect(pdfRequests.some((url) => /pdf-worker/.test(url))).toBe(true);
  await expect(page.getByText('Het rapport is gedownload.')).toBeVisible();

  expect(report.fileName).toMatch(/^quickscan-script-alert-1-script-zn-t-hoekje-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(report.text).toContain(`Uw niveau: ${level}`);
  expect(report.text).toContain(organisation);
  expect(report.text).toContain('Wettelijke check');
  expect(report.totalPages).toBeGreaterThan(8);
});

test('the report comes in English when the app is in English', async ({ page }) => {
  await openResultsWith(page, mixedExample('Bakkerij ’t Hoekje'));
  await page.getByRole('button', { name: 'Switch to English' }).click();
  // The English texts load first, so the switch is not immediate: read the level once it is in English.
  await expect(page.getByTestId('level')).toHaveText('On the way');
  const level = await page.getByTestId('level').textContent();
  const report = await downloadReport(page, /Download the report/);
  expect(report.text).toContain(`Your level: ${level}`);
  expect(report.text).toContain('Legal check');
  expect(report.fileName).toMatch(/^quickscan-bakkerij-t-hoekje-\d{4}-\d{2}-\d{2}\.pdf$/);
});
