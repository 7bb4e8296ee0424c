/**
 * The group report of a large workshop, rendered in Node and read back page by page with the position of
 * every piece of text: every participant's row is in both tables, the lowest/highest/difference rows are
 * there, and on every page with rows the table's header is above them (a row laid over the header, or a
 * page of rows without a header, fails). The 1,000 case renders a 99-page PDF: one test, a long timeout.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../questionnaire/schema.ts';
import {
  expectHeaderAboveRows,
  findTable,
  participantNumbers,
  readPages,
} from '../../tests/fixtures/group-report-pages.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { createWorkshopParticipants } from '../../tests/fixtures/workshop-participants.ts';
import { buildGroupReportModel, type GroupReportModel } from '../group-report-model.ts';
import { renderGroupReportToBuffer } from './render-report.node.tsx';

const questionnaire = loadShipped();
const DATE = '2026-12-07T10:00:00.000Z';

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
