/**
 * The report a board reads in two minutes, read back page by page: the summary on pages 1–2, no empty section, no
 * sentence repeated per item within a section, and findings as statements.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import {
  createAnswersFile,
  type Drafts,
  type Evidence,
  type Notes,
} from '../../questionnaire/answers-file.ts';
import { createExampleAnswers, type ExampleProfile } from '../../questionnaire/example-answers.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { scoreQuestionnaire } from '../../scoring/score-questionnaire.ts';
import { loadShipped } from '../../tests/fixtures/shipped.ts';
import { createLabels } from '../labels.ts';
import { buildReportModel, type ReportModel } from '../report-model.ts';
import { renderReportToBuffer } from './render-report.node.tsx';

const questionnaire = loadShipped();

interface Read {
  model: ReportModel;
  pages: string[];
  text: string;
}

const flat = (text: string) => text.replace(/-\n/g, '').replace(/\s+/g, ' ').trim();

async function read(
  profile: ExampleProfile,
  language: Language = 'nl',
  extra: { notes?: Notes; evidence?: Evidence; drafts?: Drafts } = {},
): Promise<Read> {
  const answers = createExampleAnswers(questionnaire, profile);
  const file = createAnswersFile(questionnaire, answers, { organisationName: 'De Linde', ...extra });
  const model = buildReportModel(questionnaire, file, language);
  const buffer = await renderReportToBuffer(model, '2026-12-07T10:00:00.000Z');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: false });
  const pages = text.map(flat);
  return { model, pages, text: pages.join(' ') };
}

/** The text with every question answered "weet niet" taken out: what is left must hold no question. */
function withoutQuotedQuestions(text: string, model: ReportModel, profile: ExampleProfile): string {
  const labels = createLabels(questionnaire, model.language);
  const result = scoreQuestionnaire(questionnaire, createExampleAnswers(questionnaire, profile));
  return [...result.toFindOut, ...result.unanswered].reduce(
    (rest, id) => rest.replaceAll(labels.question(id), ''),
    text,
  );
}

/** Splits the document at its section headings, in order; each part is one section. */
function sections(text: string, model: ReportModel): string[] {
  const t = model.texts;
  const headings = [
    t.summaryTopActions,
    t.legalCheck,
    t.strengths,
    t.actions,
    t.themes,
    t.toFindOut,
    t.evidence,
    t.application,
    t.nextSteps,
    t.figures,
    t.disclaimerTitle,
    t.appendix,
  ];
  const pattern = new RegExp(headings.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.split(pattern);
}

/** Sentences of six words or more that occur more than once within one section. */
function repeatedWithinSections(text: string, model: ReportModel): string[] {
  return sections(text, model).flatMap((section) => {
    const counts = new Map<string, number>();
    for (const sentence of section.split(/(?<=[.!?])\s+/)) {
      const clean = sentence.replace(/^[•✓☐–→]\s*/, '').trim();
      // An answer quoted as a value ("Nodig: “Altijd”.") may be the same for two questions; a sentence may not.
      if (
        clean.split(' ').length < 6 ||
        /^(Nodig|Uw antwoord|Nu|Doel|Needed|Your answer|Now|Goal):/.test(clean)
      )
        continue;
      counts.set(clean, (counts.get(clean) ?? 0) + 1);
    }
    return [...counts].filter(([, count]) => count > 1).map(([sentence]) => sentence);
  });
}

describe.each(['mixed', 'worst'] as const)('the board report for the %s example', (profile) => {
  const reading = read(profile);

  it('opens with a summary on pages 1 and 2: the level and why, what blocks, three actions, the legal check', async () => {
    const { model, pages } = await reading;
    const [first = '', second = '', third = ''] = pages;
    const summary = `${first} ${second}`;
    expect(first).toContain(`Uw niveau: ${model.level.label}`);
    expect(first).toContain(flat(model.level.description));
    expect(summary).toContain(model.blockersTitle);
    for (const blocker of model.blockers) expect(summary).toContain(flat(blocker.text));
    expect(summary).toContain(model.texts.summaryTopActions);
    for (const action of model.actions.slice(0, 3)) {
      expect(summary).toContain(`${action.rank}. ${action.tip?.title ?? action.question}`);
    }
    // Only the first three actions are in the summary.
    expect(summary).not.toContain(`4. ${model.actions[3]?.tip?.title ?? 'no fourth action'}`);
    expect(second).toContain(model.texts.legalCheck);
    for (const item of model.legalCheck.items) expect(summary).toContain(`${item.name} ${item.statusLabel}`);
    expect(summary).toContain(flat(`${model.legalCheck.deviation} (${model.legalCheck.asOf})`));
    expect(summary).toContain(flat(model.texts.shortDisclaimer));
    // The details start on page 3.
    expect(third).toContain(model.texts.strengths);
    expect(summary).not.toContain(model.texts.strengths);
  });

  it('leaves out the evidence folder and the draft of an organisation that does not prepare an application', async () => {
    const { model, text } = await reading;
    expect(model.preparesApplication).toBe(false);
    expect(text).not.toContain(model.texts.evidence);
    expect(text).not.toMatch(/0 van de \d+ stukken/);
    expect(text).not.toContain('U heeft hier nog niets geschreven');
    expect(text).toContain(flat(model.applicationPointer));
    expect(text.split(flat(model.applicationPointer))).toHaveLength(2);
  });

  it('says nothing twice within a section: no sentence is repeated per item', async () => {
    const { model, text } = await reading;
    const repeated = repeatedWithinSections(text, model);
    expect(repeated, repeated.join('\n')).toEqual([]);
    expect(text).not.toMatch(/Deze scan vraagt dat voor/);
    // The deviation note with the date: in the summary's legal table, the legal check and beside the legal tips.
    const note = flat(model.legalCheck.deviation);
    expect(text.split(note).length - 1).toBeLessThanOrEqual(sections(text, model).length);
  });

  it('states findings, and quotes a question only with the answer "weet niet"', async () => {
    const { model, pages } = await reading;
    const summary = `${pages[0]} ${pages[1]}`;
    const findings = [
      ...model.blockers.map((blocker) => blocker.text),
      ...model.actions.slice(0, 3).map((action) => action.finding),
      ...model.legalCheck.items.flatMap((item) => item.summary ?? []),
    ];
    for (const finding of findings) {
      expect(summary).toContain(flat(finding));
      expect(withoutQuotedQuestions(finding, model, profile), finding).not.toContain('?');
    }
  });
});

describe('the board report of an organisation that prepares its application', () => {
  const own = 'Wij praten elk jaar met iedereen over <b>werk & zorg</b>.\n\nDe OR denkt mee.';
  const reading = read('mixed', 'nl', {
    notes: { openness: 'Lunchlezing in maart.' },
    evidence: { 'embedding-vision': { have: true, where: 'Beleidsplan §2' } },
    drafts: { dialogue: own },
  });

  it('holds the evidence folder and the draft, with the text as edited and the suggestion marked as such', async () => {
    const { model, text } = await reading;
    expect(model.preparesApplication).toBe(true);
    expect(text).toContain(model.texts.evidence);
    expect(text).toContain('Waar: Beleidsplan §2');
    expect(text).toContain(model.application.title);
    expect(text).toContain(flat(own));
    expect(text).toContain(model.texts.applicationEdited);
    expect(text).toContain(model.texts.applicationSuggested);
    expect(text).toContain('Lunchlezing in maart.');
    expect(text).not.toContain(flat(model.applicationPointer));
    expect(repeatedWithinSections(text, model)).toEqual([]);
  });
});

describe('the board report in English', () => {
  it('opens with the same summary on pages 1 and 2', async () => {
    const { model, pages } = await read('mixed', 'en');
    expect(pages[0]).toContain(`Your level: ${model.level.label}`);
    expect(pages[1]).toContain('The three actions that matter most');
    expect(pages[1]).toContain('Legal check');
    expect(pages[2]).toContain(model.texts.strengths);
  });
});
