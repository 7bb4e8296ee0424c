/**
 * The group report of a large workshop, rendered in Node and read back page by page with the position of
 * every piece of text: every participant's row is in both tables, the lowest/highest/difference rows are
 * there, and on every page with rows the table's header is above them (a row laid over the header, or a
 * page of rows without a header, fails). The 1,000 case renders a 99-page PDF: one test, a long timeout.
 */
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../questionnaire/schema.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { createWorkshopParticipants } from '../../tests/fixtures/workshop-participants.ts';
import { buildGroupReportModel, type GroupReportModel } from '../group-report-model.ts';
import { renderGroupReportToBuffer } from './render-report.node.tsx';

const questionnaire = loadShipped();
const DATE = '2026-12-07T10:00:00.000Z';

/** A piece of text on a page; `y` grows upwards (PDF coordinates), `x` from the left edge. */
interface Piece {
  text: string;
  x: number;
  y: number;
}

async function readPages(buffer: Buffer): Promise<Piece[][]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const pages: Piece[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ text: item.str.trim(), x: item.transform[4] ?? 0, y: item.transform[5] ?? 0 }]
          : [],
      ),
    );
  }
  return pages;
}

/** A table's rows on one page: the participant number of each row and the y of its first line. */
interface TableOnPage {
  page: number;
  /** The y of the header row (the highest header cell), or null when the page has no header. */
  headerY: number | null;
  rows: { number: number; y: number }[];
  /** The y of the lowest, highest and difference rows found on this page. */
  summary: { label: string; y: number }[];
}

/**
 * Finds a table on every page: rows by the pattern of their first cell, the header by its first and
 * last column heading on one line.
 */
function findTable(
  pages: Piece[][],
  rowPattern: RegExp,
  header: { first: string; last: string },
  { summaryLabels = [], maxX = Infinity }: { summaryLabels?: readonly string[]; maxX?: number } = {},
): TableOnPage[] {
  return pages.flatMap((pieces, index) => {
    const rows = pieces.flatMap((piece) => {
      const match = piece.x <= maxX ? rowPattern.exec(piece.text) : null;
      return match ? [{ number: Number(match[1]), y: piece.y }] : [];
    });
    const summary = pieces
      .filter((p) => summaryLabels.includes(p.text))
      .map((p) => ({ label: p.text, y: p.y }));
    if (rows.length === 0 && summary.length === 0) return [];
    const lasts = pieces.filter((p) => p.text === header.last);
    // A header cell may wrap over two lines: the first and last headings are within a line of each other.
    const heads = pieces.filter(
      (p) => p.text === header.first && lasts.some((last) => Math.abs(last.y - p.y) < 12),
    );
    const headerY = heads.length > 0 ? Math.max(...heads.map((h) => h.y)) : null;
    return [{ page: index + 1, headerY, rows, summary }];
  });
}

/** Every page with rows has the header above all of them: at least a line of text (8 pt) higher. */
function expectHeaderAboveRows(tables: TableOnPage[]) {
  for (const table of tables) {
    expect(table.headerY, `page ${table.page} has rows but no header`).not.toBeNull();
    for (const y of [...table.rows, ...table.summary].map((r) => r.y)) {
      expect(
        table.headerY! - y,
        `a row on page ${table.page} is not below the header`,
      ).toBeGreaterThanOrEqual(8);
    }
    // Rows never overlap each other either: two rows are at least a line apart.
    const ys = table.rows.map((r) => r.y).sort((a, b) => b - a);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i - 1]! - ys[i]!).toBeGreaterThanOrEqual(8);
  }
}

function participantNumbers(tables: TableOnPage[]): number[] {
  return tables.flatMap((t) => t.rows.map((r) => r.number));
}

function groupModel(count: number, language: Language): GroupReportModel {
  const files = createWorkshopParticipants(questionnaire, count);
  return buildGroupReportModel(
    questionnaire,
    files.map((file) => ({ file })),
    {},
    language,
  );
}

async function expectEveryRow(count: number, language: Language) {
  const model = groupModel(count, language);
  const started = performance.now();
  const buffer = await renderGroupReportToBuffer(model, DATE);
  const seconds = (performance.now() - started) / 1000;
  const pages = await readPages(buffer);
  const t = model.texts;
  const numbers = Array.from({ length: count }, (_, i) => i + 1);

  // The score table: "12. P12 (HR)" as the first line of the first cell; then lowest, highest, difference.
  const summaryLabels = [t.lowest, t.highest, t.difference];
  const scores = findTable(
    pages,
    /^(\d+)\. P(\d+)\b/,
    { first: t.participant, last: t.overall },
    { summaryLabels },
  );
  expect(participantNumbers(scores)).toEqual(numbers);
  for (const table of scores) {
    for (const row of table.rows) {
      expect(model.participants[row.number - 1]?.label.startsWith(`P${row.number}`)).toBe(true);
    }
  }
  const summary = scores.flatMap((table) => table.summary);
  expect(summary.map((s) => s.label)).toEqual(summaryLabels);
  const last = scores[scores.length - 1];
  // The summary rows come after the last participant, on the same page, in order.
  expect(last?.rows.map((r) => r.number)).toContain(count);
  const lastRowY = Math.min(...(last?.rows.map((r) => r.y) ?? []));
  expect(summary.every((s) => s.y < lastRowY)).toBe(true);
  expectHeaderAboveRows(scores);

  // The participants table: "12" in the first column (the left 6 % of the page's content), its header
  // "#" … "Totaalscore".
  const participants = findTable(pages, /^(\d+)$/, { first: '#', last: t.overall }, { maxX: 48 + 30 });
  expect(participantNumbers(participants)).toEqual(numbers);
  expectHeaderAboveRows(participants);

  // Each participant's whole label is in the report.
  const text = pages
    .flat()
    .map((p) => p.text)
    .join(' ')
    .replace(/-\s/g, '');
  for (const participant of model.participants) expect(text).toContain(participant.label);
  return { model, text, pages, seconds };
}

describe('the group report of a large workshop', () => {
  it('with 30 participants: every row in both tables, the summary rows, the header above the rows on every page', async () => {
    const { model, text } = await expectEveryRow(30, 'nl');
    // More than 15 participants: the chart summarises and the intro says so.
    expect(model.spread.showsEachParticipant).toBe(false);
    expect(text).toContain('Er zijn 30 deelnemers.');
    expect(text).toContain(model.spread.caption);
  }, 120_000);

  it('with 100 participants, in English: every row, the summary rows, the header above the rows on every page', async () => {
    const { seconds } = await expectEveryRow(100, 'en');
    console.info(`group report of 100 participants rendered in ${seconds.toFixed(1)} s`);
  }, 120_000);

  it('with 1,000 participants: every row, the summary rows, the header above the rows on every page', async () => {
    const { seconds, pages } = await expectEveryRow(1000, 'nl');
    console.info(
      `group report of 1,000 participants rendered in ${seconds.toFixed(1)} s (${pages.length} pages)`,
    );
  }, 300_000);
});
