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
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function savedFile(page: Page) {
  const raw = await page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY);
  return JSON.parse(raw ?? '{}') as {
    notes?: Record<string, string>;
    evidence?: Record<string, { have: boolean; where: string }>;
    drafts?: Record<string, string>;
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
  // The draft of the first open question starts with the note as typed (text in a text field, never markup) and
  // names the ticked evidence with where it is; the note is under no other question.
  const draft = page.locator('section[aria-labelledby="draft-title"]');
  const awareness = draft.getByRole('textbox').first();
  expect(await awareness.inputValue()).toMatch(new RegExp(`^${escapeRegExp(NOTE)}\n\n`));
  expect(await awareness.inputValue()).toContain(`(HR-handboek §4.2).`);
  expect(evidenceText).not.toBe('');
  await expect(draft.locator('b')).toHaveCount(0);
  await expect(draft.getByRole('heading', { level: 3 })).toHaveCount(4);
  await expect(draft.getByRole('textbox')).toHaveCount(4);
  for (const index of [1, 2, 3]) {
    expect(await draft.getByRole('textbox').nth(index).inputValue()).not.toContain(NOTE);
  }
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

test('a user edits the draft of one application question, reloads, exports the answers file and opens it elsewhere with the draft intact', async ({
  page,
  browser,
}) => {
  await storeAnswers(page, runQuickscan('example', '--profile', 'mixed', '--organisation', ORGANISATION));
  await page.goto('/#/aanvraag');
  const question = page.locator('[data-draft="dialogue"]');
  const field = question.getByRole('textbox');
  const suggestion = await field.inputValue();
  expect(suggestion.length).toBeGreaterThan(20);
  await expect(question.getByTestId('draft-state')).toHaveText('(Voorstel van de scan)');

  // Edited by keyboard: typed at the end of the suggestion, with markup and a new paragraph.
  const own = 'Elk kwartaal <b>praten</b> we in het team over "werk & zorg".';
  await field.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(own);
  const edited = `${suggestion}\n\n${own}`;
  await expect(field).toHaveValue(edited);
  await expect(question.getByTestId('draft-state')).toHaveText('(Uw tekst)');
  expect((await savedFile(page)).drafts).toEqual({ dialogue: edited });

  // Reload: kept, still the user's own text.
  await page.reload();
  await expect(page.locator('[data-draft="dialogue"]').getByRole('textbox')).toHaveValue(edited);
  await expect(page.locator('[data-draft="dialogue"]').getByTestId('draft-state')).toHaveText('(Uw tekst)');
  await expectAccessible(page, 'the application page with an edited draft');

  // The PDF and the Word file carry the draft as edited.
  const pdf = await download(page, () =>
    page.getByRole('button', { name: 'Download het rapport (PDF)' }).click(),
  );
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
  expect(text.replace(/-\n/g, '').replace(/\s+/g, ' ')).toContain(own);
  const docx = await download(page, () =>
    page.getByRole('button', { name: 'Download als Word-bestand (.docx)' }).click(),
  );
  expect(await docxText(docx.bytes)).toContain(own);

  // Exported as an answers file and opened in another browser: the draft is intact.
  await page.goto('/#/resultaten');
  const saved = await download(page, () =>
    page.getByRole('button', { name: 'Antwoorden opslaan als bestand' }).click(),
  );
  expect((JSON.parse(saved.bytes.toString('utf8')) as { formatVersion: number }).formatVersion).toBe(6);
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto('/');
  await other
    .getByLabel('Antwoordbestand openen')
    .setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: saved.bytes });
  await expect(other.getByTestId('import-done')).toContainText(`${saved.name} is geopend`);
  await other.goto('/#/aanvraag');
  await expect(other.locator('[data-draft="dialogue"]').getByRole('textbox')).toHaveValue(edited);

  // "Put back the suggestion" removes the own text there, and only there.
  await other.getByRole('button', { name: 'Zet het voorstel van de scan terug' }).click();
  await expect(other.locator('[data-draft="dialogue"]').getByRole('textbox')).toHaveValue(suggestion);
  await elsewhere.close();
  await expect(page.locator('body')).toBeVisible();
});

test('an answers file of the previous format (3) is opened with its notes and evidence, nothing lost', async ({
  page,
}) => {
  const current = JSON.parse(runQuickscan('example', '--profile', 'mixed')) as Record<string, unknown>;
  const old = {
    ...current,
    formatVersion: 3,
    notes: { openness: NOTE, embedding: 'OR-overleg 2025' },
    evidence: { 'openness-carers-known': { have: true, where: 'Personeelsonderzoek 2025' } },
  };
  await page.goto('/');
  await page.getByLabel('Antwoordbestand openen').setInputFiles({
    name: 'vorig-jaar.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(old)),
  });
  await expect(page.getByTestId('import-done')).toContainText('vorig-jaar.json is geopend');
  const saved = await savedFile(page);
  expect(saved.notes).toEqual(old.notes);
  expect(saved.evidence).toEqual(old.evidence);
  await page.goto('/#/aanvraag');
  await expect(page.getByLabel('Bespreekbaarheid: wat heeft u al concreet gedaan?')).toHaveValue(NOTE);
  expect(await page.locator('[data-draft="awareness"]').getByRole('textbox').inputValue()).toContain(
    'Personeelsonderzoek 2025',
  );
});
