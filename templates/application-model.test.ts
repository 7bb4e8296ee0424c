import { describe, expect, it } from 'vitest';
import { createAnswersFile, type Drafts, type Evidence, type Notes } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { findQuestion, listThemes } from '../questionnaire/questions.ts';
import type { Language } from '../questionnaire/schema.ts';
import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { APPLICATION_QUESTIONS } from './content/application-texts.ts';
import { buildReportModel } from './report-model.ts';

const questionnaire = loadShipped();
const mini = loadMiniQuestionnaire();
const best = createExampleAnswers(questionnaire, 'best');
const worst = createExampleAnswers(questionnaire, 'worst');
const mixed = createExampleAnswers(questionnaire, 'mixed');

function modelFor(
  answers: Record<string, string>,
  extra: { notes?: Notes; evidence?: Evidence; drafts?: Drafts } = {},
  language: Language = 'nl',
) {
  return buildReportModel(questionnaire, createAnswersFile(questionnaire, answers, extra), language);
}

const NOTE = 'Lunchlezing <b>"Werk & zorg"</b> in maart;\nmantelzorgcafé =SUM(A1)';

describe('the application questions', () => {
  it('place every scale question of the shipped questionnaire under exactly one question', () => {
    const scale = listThemes(questionnaire).flatMap((theme) =>
      theme.questions.filter((q) => q.type === 'scale').map((q) => q.id),
    );
    const placed = APPLICATION_QUESTIONS.flatMap((aq) => aq.questions);
    expect([...placed].sort()).toEqual([...scale].sort());
  });

  it('take the notes of every theme under exactly one question, so that no note is repeated', () => {
    const themes = APPLICATION_QUESTIONS.flatMap((aq) => aq.noteThemes);
    expect([...themes].sort()).toEqual(
      listThemes(questionnaire)
        .map((t) => t.id)
        .sort(),
    );
  });
});

describe('the application draft', () => {
  it('asks the four open questions, says it is a start, that the committee decides, and where to apply', () => {
    for (const language of ['nl', 'en'] as const) {
      const draft = modelFor(mixed, {}, language).application;
      expect(draft.questions.map((q) => q.id)).toEqual(['awareness', 'dialogue', 'solutions', 'embedding']);
      expect(draft.questions.map((q) => q.label)).toEqual(
        language === 'nl'
          ? ['Vraag 1', 'Vraag 2', 'Vraag 3', 'Vraag 4']
          : ['Question 1', 'Question 2', 'Question 3', 'Question 4'],
      );
    }
    const nl = modelFor(mixed).application;
    expect(nl.notice).toMatch(/erkenningscommissie/);
    expect(nl.notice).toMatch(/website van Werk&Mantelzorg/);
    expect(`${nl.intro} ${nl.notice}`).not.toMatch(/voldoet aan|krijgt de Erkenning|komt in aanmerking/);
    expect(nl.intro).toMatch(/uw eigen tekst/);
  });

  it('for the best answers: a suggested text of what is in place, as statements, and no gaps', () => {
    const draft = modelFor(best).application;
    for (const question of draft.questions) {
      expect(question.isEdited).toBe(false);
      expect(question.text).toBe(question.suggestion);
      expect(question.text.length).toBeGreaterThan(50);
      // Prose made of findings: sentences that end with a full stop, never a question.
      expect(question.text).toMatch(/\.$/);
      expect(question.text).not.toMatch(/\?/);
      expect(question.gaps).toEqual([]);
    }
    const awareness = draft.questions[0];
    expect(awareness?.text).toMatch(/^De organisatie weet .*hoeveel medewerkers mantelzorger zijn\. /);
  });

  it('for the worst answers: no suggested text, and the most important gaps first, at most three', () => {
    const model = modelFor(worst);
    const result = scoreQuestionnaire(questionnaire, worst);
    for (const [index, question] of model.application.questions.entries()) {
      expect(question.text).toBe('');
      expect(question.gaps.length).toBeGreaterThan(0);
      expect(question.gaps.length).toBeLessThanOrEqual(3);
      const ids = new Set(APPLICATION_QUESTIONS[index]?.questions);
      const firstAction = result.actions.find((action) => ids.has(action.questionId));
      // The gap is stated as a finding, never as the question.
      const placed = questionnaire.sections
        .flatMap((s) => s.questions)
        .find((q) => q.id === firstAction?.questionId);
      expect(question.gaps[0]).toBe(placed?.type === 'scale' ? placed.findings.notYet.nl : undefined);
      for (const gap of question.gaps) expect(gap).not.toMatch(/\?$/);
    }
  });

  it("for mixed answers with notes: each note once, exactly as typed, at the start of its question's text", () => {
    const draft = modelFor(mixed, { notes: { openness: NOTE, embedding: 'OR-overleg 2025' } }).application;
    const [awareness, dialogue, solutions, embedding] = draft.questions;
    expect(awareness?.text.startsWith(`${NOTE}\n\n`)).toBe(true);
    expect(embedding?.text.startsWith('OR-overleg 2025')).toBe(true);
    // The same note is never under two questions.
    for (const question of [dialogue, solutions, embedding]) expect(question?.text).not.toContain(NOTE);
    const all = draft.questions.map((q) => q.text).join('\n');
    expect(all.split(NOTE).length - 1).toBe(1);
    expect(draft.questions.some((q) => q.text !== '' && q.gaps.length > 0)).toBe(true);
  });

  it('leaves out a note of only spaces', () => {
    const model = modelFor(mixed, { notes: { openness: '   \n ' } });
    expect(model.notes).toEqual([]);
    expect(model.application.questions[0]?.text).toBe(modelFor(mixed).application.questions[0]?.text);
  });

  it("takes the organisation's own text as typed, also an emptied one, and keeps the suggestion beside it", () => {
    const own = 'Wij <i>organiseren</i> elk jaar een lunch;\n\n"Werk & zorg" =1';
    const model = modelFor(mixed, { drafts: { dialogue: own, embedding: '' } });
    const [awareness, dialogue, , embedding] = model.application.questions;
    expect(dialogue).toMatchObject({ text: own, isEdited: true });
    expect(dialogue?.suggestion).not.toBe(own);
    expect(embedding).toMatchObject({ text: '', isEdited: true });
    expect(awareness?.isEdited).toBe(false);
    expect(model.preparesApplication).toBe(true);
  });

  it('knows whether the organisation prepares an application: a note, a tick or a draft', () => {
    expect(modelFor(mixed).preparesApplication).toBe(false);
    expect(modelFor(mixed, { notes: { openness: '  ' } }).preparesApplication).toBe(false);
    expect(
      modelFor(mixed, { evidence: { 'openness-awareness': { have: false, where: 'x' } } })
        .preparesApplication,
    ).toBe(false);
    expect(modelFor(mixed, { notes: { openness: 'Lunch' } }).preparesApplication).toBe(true);
    expect(
      modelFor(mixed, { evidence: { 'openness-awareness': { have: true, where: '' } } }).preparesApplication,
    ).toBe(true);
    expect(modelFor(mixed, { drafts: { awareness: '' } }).preparesApplication).toBe(true);
  });

  it('lists what to find out among the gaps when the answer was "weet niet"', () => {
    const answers = { ...best, 'embedding-vision': 'unknown' };
    const embedding = modelFor(answers).application.questions[3];
    expect(embedding?.gaps).toEqual([
      'Zoek uit: Heeft de directie een visie op werk en zorg voor een naaste op papier gezet?',
    ]);
  });

  it('names the evidence the organisation has in the suggested text, with where it is', () => {
    const model = modelFor(best, {
      evidence: {
        'embedding-vision': { have: true, where: 'Beleidsplan 2026, p. 4' },
        'embedding-owner': { have: false, where: 'nog zoeken' },
      },
    });
    const embedding = model.application.questions[3]?.text ?? '';
    expect(embedding).toMatch(/Stukken die dit laten zien: .+ \(Beleidsplan 2026, p\. 4\)\.$/);
    expect(embedding).not.toContain('nog zoeken');
  });
});

describe('the evidence folder', () => {
  it('marks what is collected, what is in place but not collected, and what to arrange first', () => {
    const answers = { ...mixed, 'embedding-vision': 'none', 'embedding-owner': 'owner-time' };
    const folder = modelFor(answers, {
      evidence: {
        'embedding-vision': { have: true, where: ' map ' },
        'openness-onboarding': { have: false, where: 'intranet' },
      },
    }).evidence;
    const items = new Map(folder.groups.flatMap((g) => g.items.map((item) => [item.questionId, item])));
    expect(items.get('embedding-vision')).toMatchObject({
      status: 'collected',
      statusLabel: 'In uw map',
      where: ' map ',
    });
    expect(items.get('embedding-owner')?.status).toBe('to-collect');
    expect(items.get('openness-onboarding')?.status).not.toBe('collected');
    expect(folder.collected).toBe(1);
    expect(folder.countLine).toBe(`1 van de ${folder.total} stukken heeft u al.`);
  });

  it('ignores ticks for hidden questions', () => {
    const result = scoreQuestionnaire(questionnaire, mixed);
    const hiddenId = result.questions.find((r) => r.status === 'hidden')?.questionId ?? 'none hidden';
    expect(findQuestion(questionnaire, hiddenId)?.question.type).toBe('scale');
    const model = modelFor(mixed, { evidence: { [hiddenId]: { have: true, where: 'x' } } });
    const ids = model.evidence.groups.flatMap((g) => g.items.map((item) => item.questionId));
    expect(ids).not.toContain(hiddenId);
    expect(ids.length).toBeGreaterThan(30);
    expect(model.evidence.collected).toBe(0);
    expect(model.application.questions.map((q) => q.text).join(' ')).not.toContain(
      'Stukken die dit laten zien',
    );
  });

  it('ignores ticks for questions answered "niet van toepassing"', () => {
    const file = createAnswersFile(
      mini,
      { o1: 'arranged', o2: 'not-applicable' },
      { evidence: { o1: { have: true, where: '' }, o2: { have: true, where: 'y' } } },
    );
    const folder = buildReportModel(mini, file, 'nl').evidence;
    const ids = folder.groups.flatMap((g) => g.items.map((item) => item.questionId));
    expect(ids).toContain('o1');
    expect(ids).not.toContain('o2');
    expect(folder.collected).toBe(1);
  });

  it('says it is our suggestion, not an official list', () => {
    expect(modelFor(mixed).evidence.intro).toMatch(/geen officiële lijst/);
    expect(modelFor(mixed, {}, 'en').evidence.intro).toMatch(/no official list/);
  });
});
