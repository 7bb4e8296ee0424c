import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atLeast,
  atMost,
  formatBudgetTable,
  isWithin,
  makeBudget,
  median,
  ratio,
  readBenchResults,
  writeBenchResult,
} from './budgets.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([424, 164, 300, 280, 500, 290, 310])).toBe(300);
  });
  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
  it('does not change the values it is given', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it('divides to two decimals', () => {
    expect(ratio(424, 164)).toBe(2.59);
    expect(ratio(328, 164)).toBe(2);
  });
  it('is NaN when the floor is zero or not a number', () => {
    expect(ratio(424, 0)).toBeNaN();
    expect(ratio(424, Number.NaN)).toBeNaN();
  });
});

describe('a budget', () => {
  it('is within at the limit itself, and not one unit over it', () => {
    expect(atMost('first question', 250, 250, 'ms').within).toBe(true);
    expect(atMost('first question', 251, 250, 'ms').within).toBe(false);
  });
  it('with a lower bound is within at or above it', () => {
    expect(atLeast('performance', 95, 95, 'score').within).toBe(true);
    expect(atLeast('performance', 94, 95, 'score').within).toBe(false);
  });
  it('with an exact value is within only at that value', () => {
    expect(makeBudget('accessibility', 100, 'equal', 100, 'score').within).toBe(true);
    expect(makeBudget('accessibility', 98, 'equal', 100, 'score').within).toBe(false);
  });
  it('is never within when the figure is missing', () => {
    expect(isWithin(Number.NaN, 250, 'atMost')).toBe(false);
    expect(isWithin(Number.POSITIVE_INFINITY, 95, 'atLeast')).toBe(false);
  });
  it('keeps a note only when there is one', () => {
    expect(atMost('a', 1, 2, 'ms')).not.toHaveProperty('note');
    expect(atMost('a', 1, 2, 'ms', 'median of 7').note).toBe('median of 7');
  });
});

describe('the summary table', () => {
  it('shows every budget with its figure and names the ones not within', () => {
    const table = formatBudgetTable([
      { ...atMost('first question', 240, 250, 'ms'), bench: 'pdf' },
      { ...atLeast('results: performance', 84, 95, 'score'), bench: 'lighthouse' },
    ]);
    expect(table).toMatch(/pdf\s+first question\s+240 ms\s+≤ 250 ms\s+within/);
    expect(table).toMatch(/lighthouse\s+results: performance\s+84 score\s+≥ 95 score\s+NOT within/);
    expect(table.trim().split('\n').at(-1)).toBe('1 of 2 budgets NOT within: results: performance');
  });
  it('says so when all are within, and shows a missing figure as n/a', () => {
    expect(formatBudgetTable([atMost('a', 1, 2, 'ms')])).toContain('All 1 budgets within.');
    expect(formatBudgetTable([atMost('a', Number.NaN, 2, 'ms')])).toMatch(
      /a\s+n\/a ms\s+≤ 2 ms\s+NOT within/,
    );
  });
});

describe('bench results on disk', () => {
  it('are read back as written, skipping files that are not a bench result', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-results-'));
    writeBenchResult({ benchmark: 'pdf', budgets: [atMost('a', 1, 2, 'ms')], figures: { x: 1 } }, dir);
    writeBenchResult({ benchmark: 'lighthouse', budgets: [] }, dir);
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    const results = readBenchResults(dir);
    expect(results.map((r) => r.benchmark)).toEqual(['lighthouse', 'pdf']);
    expect(results[1]?.budgets[0]).toEqual(atMost('a', 1, 2, 'ms'));
    expect(results[1]?.writtenAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
  it('are none for a folder that does not exist', () => {
    expect(readBenchResults(join(tmpdir(), 'no-such-bench-folder-22'))).toEqual([]);
  });
});
