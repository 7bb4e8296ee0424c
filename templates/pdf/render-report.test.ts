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
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { pickReportTexts } from '../content/report-texts.ts';
import { buildReportModel } from '../report-model.ts';
import { collectReportCharacters } from './font-subset.ts';
import { NODE_FONT_SOURCES, renderReportToBuffer } from './render-report.node.tsx';

const questionnaire = loadShipped();
const ORGANISATION = '<script>alert(1)</script> & Zn. "’t Hoekje"';

async function renderAndRead(
  profile: ExampleProfile,
  language: Language,
  organisationName = ORGANISATION,
  intake: Record<string, string> = {},
) {
  const answers = { ...createExampleAnswers(questionnaire, profile), ...intake };
  const model = buildReportModel(
    questionnaire,
    createAnswersFile(questionnaire, answers, { organisationName }),
    language,
  );
  const buffer = await renderReportToBuffer(model, '2026-11-22T10:00:00.000Z');
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  // Join words that were hyphenated at the end of a line, and fold white space.
  const flat = text.replace(/-\n/g, '').replace(/\s+/g, ' ');
  return { model, totalPages, text: flat, bytes: buffer };
}

const NL = pickReportTexts('nl');
const HEADINGS_NL = [
  NL.summaryTopActions,
  NL.strengths,
  NL.actions,
  NL.themes,
  NL.legalCheck,
  NL.toFindOut,
  'Uw aanvraag voorbereiden: een eerste opzet',
  NL.nextSteps,
  NL.figures,
  NL.disclaimerTitle,
  NL.appendix,
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
      'of dienstbelang mag de werkgever',
      'stand 1 januari 2026',
      'niet gemaakt door of voor Werk&Mantelzorg',
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
      'The three actions that matter most',
      'Action plan: start here',
      'Legal check',
      'Preparing your application: a first draft',
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

  it('holds the evidence folder with what is collected and where, and the application draft with a note as typed', async () => {
    const note = 'Lunchlezing <b>"Werk & zorg"</b> in maart; mantelzorgcafé';
    const answers = createExampleAnswers(questionnaire, 'mixed');
    const model = buildReportModel(
      questionnaire,
      createAnswersFile(questionnaire, answers, {
        organisationName: 'De Linde',
        notes: { openness: note },
        evidence: { 'embedding-vision': { have: true, where: 'Beleidsplan §2' } },
      }),
      'nl',
    );
    const buffer = await renderReportToBuffer(model, '2026-11-22T10:00:00.000Z');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
    const flat = text.replace(/-\n/g, '').replace(/\s+/g, ' ');
    expect(flat).toContain(model.evidence.countLine);
    expect(flat).toContain('In uw map:');
    expect(flat).toContain('Waar: Beleidsplan §2');
    expect(flat).toContain('Uw aanvraag voorbereiden: een eerste opzet');
    for (const question of model.application.questions) expect(flat).toContain(question.question);
    expect(flat).toContain(note);
    expect(flat).toContain('erkenningscommissie');
  });

  it('prints €, ≥, ✓ and typographic quotes literally', async () => {
    const { text } = await renderAndRead('best', 'nl', '€ 1 ≥ ✓ „Zorg” ‘t Anker’');
    expect(text).toContain('€ 1 ≥ ✓ „Zorg” ‘t Anker’');
  });

  it('uses bundled subset fonts that have a glyph for every character the report can print', () => {
    const fonts = [NODE_FONT_SOURCES.regular, NODE_FONT_SOURCES.bold].map(
      (path) => fontkit.create(readFileSync(path)) as fontkit.Font,
    );
    const missing = [...collectReportCharacters(questionnaire)].filter(
      (char) => !fonts.every((font) => font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)),
    );
    expect(missing).toEqual([]);
  });

  it('prints a character outside the fonts as �, never as another letter, and leaves out invisible ones', async () => {
    // 漢 and ☺ are not in the subset fonts; react-pdf's Helvetica fallback would print them as " and :.
    const { text } = await renderAndRead('best', 'nl', 'Zorg ☺ 漢字 👍\uFE0F B.V.');
    expect(text).toContain('Zorg \uFFFD \uFFFD\uFFFD \uFFFD B.V.');
  });
});

// Three organisations whose legal situation differs; each report, read back from the PDF, must be true for it.
describe('the PDF report is true for the organisation it is about', () => {
  it('for a small employer: no Wet flexibel werken deadlines, its own arrangement and the 2022 rules instead', async () => {
    const { text } = await renderAndRead('mixed', 'nl', 'Bakkerij Klein', {
      'intake-size': 'fewer-than-10',
      'intake-works-council': 'none',
    });
    expect(text).toContain('Aanpassen van werkuren');
    expect(text).toMatch(/geldt grotendeels niet voor werkgevers met minder dan 10 medewerkers/);
    expect(text).toContain('2 augustus 2022');
    expect(text).not.toMatch(/\b26 weken|\b1 maand voor|\b2 maanden voor/);
    expect(text).not.toMatch(/gelden alle vier/);
  });

  it('for an employer without a cao and without a works council: the law as written, no OR advice', async () => {
    const { text } = await renderAndRead('worst', 'nl', 'Zonder Cao B.V.', {
      'intake-size': '10-to-49',
      'intake-cao': 'no',
      'intake-works-council': 'none',
    });
    expect(text).toContain('Zonder cao en zonder OR of PVT gelden de wettelijke regels');
    expect(text).not.toMatch(/\buw cao\b/i);
    expect(text).not.toMatch(/Betrek de OR|met de OR of PVT bespreken|uw OR\b/);
    expect(text).toContain('26 weken');
  });

  it('for an employer with roster work: the roster questions and tips, in the report and its appendix', async () => {
    const { text } = await renderAndRead('worst', 'nl', 'Zorg Rooster', {
      'intake-sector': 'care-welfare',
      'intake-roster': 'all',
      'intake-cao': 'yes',
      'intake-works-council': 'works-council',
    });
    const roster = questionnaire.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.id.startsWith('flex-roster'))
      .map((q) => q.text.nl);
    for (const question of roster) expect(text).toContain(question);
    const flexTimes = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === 'flex-times');
    // With all work roster-bound, the question about flexible start and end times is not asked.
    expect(text).toContain(`${flexTimes?.text.nl} Niet gevraagd`);
    expect(text).toContain('1 op 3');
    expect(text).toContain('Uw cao of een regeling met uw OR');
  });
});
