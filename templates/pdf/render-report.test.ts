/**
 * The PDF report, rendered in Node and read back as text: what an employer will see in the document.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { createExampleAnswers, type ExampleProfile } from '../../questionnaire/example-answers.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { scoreQuestionnaire } from '../../scoring/score-questionnaire.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { REPORT_TEXTS } from '../content/report-texts.ts';
import { buildReportModel } from '../report-model.ts';
import { NODE_FONT_SOURCES, renderReportToBuffer } from './render-report.node.tsx';

const questionnaire = loadShipped();
const ORGANISATION = '<script>alert(1)</script> & Zn. "’t Hoekje"';

async function renderAndRead(profile: ExampleProfile, language: Language, organisationName = ORGANISATION) {
  const answers = createExampleAnswers(questionnaire, profile);
  const model = buildReportModel(
    questionnaire,
    createAnswersFile(questionnaire, answers, { organisationName }),
    scoreQuestionnaire(questionnaire, answers),
    language,
  );
  const buffer = await renderReportToBuffer(model, '2026-11-22T10:00:00.000Z');
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  // Join words that were hyphenated at the end of a line, and fold white space.
  const flat = text.replace(/-\n/g, '').replace(/\s+/g, ' ');
  return { model, totalPages, text: flat, bytes: buffer };
}

const HEADINGS_NL = [
  REPORT_TEXTS.summary.nl,
  REPORT_TEXTS.actions.nl,
  REPORT_TEXTS.themes.nl,
  REPORT_TEXTS.legalCheck.nl,
  REPORT_TEXTS.toFindOut.nl,
  REPORT_TEXTS.evidence.nl,
  REPORT_TEXTS.nextSteps.nl,
  REPORT_TEXTS.figures.nl,
  REPORT_TEXTS.disclaimerTitle.nl,
  REPORT_TEXTS.appendix.nl,
];
const THEMES_NL = ['Bespreekbaarheid', 'Wettelijke regelingen', 'Flexibel werken', 'Maatwerk', 'Borging'];

describe.each(['best', 'worst', 'mixed'] as const)('the PDF report for the %s answers', (profile) => {
  it('holds every section, the level, the themes, the legal facts and the organisation name as typed', async () => {
    const { model, totalPages, text, bytes } = await renderAndRead(profile, 'nl');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    for (const heading of HEADINGS_NL) expect(text).toContain(heading);
    expect(text).toContain(`Uw niveau: ${model.level.label}`);
    for (const theme of THEMES_NL) expect(text).toContain(theme);
    for (const fact of [
      '2 keer de werkuren per week',
      '6 keer de werkuren per week',
      '70%',
      '26 weken',
      '2 maanden',
      'stand 2025',
    ]) {
      expect(text).toContain(fact);
    }
    expect(text).toContain(ORGANISATION);
    expect(text).toContain('22 november 2026');
    expect(text).toContain(`Pagina 2 van ${totalPages}`);
    expect(totalPages).toBeGreaterThanOrEqual(8);
    expect(totalPages).toBeLessThanOrEqual(30);
  });
});

describe('the PDF report', () => {
  it('is written in English with --lang en', async () => {
    const { model, text } = await renderAndRead('mixed', 'en');
    for (const heading of [
      'Summary',
      'Action plan: start here',
      'Legal check',
      'Evidence folder for the Erkenning',
      'Appendix: all questions and your answers',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`Your level: ${model.level.label}`);
    expect(text).toContain('twice the weekly working hours');
    expect(text).toContain('six times the weekly working hours');
    expect(text).toContain('Page 2 of');
    expect(text).not.toContain('Samenvatting');
  });

  it('prints €, ≥, ✓ and typographic quotes literally', async () => {
    const { text } = await renderAndRead('best', 'nl', '€ 1 ≥ ✓ „Zorg” ‘t Anker’');
    expect(text).toContain('€ 1 ≥ ✓ „Zorg” ‘t Anker’');
  });

  it('uses a bundled font that has a glyph for every character the report can print', () => {
    const font = fontkit.create(readFileSync(NODE_FONT_SOURCES.regular)) as fontkit.Font;
    const bold = fontkit.create(readFileSync(NODE_FONT_SOURCES.bold)) as fontkit.Font;
    const texts = new Set<string>();
    const collect = (value: unknown) => {
      if (typeof value === 'string') texts.add(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(questionnaire);
    collect(REPORT_TEXTS);
    for (const language of ['nl', 'en'] as const) {
      for (const profile of ['best', 'worst', 'mixed'] as const) {
        const answers = createExampleAnswers(questionnaire, profile);
        collect(
          buildReportModel(
            questionnaire,
            createAnswersFile(questionnaire, answers),
            scoreQuestionnaire(questionnaire, answers),
            language,
          ),
        );
      }
    }
    const characters = new Set([...[...texts].join(''), ...'€≥✓☐•“”‘’„']);
    const missing = [...characters].filter(
      (char) =>
        char.trim() !== '' &&
        (!font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) ||
          !bold.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)),
    );
    expect(missing).toEqual([]);
  });
});
