/**
 * How the group report cuts a table with a row per participant into pages: from estimated row heights,
 * every row in exactly one chunk, in order, each chunk within its page, the summary rows with the last.
 */
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { createWorkshopParticipants } from '../../tests/fixtures/workshop-participants.ts';
import { buildGroupReportModel } from '../group-report-model.ts';
import { buildParticipantParts } from './group-participant-parts.tsx';
import {
  CONTENT_HEIGHT,
  estimateLines,
  estimateRowHeight,
  planTablePages,
  type TableColumn,
} from './group-table.tsx';
import { computeSpreadSummaryGeometry, scoreAtShare } from './spread-chart.tsx';

describe('estimateLines', () => {
  it('wraps at spaces like a line of text, and breaks a word longer than a line', () => {
    // 60 pt at 10 pt with 0.6 em per character: 10 characters a line.
    expect(estimateLines('', 60, 10)).toBe(1);
    expect(estimateLines('Medewerker', 60, 10)).toBe(1);
    expect(estimateLines('Medewerker met', 60, 10)).toBe(2);
    expect(estimateLines('Medewerker met mantelzorg', 60, 10)).toBe(3);
    expect(estimateLines('Ondernemingsraad', 60, 10)).toBe(2);
    expect(estimateLines('a Ondernemingsraadsleden', 60, 10)).toBe(3);
  });
});

describe('planTablePages', () => {
  it('fills each page, starts with the room left on the first, and keeps the summary with the last row', () => {
    const heights = Array.from({ length: 11 }, () => 20);
    // Header 10; first page room 70 (3 rows), then 110 (5 rows); the summary (30) needs the last page.
    expect(planTablePages(heights, 10, 70, 110)).toEqual([3, 5, 3]);
    expect(planTablePages(heights, 10, 70, 110, 30)).toEqual([3, 5, 3]);
    // The last page never holds fewer than three rows: it takes them from the page before.
    expect(planTablePages(heights.slice(0, 8), 10, 70, 110, 30)).toEqual([3, 2, 3]);
    expect(planTablePages(heights.slice(0, 9), 10, 70, 110)).toEqual([3, 3, 3]);
    expect(planTablePages([], 10, 70, 110)).toEqual([0]);
    // A row taller than a page still gets a chunk of its own: nothing is dropped.
    expect(planTablePages([20, 500, 20, 20], 10, 70, 110)).toEqual([1, 1, 2]);
  });

  it('places 1,000 participants: every row once and in order, each chunk within a page', () => {
    const columns: TableColumn[] = [
      { key: 'label', share: 0.4 },
      { key: 'role', share: 0.4 },
      { key: 'score', share: 0.2, isNumber: true },
    ];
    const rows = Array.from({ length: 1000 }, (_, i) => [
      `P${i + 1} (Ondernemingsraad of PVT)`,
      'Medewerker met mantelzorg',
      40,
    ]);
    const heights = rows.map((cells) => estimateRowHeight(cells, columns, 'body'));
    const header = estimateRowHeight(['Deelnemer', 'Rol', 'Totaalscore'], columns, 'body');
    const chunks = planTablePages(heights, header, 400, CONTENT_HEIGHT, 60);
    expect(chunks.reduce((a, b) => a + b, 0)).toBe(1000);
    let start = 0;
    chunks.forEach((size, index) => {
      const used = header + heights.slice(start, start + size).reduce((a, b) => a + b, 0);
      const isLast = index === chunks.length - 1;
      expect(used + (isLast ? 60 : 0)).toBeLessThanOrEqual(index === 0 ? 400 : CONTENT_HEIGHT);
      start += size;
    });
  });
});

describe('buildParticipantParts', () => {
  const questionnaire = loadShipped();
  const model = (count: number) =>
    buildGroupReportModel(
      questionnaire,
      createWorkshopParticipants(questionnaire, count).map((file) => ({ file })),
      {},
      'nl',
    );

  it('keeps a small group in one part, and cuts a large one into pages (a part per page of rows)', () => {
    expect(buildParticipantParts(model(3))).toHaveLength(1);
    // 1,000 participants: about 26 rows of each table per page, both tables.
    const parts = buildParticipantParts(model(1000));
    expect(parts.length).toBeGreaterThan(2 * (1000 / 30));
    expect(parts.length).toBeLessThan(2 * (1000 / 15));
  });
});

describe('the summary chart of a large group', () => {
  it('shows the lowest, the middle half, the middle and the highest score, all scores someone gave', () => {
    expect(scoreAtShare([], 0.5)).toBe(0);
    expect(scoreAtShare([10, 20, 30, 40], 0.5)).toBe(20);
    expect(scoreAtShare([10, 20, 30, 40], 0.25)).toBe(10);
    expect(scoreAtShare([10, 20, 30, 40], 0.75)).toBe(30);
    const scores = Array.from({ length: 1000 }, (_, i) => i % 101);
    const row = { id: 'overall' as const, label: 'Totaalscore', scores, min: 0, max: 100, range: 100 };
    const geometry = computeSpreadSummaryGeometry([row, { ...row, id: 'openness' as const }], 499);
    const [overall] = geometry.rows;
    expect(overall).toMatchObject({
      lowest: 0,
      highest: 100,
      median: 49,
      lowerQuartile: 24,
      upperQuartile: 74,
    });
    // The height does not grow with the number of participants.
    expect(geometry.height).toBe(computeSpreadSummaryGeometry([{ ...row, scores: [1, 2] }, row], 499).height);
    expect(overall!.bar.x + overall!.bar.width).toBeLessThanOrEqual(499);
  });
});
