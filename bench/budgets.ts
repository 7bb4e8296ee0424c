/**
 * What every bench shares: medians and ratios of its figures, each budget of issue 22 ("trust and speed") with
 * its figure and whether it is within, and the file each bench leaves for the summary of `npm run bench`.
 *
 * Figures, not pass/fail: a bench that misses a budget still exits 0 (the summary says which are not within).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where each bench writes its JSON result (`<bench>.json`), for the summary of `npm run bench`. */
export const BENCH_RESULTS_DIR = join(import.meta.dirname, '..', 'node_modules', '.tmp', 'bench');

/** The median of the values (the mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/** a / b to two decimals (1.96 means a took 1.96 times as long as b); NaN when b is not positive. */
export function ratio(a: number, b: number): number {
  if (!(b > 0)) return Number.NaN;
  return Math.round((a / b) * 100) / 100;
}

/** How a figure must relate to its budget. */
export type BudgetRule = 'atMost' | 'atLeast' | 'equal';

export interface Budget {
  /** What is measured, in words, e.g. "first question, fresh context, unthrottled". */
  name: string;
  figure: number;
  budget: number;
  rule: BudgetRule;
  /** "ms", "kB", "×", "score", … */
  unit: string;
  within: boolean;
  /** How the figure was taken (median of how many runs), when it is not clear from the name. */
  note?: string;
}

/** Whether a figure is within its budget; a figure that is not a number (a failed measure) never is. */
export function isWithin(figure: number, budget: number, rule: BudgetRule): boolean {
  if (!Number.isFinite(figure)) return false;
  if (rule === 'atMost') return figure <= budget;
  if (rule === 'atLeast') return figure >= budget;
  return figure === budget;
}

export function makeBudget(
  name: string,
  figure: number,
  rule: BudgetRule,
  budget: number,
  unit: string,
  note?: string,
): Budget {
  return {
    name,
    figure,
    budget,
    rule,
    unit,
    within: isWithin(figure, budget, rule),
    ...(note ? { note } : {}),
  };
}

export const atMost = (name: string, figure: number, budget: number, unit: string, note?: string) =>
  makeBudget(name, figure, 'atMost', budget, unit, note);
export const atLeast = (name: string, figure: number, budget: number, unit: string, note?: string) =>
  makeBudget(name, figure, 'atLeast', budget, unit, note);

const RULE_SIGNS: Record<BudgetRule, string> = { atMost: '≤', atLeast: '≥', equal: '=' };

/** One budget as a line of the summary table's cells: name, figure, budget, within. */
function cells(entry: Budget & { bench?: string }): string[] {
  const show = (value: number) => (Number.isFinite(value) ? String(value) : 'n/a');
  return [
    entry.bench ?? '',
    entry.name,
    `${show(entry.figure)} ${entry.unit}`,
    `${RULE_SIGNS[entry.rule]} ${entry.budget} ${entry.unit}`,
    entry.within ? 'within' : 'NOT within',
  ];
}

/** The budgets as a plain-text table, and a last line that names every budget that is not within. */
export function formatBudgetTable(budgets: readonly (Budget & { bench?: string })[]): string {
  const rows = [['bench', 'budget', 'figure', 'budget', 'within'], ...budgets.map(cells)];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '));
  const missed = budgets.filter((entry) => !entry.within);
  lines.push(
    '',
    missed.length === 0
      ? `All ${budgets.length} budgets within.`
      : `${missed.length} of ${budgets.length} budgets NOT within: ${missed.map((entry) => entry.name).join('; ')}`,
  );
  return lines.join('\n');
}

/** A bench's result as it leaves it for the summary: its JSON output with the budgets it measured. */
export interface BenchResult {
  benchmark: string;
  budgets: Budget[];
  [figures: string]: unknown;
}

/**
 * Writes a bench's result, with when it was written, to `BENCH_RESULTS_DIR/<benchmark>.json` (the summary of
 * `npm run bench` reads it).
 */
export function writeBenchResult(result: BenchResult, dir: string = BENCH_RESULTS_DIR): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${result.benchmark}.json`);
  writeFileSync(file, `${JSON.stringify({ ...result, writtenAt: new Date().toISOString() }, null, 2)}\n`);
  return file;
}

/** Reads the results the benches left in `dir`, in file name order; files that are not a bench's result are skipped. */
export function readBenchResults(dir: string = BENCH_RESULTS_DIR): BenchResult[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const data: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    return isBenchResult(data) ? [data] : [];
  });
}

function isBenchResult(data: unknown): data is BenchResult {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { benchmark?: unknown }).benchmark === 'string' &&
    Array.isArray((data as { budgets?: unknown }).budgets)
  );
}
