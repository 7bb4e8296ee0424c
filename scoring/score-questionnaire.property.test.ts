import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getOptions, getScaleOptions, listQuestions } from '../questionnaire/questions.ts';
import { LEVEL_IDS } from '../questionnaire/ids.ts';
import type { Questionnaire, ScaleQuestion } from '../questionnaire/schema.ts';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { scoreQuestionnaire } from './score-questionnaire.ts';

/** Random answer sets: every question gets one of its options, or no answer. */
function arbitraryAnswers(questionnaire: Questionnaire): fc.Arbitrary<Record<string, string>> {
  const entries = listQuestions(questionnaire).map(({ question }) => {
    const ids = getOptions(questionnaire, question).map((o) => o.id);
    return [question.id, fc.option(fc.constantFrom(...ids), { nil: undefined })] as const;
  });
  return fc.record(Object.fromEntries(entries)).map((record) => {
    const answers: Record<string, string> = {};
    for (const [id, value] of Object.entries(record)) if (value !== undefined) answers[id] = value;
    return answers;
  });
}

function scaleQuestions(questionnaire: Questionnaire): ScaleQuestion[] {
  return listQuestions(questionnaire)
    .map(({ question }) => question)
    .filter((q): q is ScaleQuestion => q.type === 'scale');
}

/** Points of an answer for comparison: "weet niet" and no answer count as 0; "niet van toepassing" has none. */
function pointsOf(
  questionnaire: Questionnaire,
  question: ScaleQuestion,
  optionId: string | undefined,
): number | null {
  const option = getScaleOptions(questionnaire, question).find((o) => o.id === optionId);
  if (!option) return 0;
  if ('points' in option) return option.points;
  return option.kind === 'unknown' ? 0 : null;
}

const rank = (level: string) => LEVEL_IDS.indexOf(level as (typeof LEVEL_IDS)[number]);

const questionnaires: [string, () => Questionnaire][] = [
  ['the mini questionnaire', loadMiniQuestionnaire],
  ['the shipped questionnaire', loadShipped],
];

describe.each(questionnaires)('scoring properties of %s', (_name, load) => {
  const questionnaire = load();
  const answersArb = arbitraryAnswers(questionnaire);
  const scaled = scaleQuestions(questionnaire);

  it('keeps every score a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreQuestionnaire(questionnaire, answers);
        for (const score of [result.overall, ...result.themes.map((t) => t.score)]) {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        expect(result.recognitionReady).toBe(rank(result.level) >= rank('ready'));
        expect(result.blockers.length === 0).toBe(result.level === 'leading');
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a theme score, the overall score or the level when one answer improves', () => {
    const improvement = answersArb.chain((answers) =>
      fc.constantFrom(...scaled).chain((question) => {
        const current = pointsOf(questionnaire, question, answers[question.id]);
        const better = getScaleOptions(questionnaire, question).filter(
          (o) => current !== null && 'points' in o && o.points >= current && o.id !== answers[question.id],
        );
        return better.length === 0
          ? fc.constant(null)
          : fc.constantFrom(...better).map((option) => ({ answers, question, option }));
      }),
    );
    fc.assert(
      fc.property(improvement, (change) => {
        if (change === null) return;
        const { answers, question, option } = change;
        const before = scoreQuestionnaire(questionnaire, answers);
        const after = scoreQuestionnaire(questionnaire, { ...answers, [question.id]: option.id });
        expect(after.overall).toBeGreaterThanOrEqual(before.overall);
        after.themes.forEach((theme, i) =>
          expect(theme.score).toBeGreaterThanOrEqual(before.themes[i]?.score ?? 0),
        );
        expect(rank(after.level)).toBeGreaterThanOrEqual(rank(before.level));
      }),
      { numRuns: 500 },
    );
  });

  it('marks an action as unblocking a level only when the better answer removes one of its blockers', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const before = scoreQuestionnaire(questionnaire, answers);
        for (const action of before.actions.slice(0, 5)) {
          const after = scoreQuestionnaire(questionnaire, {
            ...answers,
            [action.questionId]: action.toOptionId,
          });
          for (const level of ['on-the-way', 'ready', 'leading'] as const) {
            const removed = before.blockersByLevel[level].length > after.blockersByLevel[level].length;
            if (action.unblocks.includes(level))
              expect(after.blockersByLevel[level]).not.toEqual(before.blockersByLevel[level]);
            if (removed) expect(action.unblocks).toContain(level);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is pure: the same answers give the same result and are not changed', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const copy = structuredClone(answers);
        expect(scoreQuestionnaire(questionnaire, answers)).toEqual(scoreQuestionnaire(questionnaire, copy));
        expect(answers).toEqual(copy);
      }),
      { numRuns: 100 },
    );
  });
});

// Only the mini questionnaire offers "niet van toepassing"; the shipped one lets the intake hide what cannot exist.
describe('"niet van toepassing" in the mini questionnaire', () => {
  const questionnaire = loadMiniQuestionnaire();
  const answersArb = arbitraryAnswers(questionnaire);
  const scaled = scaleQuestions(questionnaire);

  it('leaves the other themes unchanged when a question is answered "niet van toepassing"', () => {
    const withNotApplicable = scaled.filter((q) =>
      getScaleOptions(questionnaire, q).some((o) => 'kind' in o && o.kind === 'not-applicable'),
    );
    expect(withNotApplicable.length).toBeGreaterThan(0);
    const themeOf = (id: string) =>
      questionnaire.sections.find((s) => s.questions.some((q) => q.id === id))?.id;
    fc.assert(
      fc.property(answersArb, fc.constantFrom(...withNotApplicable), (answers, question) => {
        const notApplicable = getScaleOptions(questionnaire, question).find(
          (o) => 'kind' in o && o.kind === 'not-applicable',
        );
        const before = scoreQuestionnaire(questionnaire, answers);
        const after = scoreQuestionnaire(questionnaire, {
          ...answers,
          [question.id]: notApplicable?.id ?? '',
        });
        const others = (result: typeof before) => result.themes.filter((t) => t.id !== themeOf(question.id));
        expect(others(after)).toEqual(others(before));
      }),
      { numRuns: 300 },
    );
  });
});
