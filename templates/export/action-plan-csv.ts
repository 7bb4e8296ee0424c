/**
 * The action plan as a CSV file for Excel, so that HR staff can plan it in a spreadsheet.
 *
 * Written for Excel with Dutch settings, which reads a file by double-click only when it is shaped
 * like this: `;` as separator, UTF-8 with a byte order mark (without it Excel guesses an old code page
 * and breaks "’" and "é"), CRLF line ends, and a decimal comma in Dutch.
 */
import type { ReportModel } from '../report-model.ts';
import { formatDecimal } from '../format-decimal.ts';

const SEPARATOR = ';';
const LINE_END = '\r\n';
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A cell that starts with one of these is read by a spreadsheet as a formula (CSV injection, see
 * OWASP "CSV Injection"); a leading `'` makes it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A field with one of these must be quoted, its quotes doubled (RFC 4180, with `;` as separator). */
const NEEDS_QUOTES = /[;"\r\n]/;

/** One CSV line (without its line end): each cell guarded against formulas, and quoted where needed. */
export function toCsvRow(cells: readonly string[]): string {
  return cells
    .map((cell) => {
      const guarded = FORMULA_START.test(cell) ? `'${cell}` : cell;
      return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
    })
    .join(SEPARATOR);
}

/**
 * Builds the action plan as CSV text: a header row in the model's language, then one row per action of the whole
 * plan (`model.plan`, not only the report's first actions), in rank order: rank, theme, question, current answer,
 * target, tip (its title), gain (points on the overall score, decimal comma in Dutch), quick win (yes/no word), the
 * level the action is needed for (empty when none), whether it improves a practice already in place (yes/no word),
 * and two empty columns to fill in: who takes it up, and when. So HR can sort and filter the whole plan.
 * The text starts with a byte order mark and every line ends with CRLF.
 */
export function buildActionPlanCsv(model: ReportModel): string {
  const t = model.texts;
  const header = [
    t.exportRank,
    t.theme,
    t.exportQuestion,
    t.exportCurrent,
    t.goal,
    t.exportTip,
    `${t.gain} (${t.points})`,
    t.quickWin,
    t.unblocks,
    t.exportFromInPlace,
    t.exportOwner,
    t.exportDue,
  ];
  const rows = model.plan.map((action) => [
    String(action.rank),
    action.themeTitle,
    action.question,
    action.current,
    action.target,
    action.tip?.title ?? '',
    formatDecimal(action.gain, model.language),
    action.isQuickWin ? t.exportYes : t.exportNo,
    action.neededFor ?? '',
    action.isFromInPlace ? t.exportYes : t.exportNo,
    '',
    '',
  ]);
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => toCsvRow(row) + LINE_END).join('');
}
