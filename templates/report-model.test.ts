import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import type { Language } from '../questionnaire/schema.ts';
import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { buildReportModel } from './report-model.ts';

const questionnaire = loadShipped();
const best = createExampleAnswers(questionnaire, 'best');
const worst = createExampleAnswers(questionnaire, 'worst');
const mixed = createExampleAnswers(questionnaire, 'mixed');

function modelFor(answers: Record<string, string>, language: Language = 'nl', organisationName?: string) {
  const file = createAnswersFile(questionnaire, answers, organisationName ? { organisationName } : {});
  return buildReportModel(questionnaire, file, scoreQuestionnaire(questionnaire, answers), language);
}

describe('buildReportModel', () => {
  it.each([
    ['start', worst],
    ['on-the-way', { ...best, 'openness-annual-conversation': 'sometimes' }],
    ['ready', { ...best, 'embedding-evaluation': 'occasionally' }],
    ['leading', best],
  ] as const)('gives the label and the meaning of level %s, in Dutch and in English', (levelId, answers) => {
    const level = questionnaire.levels.find((l) => l.id === levelId);
    for (const language of ['nl', 'en'] as const) {
      const model = modelFor(answers, language);
      expect(model.level).toEqual({
        id: levelId,
        label: level?.label[language],
        description: level?.description[language],
      });
    }
  });

  it('names the missing must-have that blocks the next level, with the answer needed', () => {
    const model = modelFor({ ...best, 'openness-annual-conversation': 'sometimes' });
    expect(model.nextLevel).toEqual({ id: 'ready', label: 'Erkenningsklaar' });
    expect(model.blockers).toEqual([
      'Onmisbaar voor “Erkenningsklaar”: “Is mantelzorg een vast onderwerp in het jaargesprek of ontwikkelgesprek?” Nodig: minstens “Meestal”; nu: “Soms”.',
    ]);
    expect(model.recognitionReady).toBe(false);
  });

  it('says nothing blocks at the top level', () => {
    const model = modelFor(best);
    expect(model.nextLevel).toBeNull();
    expect(model.blockers).toEqual([]);
    expect(model.actions).toEqual([]);
  });

  it('orders the action plan: what blocks the next level first, then the largest gain per effort', () => {
    const model = modelFor(mixed);
    const result = scoreQuestionnaire(questionnaire, mixed);
    expect(model.actions.map((a) => a.questionId)).toEqual(
      result.actions.slice(0, 10).map((a) => a.questionId),
    );
    expect(model.actions.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Groups: needed for the next level, then for the level after it, then the rest.
    const group = (neededFor: string | null) => ['Erkenningsklaar', 'Voorloper', null].indexOf(neededFor);
    const groups = model.actions.map((a) => group(a.neededFor));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    expect(groups[0]).toBe(0);
    // Within a group, actions of the same effort come in order of gain.
    for (const g of new Set(groups)) {
      for (const isQuickWin of [true, false]) {
        const gains = model.actions
          .filter((a) => group(a.neededFor) === g && a.isQuickWin === isQuickWin)
          .map((a) => a.gain);
        expect(gains).toEqual([...gains].sort((a, b) => b - a));
      }
    }
    for (const action of model.actions) {
      expect(action.gain).toBeGreaterThan(0);
      expect(action.tip?.title).toBeTruthy();
      expect(action.current).not.toBe(action.target);
    }
  });

  it('adds a real cao example to a tip where one fits', () => {
    const model = modelFor(worst);
    const withExample = model.actions.filter((a) => a.tip?.example);
    const all = scoreQuestionnaire(questionnaire, worst).actions;
    const tipsWithExamples = all.filter((a) => questionnaire.tips[a.tips[0] ?? '']?.examples.length);
    expect(tipsWithExamples.length).toBeGreaterThan(0);
    for (const action of withExample) expect(action.tip?.example?.source).toMatch(/Werk&Mantelzorg/);
  });

  it('has a legal-check item for each legal scheme that is not in order, with the rule and its date', () => {
    const model = modelFor(worst);
    expect(model.legalCheck.map((item) => [item.schemeId, item.status])).toEqual([
      ['calamiteitenverlof', 'not-in-order'],
      ['kortdurend-zorgverlof', 'not-in-order'],
      ['langdurend-zorgverlof', 'not-in-order'],
      ['wet-flexibel-werken', 'not-in-order'],
    ]);
    const shortTerm = model.legalCheck.find((item) => item.schemeId === 'kortdurend-zorgverlof');
    expect(shortTerm?.rule).toMatch(/2 keer de werkuren per week/);
    expect(shortTerm?.rule).toMatch(/70%/);
    expect(shortTerm?.asOf).toBe('stand 2025');
    expect(shortTerm?.note).toMatch(/cao/);
  });

  it('marks exactly the scheme whose answer falls short, and "weet niet" as to find out', () => {
    const model = modelFor({
      ...best,
      'legal-long-term-care-leave': 'partly',
      'legal-calamity-leave': 'unknown',
    });
    expect(Object.fromEntries(model.legalCheck.map((item) => [item.schemeId, item.status]))).toEqual({
      calamiteitenverlof: 'unknown',
      'kortdurend-zorgverlof': 'in-order',
      'langdurend-zorgverlof': 'not-in-order',
      'wet-flexibel-werken': 'in-order',
    });
  });

  it('tells small employers about their own arrangement for working hours', () => {
    const model = modelFor({ ...worst, 'intake-size': 'fewer-than-10' });
    expect(model.legalCheck.find((item) => item.schemeId === 'wet-flexibel-werken')?.rule).toMatch(
      /minder dan 10 medewerkers moeten een eigen regeling/,
    );
  });

  it('lists the points to find out, the evidence checklist and the next step on the 4B route', () => {
    const model = modelFor(mixed);
    const result = scoreQuestionnaire(questionnaire, mixed);
    expect(model.toFindOut).toHaveLength(result.toFindOut.length);
    expect(model.toFindOut[0]?.evidence).toBeTruthy();
    expect(model.evidence.map((group) => group.themeTitle)).toEqual([
      'Bespreekbaarheid',
      'Wettelijke regelingen',
      'Flexibel werken',
      'Maatwerk',
      'Borging',
    ]);
    expect(model.evidence.flatMap((g) => g.items).some((item) => item.isReady)).toBe(true);
    expect(model.evidence.flatMap((g) => g.items).some((item) => !item.isReady)).toBe(true);
    expect(model.nextSteps.filter((step) => step.status === 'current')).toHaveLength(1);
    expect(modelFor(best).nextSteps.every((step) => step.status === 'done')).toBe(true);
  });

  it('gives each figure a source and a year', () => {
    for (const figure of modelFor(mixed, 'en').figures) {
      expect(figure.source).toBeTruthy();
      expect(figure.year).toBeGreaterThanOrEqual(2017);
    }
  });

  it('keeps the organisation name exactly as typed', () => {
    const name = '<script>alert(1)</script> & Zn. "’t Hoekje"';
    expect(modelFor(mixed, 'nl', name).organisationName).toBe(name);
  });

  it('shows every question and its answer in the appendix, and marks questions the intake left out', () => {
    const model = modelFor(best);
    const items = model.appendix.flatMap((section) => section.items);
    expect(items).toHaveLength(44);
    expect(
      items.filter((item) => item.answer === 'Niet gevraagd (past niet bij uw organisatie)'),
    ).toHaveLength(1);
  });
});
