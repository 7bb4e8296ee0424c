/**
 * A fair verdict for three organisations an advisor meets every week, checked on the report model, in the PDF
 * read back and in the Word file read back: the level, the legal check's state per scheme, and its reason.
 * - A small employer that follows the law but has no handbook (fewer than 10 staff, no cao, no works council).
 * - A large care employer whose cao lawfully deviates (less than 70% during short-term care leave).
 * - A school: cao unknown, a participation council (MR).
 */
import { Packer } from 'docx';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { readDocxText } from '../tests/fixtures/docx-text.ts';
import { SMALL_EMPLOYER_WITHOUT_HANDBOOK } from '../tests/fixtures/organisations.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';
import { buildReportDocx } from './export/report-docx.ts';
import { renderReportToBuffer } from './pdf/render-report.node.tsx';
import { buildReportModel, type ReportModel } from './report-model.ts';

const questionnaire = loadShipped();
const best = createExampleAnswers(questionnaire, 'best');

const SMALL_EMPLOYER: Record<string, string> = { ...best, ...SMALL_EMPLOYER_WITHOUT_HANDBOOK };

/** Best answers everywhere, except that its cao pays less than 70% during short-term care leave. */
const CAO_EMPLOYER: Record<string, string> = {
  ...best,
  'intake-size': '250-or-more',
  'intake-sector': 'care-welfare',
  'intake-cao': 'yes',
  'intake-works-council': 'works-council',
  'legal-short-term-pay': 'per-cao',
  'legal-calamity-applied': 'per-cao',
};

/** A school that does not know whether a cao applies, with a participation council (MR). */
const SCHOOL: Record<string, string> = {
  ...best,
  'intake-size': '50-to-249',
  'intake-sector': 'education',
  'intake-cao': 'unknown',
  'intake-works-council': 'participation-council',
  'legal-long-term-written': 'partly',
};

const modelOf = (answers: Record<string, string>) =>
  buildReportModel(
    questionnaire,
    createAnswersFile(questionnaire, answers, { organisationName: 'Test' }),
    'nl',
  );

const statesOf = (model: ReportModel) =>
  Object.fromEntries(model.legalCheck.items.map((item) => [item.schemeId, item.status]));

async function pdfText(model: ReportModel): Promise<string> {
  const buffer = await renderReportToBuffer(model, '2026-12-07T10:00:00.000Z');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
  return text.replace(/-\n/g, '').replace(/\s+/g, ' ');
}

async function wordText(model: ReportModel): Promise<string> {
  const bytes = await Packer.toBuffer(buildReportDocx(model));
  return (await readDocxText(new Uint8Array(bytes))).replace(/\s+/g, ' ');
}

/**
 * Each legal check line as the PDF and Word show it: "name: state", then what is particular to it; and what each
 * state means, once.
 */
function expectLegalCheckIn(text: string, model: ReportModel) {
  for (const item of model.legalCheck.items) {
    expect(text).toContain(`${item.name}: ${item.statusLabel}`);
    if (item.reason) expect(text).toContain(item.reason.replace(/\s+/g, ' '));
  }
  for (const entry of model.legalCheck.legend) {
    const meaning = `${entry.label}: ${entry.meaning}`.replace(/\s+/g, ' ');
    expect(text).toContain(meaning);
    // Said once in the details (the summary's table has the same legend on page 2 of the PDF, at most).
    expect(text.split(meaning).length - 1).toBeLessThanOrEqual(2);
  }
}

describe('a small employer that follows the law but has no handbook', () => {
  const model = modelOf(SMALL_EMPLOYER);

  it('is "on the way": the law does not ask for a handbook, and no legal scheme is "not in order"', () => {
    expect(model.level.id).toBe('on-the-way');
    expect(model.level.description).toMatch(/de wettelijke punten die deze scan controleert/);
    expect(statesOf(model)).toEqual({
      calamiteitenverlof: 'applied-not-written',
      'kortdurend-zorgverlof': 'applied-not-written',
      'langdurend-zorgverlof': 'applied-not-written',
      'wet-flexibel-werken': 'in-order',
      'informatie-over-verlof': 'in-order',
    });
    // What "applied, not yet written down" means is said once; each scheme says what is not written down.
    const legend = model.legalCheck.legend.find((entry) => entry.status === 'applied-not-written');
    expect(legend?.meaning).toMatch(/Dat is genoeg voor de wet\. Beschrijf de regeling ook/);
    for (const item of model.legalCheck.items.filter((i) => i.status === 'applied-not-written')) {
      expect(item.reason).toMatch(/staat nog niet \(volledig\) beschreven/);
    }
  });

  it('is told that writing the schemes down is what "ready to apply" asks, with the reason', () => {
    const written = model.blockers.filter((b) => /staat nog niet \(volledig\) beschreven/.test(b.text));
    expect(written.length).toBe(3);
    for (const blocker of written) {
      expect(blocker.text).toMatch(/Nodig: “Geregeld”/);
      expect(blocker.reason).toMatch(/De wet vraagt geen personeelshandboek/);
    }
  });

  it('shows the same level and legal states in the PDF and in the Word file', async () => {
    for (const text of [await pdfText(model), await wordText(model)]) {
      expect(text).toContain('Uw niveau: Op weg');
      expectLegalCheckIn(text, model);
      expect(text).not.toContain('Niet op orde');
    }
  });
});

describe('an employer whose cao lawfully deviates', () => {
  const model = modelOf(CAO_EMPLOYER);

  it('is at the top level: following the cao is in order, and no action asks it to pay more', () => {
    expect(model.level.id).toBe('leading');
    expect(statesOf(model)).toEqual({
      calamiteitenverlof: 'in-order',
      'kortdurend-zorgverlof': 'in-order',
      'langdurend-zorgverlof': 'in-order',
      'wet-flexibel-werken': 'in-order',
      'informatie-over-verlof': 'in-order',
    });
    const shortTerm = model.legalCheck.items.find((i) => i.schemeId === 'kortdurend-zorgverlof');
    expect(shortTerm?.followsCao).toBe(true);
    expect(model.legalCheck.caoNote).toMatch(/Kijk in de cao-tekst/);
    expect(model.actions.map((a) => a.questionId)).not.toContain('legal-short-term-pay');
  });

  it('shows the cao note beside the state in the PDF and in the Word file', async () => {
    for (const text of [await pdfText(model), await wordText(model)]) {
      expect(text).toContain('Uw niveau: Voorloper');
      expectLegalCheckIn(text, model);
      expect(text).toContain(`${model.legalCheck.items[1]?.name}: Op orde (volgens de cao)`);
      // Once, not under every scheme that follows the cao.
      expect(text.split('Volgens uw antwoord volgt de organisatie hier de cao.').length - 1).toBe(1);
    }
  });

  it('is offered "as our cao provides" only with a cao (or when it may have one)', () => {
    const offered = (cao: string) =>
      scoreQuestionnaire(questionnaire, { ...CAO_EMPLOYER, 'intake-cao': cao }).questions.find(
        (q) => q.questionId === 'legal-short-term-pay',
      )?.status;
    expect(offered('yes')).toBe('per-cao');
    expect(offered('unknown')).toBe('per-cao');
    expect(offered('no')).toBe('unanswered');
  });
});

describe('a school with a participation council and no knowledge of its cao', () => {
  const model = modelOf(SCHOOL);

  it('names the MR, not the OR, in the deviation note, and tells the school to find out about its cao', () => {
    expect(model.legalCheck.deviation).toMatch(/\bMR\b/);
    expect(model.legalCheck.deviation).not.toMatch(/\b(OR|PVT)\b/);
    expect(model.legalCheck.deviation).toMatch(/Zoek uit of er een cao/);
  });

  it('is "on the way" with long-term care leave applied but not yet written down', async () => {
    expect(model.level.id).toBe('on-the-way');
    expect(statesOf(model)['langdurend-zorgverlof']).toBe('applied-not-written');
    for (const text of [await pdfText(model), await wordText(model)]) {
      expect(text).toContain('Uw niveau: Op weg');
      expectLegalCheckIn(text, model);
    }
  });
});
