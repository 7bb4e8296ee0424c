/**
 * The action plan CSV, parsed back as Excel with Dutch settings reads it: `;`, UTF-8 with BOM.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { createExampleAnswers, type ExampleProfile } from '../../questionnaire/example-answers.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import type { ActionView, ReportModel } from '../report-model.ts';
import { buildReportModel } from '../report-model.ts';
import { buildActionPlanCsv, toCsvRow } from './action-plan-csv.ts';

const questionnaire = loadShipped();

function modelFor(profile: ExampleProfile, language: Language): ReportModel {
  const answers = createExampleAnswers(questionnaire, profile);
  return buildReportModel(questionnaire, createAnswersFile(questionnaire, answers), language);
}

const parseCsv = (csv: string): string[][] => parse(csv, { delimiter: ';', bom: true });

const dutch = modelFor('mixed', 'nl');
const english = modelFor('mixed', 'en');

/** The model with its first action changed, to put awkward text where the questionnaire has none. */
function withFirstAction(model: ReportModel, change: Partial<ActionView>): ReportModel {
  const [first, ...rest] = model.plan;
  if (!first) throw new Error('the model has no actions');
  return { ...model, plan: [{ ...first, ...change }, ...rest] };
}

describe('the action plan CSV', () => {
  it('has a header row in Dutch and one row per action of the whole plan, in rank order', () => {
    const [header, ...rows] = parseCsv(buildActionPlanCsv(dutch));
    expect(header).toEqual([
      'Nr.',
      'Thema',
      'Vraag',
      'Huidig antwoord',
      'Doel',
      'Tip',
      'Levert op (punten)',
      'Snel resultaat',
      'Nodig voor',
      'Al geregeld, kan beter',
      'Wie',
      'Wanneer',
    ]);
    // Every action, not only the report's first ten: the mixed example has more than 40.
    expect(dutch.plan.length).toBeGreaterThan(40);
    expect(rows).toHaveLength(dutch.plan.length);
    expect(rows.slice(0, dutch.actions.length).map((r) => r[0])).toEqual(
      dutch.actions.map((a) => String(a.rank)),
    );
    expect(rows).toEqual(
      dutch.plan.map((a) => [
        String(a.rank),
        a.themeTitle,
        a.question,
        a.current,
        a.target,
        a.tip?.title ?? '',
        String(a.gain).replace('.', ','),
        a.isQuickWin ? 'ja' : 'nee',
        a.neededFor ?? '',
        a.isFromInPlace ? 'ja' : 'nee',
        '',
        '',
      ]),
    );
    expect(new Set(rows.map((r) => r[9]))).toEqual(new Set(['ja', 'nee']));
  });

  it('has its header in English for an English model, with a decimal point and yes/no', () => {
    const [header, ...rows] = parseCsv(buildActionPlanCsv(english));
    expect(header?.[0]).toBe('No.');
    expect(header?.slice(-5)).toEqual(['Quick win', 'Needed for', 'In place, can be better', 'Who', 'When']);
    expect(rows.map((r) => r[6])).toEqual(english.plan.map((a) => String(a.gain)));
    expect(new Set(rows.map((r) => r[7]))).toEqual(new Set(['yes', 'no']));
  });

  it('writes a gain with a decimal comma in Dutch', () => {
    const csv = buildActionPlanCsv(dutch);
    const gains = parseCsv(csv)
      .slice(1)
      .map((r) => r[6]);
    // The fixture must have a gain with decimals, or this test proves nothing.
    expect(dutch.actions.some((a) => !Number.isInteger(a.gain))).toBe(true);
    for (const gain of gains) expect(gain).toMatch(/^\d+(,\d)?$/);
    expect(gains.some((g) => g?.includes(','))).toBe(true);
    // The gain column is not quoted: the comma is not the separator.
    expect(csv).toMatch(/;\d+,\d;(ja|nee);/);
  });

  it('starts with a byte order mark and ends every line with CRLF', () => {
    const csv = buildActionPlanCsv(dutch);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).subarray(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(dutch.plan.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines.join('')).not.toMatch(/[\r\n]/);
  });

  it('quotes text with quotes, semicolons and line breaks, and keeps markup as text', () => {
    const question = 'Zeg "ja"; of <b>nee</b>\nregel 2\r\nregel 3';
    const model = withFirstAction(dutch, {
      question,
      themeTitle: 'A;B',
      current: 'Onder "voorbehoud"',
      tip: { title: 'Tip & <i>truc</i>', text: '', example: null, hasLegalNote: false },
    });
    const csv = buildActionPlanCsv(model);
    expect(csv).toContain('"Zeg ""ja""; of <b>nee</b>\nregel 2\r\nregel 3"');
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(dutch.plan.length + 1);
    expect(rows[1]?.slice(1, 6)).toEqual([
      'A;B',
      question,
      'Onder "voorbehoud"',
      model.plan[0]?.target,
      'Tip & <i>truc</i>',
    ]);
    expect(rows[2]?.[0]).toBe('2');
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['=HYPERLINK("http://x";"klik")', `'=HYPERLINK("http://x";"klik")`],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
  ])('guards a cell against formulas: %j is read back as %j', (text, expected) => {
    const model = withFirstAction(dutch, { question: text, target: text });
    const row = parseCsv(buildActionPlanCsv(model))[1];
    expect(row?.[2]).toBe(expected);
    expect(row?.[4]).toBe(expected);
  });

  it('is only the header row when there are no actions', () => {
    const best = modelFor('best', 'nl');
    expect(best.plan).toEqual([]);
    const csv = buildActionPlanCsv(best);
    expect(parseCsv(csv)).toHaveLength(1);
    expect(csv.endsWith('Wie;Wanneer\r\n')).toBe(true);
  });
});

describe('toCsvRow', () => {
  it('joins with semicolons and quotes only what needs it', () => {
    expect(toCsvRow(['a', 'b c', 'd;e', 'f"g', 'h\ni', ''])).toBe('a;b c;"d;e";"f""g";"h\ni";');
  });

  it('guards before quoting, so a guarded cell with a separator is quoted whole', () => {
    expect(toCsvRow(['=1;2'])).toBe(`"'=1;2"`);
  });
});
