/**
 * Preparing the application: a user writes a note, ticks evidence, reloads and finds both kept, sees
 * them in the draft, and downloads the PDF, the Word file and the CSV; all by keyboard, axe clean.
 * The downloads are read back: the PDF as text, the .docx unzipped, the CSV parsed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { readDocxText } from '../fixtures/docx-text.ts';
import { runQuickscan, writeTempJson } from './cli.ts';
import { ANSWERS_KEY, download, expect, expectAccessible, storeAnswers, test } from './fixtures.ts';

const NOTE = 'Lunchlezing <b>"Werk & zorg"</b> in maart;\nsinds 2025 een mantelzorgcafé';
const ORGANISATION = 'Thuiszorg De Linde';

const docxText = (bytes: Buffer) => readDocxText(bytes);

async function savedFile(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY);
  return JSON.parse(raw ?? '{}') as {
    notes?: Record<string, string>;
    evidence?: Record<string, { have: boolean; where: string }>;
  };
}

test('a user writes a note, ticks evidence, reloads, and downloads the PDF, the Word file and the CSV', async ({
  page,
}) => {
  const example = runQuickscan('example', '--profile', 'mixed', '--organisation', ORGANISATION);
  await storeAnswers(page, example);
  await page.goto('/#/resultaten');
  // From the results, by keyboard: the link to the application page.
  const link = page.getByRole('link', { name: /Bereid uw aanvraag voor de Erkenning voor/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanvraag voorbereiden' })).toBeFocused();
  await expectAccessible(page, 'the application page');

  // A note, typed by keyboard, with markup and quotes: saved at once, counted visibly.
  const note = page.getByLabel('Bespreekbaarheid: wat heeft u al concreet gedaan?');
  await note.focus();
  await page.keyboard.type(NOTE.split('\n')[0] ?? '');
  await page.keyboard.press('Enter');
  await page.keyboard.type(NOTE.split('\n')[1] ?? '');
  await expect(page.getByText(`${NOTE.length} van 2000 tekens`)).toBeVisible();
  expect((await savedFile(page)).notes).toEqual({ openness: NOTE });

  // Evidence: tick by keyboard (space) and say where it is.
  const folder = page.locator('section[aria-labelledby="folder-title"]');
  const first = folder.getByRole('checkbox').first();
  const evidenceText = (await folder.locator('.evidence-check label').first().textContent()) ?? '';
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('HR-handboek §4.2');
  await expect(folder.getByRole('status')).toContainText(/^1 van de \d+ stukken heeft u al\.$/);

  // Reload: both kept, and shown as text in the draft (never as markup).
  await page.reload();
  await expect(page.getByLabel('Bespreekbaarheid: wat heeft u al concreet gedaan?')).toHaveValue(NOTE);
  await expect(
    page.locator('section[aria-labelledby="folder-title"]').getByRole('checkbox').first(),
  ).toBeChecked();
  const saved = await savedFile(page);
  expect(Object.values(saved.evidence ?? {})).toEqual([{ have: true, where: 'HR-handboek §4.2' }]);
  const draft = page.locator('section[aria-labelledby="draft-title"]');
  await expect(draft.locator('blockquote').first()).toHaveText(NOTE);
  await expect(draft.locator('b')).toHaveCount(0);
  await expect(draft.getByText(`${evidenceText} (Waar: HR-handboek §4.2)`)).toBeVisible();
  await expect(draft.getByRole('heading', { level: 3 })).toHaveCount(4);
  await expectAccessible(page, 'the application page with a note and evidence');

  // The PDF holds the draft with the note as typed.
  const pdf = await download(page, () =>
    page.getByRole('button', { name: 'Download het rapport (PDF)' }).click(),
  );
  // The date in the name is the browser's local date.
  const localDay = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  expect(pdf.name).toBe(`quickscan-thuiszorg-de-linde-${localDay}.pdf`);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
  const pdfText = text.replace(/-\n/g, '').replace(/\s+/g, ' ');
  expect(pdfText).toContain('Uw aanvraag voorbereiden: een eerste opzet');
  expect(pdfText).toContain(NOTE.replace(/\s+/g, ' '));
  expect(pdfText).toContain('Waar: HR-handboek §4.2');

  // The Word file, unzipped: headings, the organisation, the note exactly as typed, the four questions.
  const docx = await download(page, () =>
    page.getByRole('button', { name: 'Download als Word-bestand (.docx)' }).click(),
  );
  expect(docx.name).toMatch(/^quickscan-thuiszorg-de-linde-\d{4}-\d{2}-\d{2}\.docx$/);
  const word = await docxText(docx.bytes);
  expect(word).toContain(ORGANISATION);
  expect(word).toContain(NOTE);
  expect(word).toContain('Uw aanvraag voorbereiden: een eerste opzet');
  expect(word).toContain('Hoe stimuleert u het gesprek tussen leidinggevenden, mantelzorgers en collega’s?');

  // The CSV, parsed as Excel with Dutch settings would: semicolons, UTF-8 with a byte order mark.
  const csv = await download(page, () =>
    page.getByRole('button', { name: 'Download het actieplan (CSV voor Excel)' }).click(),
  );
  expect(csv.name).toMatch(/^quickscan-actieplan-thuiszorg-de-linde-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parse(csv.bytes, { delimiter: ';', bom: true }) as string[][];
  expect(rows.length).toBeGreaterThan(1);
  expect(rows[1]?.[0]).toBe('1');

  // The CLI exports the same scan (notes and evidence included) as the app saved it.
  const path = writeTempJson('aanvraag.json', JSON.stringify(await savedFile(page)));
  const out = path.replace(/\.json$/, '.docx');
  runQuickscan('export', path, '--format', 'docx', '-o', out);
  expect(await docxText(readFileSync(out))).toContain(NOTE);
});

test('the note counter stops at 2000 characters, and the evidence folder works in English', async ({
  page,
}) => {
  await storeAnswers(page, runQuickscan('example', '--profile', 'worst'));
  await page.goto('/#/aanvraag');
  const note = page.getByLabel('Borging: wat heeft u al concreet gedaan?');
  await note.fill('x'.repeat(2100));
  await expect(note).toHaveValue('x'.repeat(2000));
  await expect(page.getByText('2000 van 2000 tekens')).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prepare your application' })).toBeVisible();
  await expect(page.getByText('2000 of 2000 characters')).toBeVisible();
  await expect(page.getByText(/^You have 0 of the \d+ documents\.$/)).toBeVisible();
  await expect(page.getByText('Arrange first').first()).toBeVisible();
  await expectAccessible(page, 'the application page in English');
});
