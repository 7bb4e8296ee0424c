/**
 * Fixture cases on the real, shipped questionnaire: the answer sets an employer or advisor would recognise.
 */
import { describe, expect, it } from 'vitest';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { getScaleOptions, listQuestions } from '../questionnaire/questions.ts';
import type { ScaleOption } from '../questionnaire/schema.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { scoreQuestionnaire } from './score-questionnaire.ts';

const questionnaire = loadShipped();
const best = createExampleAnswers(questionnaire, 'best');
const worst = createExampleAnswers(questionnaire, 'worst');
const scaleQuestions = listQuestions(questionnaire).flatMap(({ question }) =>
  question.type === 'scale' ? [question] : [],
);

/** `base`, with every scale question whose options include one of `kind` answered with that option. */
function withKind(base: Record<string, string>, kind: 'unknown' | 'not-applicable'): Record<string, string> {
  const answers = { ...base };
  for (const question of scaleQuestions) {
    const option = getScaleOptions(questionnaire, question).find(
      (o: ScaleOption) => 'kind' in o && o.kind === kind,
    );
    if (option) answers[question.id] = option.id;
  }
  return answers;
}

describe('the shipped questionnaire', () => {
  it.each([
    { name: 'best answers everywhere', answers: best, level: 'leading', overall: 100 },
    { name: 'worst answers everywhere', answers: worst, level: 'start', overall: 0 },
    { name: '"weet niet" everywhere', answers: withKind(best, 'unknown'), level: 'start', overall: 0 },
  ])('$name gives $level with overall $overall', ({ answers, level, overall }) => {
    const result = scoreQuestionnaire(questionnaire, answers);
    expect(result.level).toBe(level);
    expect(result.overall).toBe(overall);
    expect(result.unanswered).toEqual([]);
  });

  it('lists every shown question as a point to find out when everything is "weet niet"', () => {
    const answers = withKind(best, 'unknown');
    const result = scoreQuestionnaire(questionnaire, answers);
    const shownScored = result.questions.filter((q) => q.status !== 'hidden').map((q) => q.questionId);
    expect(result.toFindOut).toEqual(shownScored);
    expect(result.actions).toHaveLength(shownScored.length);
  });

  it('offers "niet van toepassing" nowhere: the intake hides what cannot exist', () => {
    expect(withKind(best, 'not-applicable')).toEqual(best);
  });

  it('asks 35 to 48 scored questions, whatever the intake (3.0.0 added three legal practice questions)', () => {
    expect(scaleQuestions.length).toBeGreaterThanOrEqual(35);
    expect(scaleQuestions.length).toBeLessThanOrEqual(48);
    for (const intake of [
      { 'intake-size': 'fewer-than-10', 'intake-roster': 'none', 'intake-works-council': 'none' },
      { 'intake-size': '250-or-more', 'intake-roster': 'some', 'intake-works-council': 'works-council' },
      { 'intake-size': '10-to-49', 'intake-roster': 'all', 'intake-works-council': 'staff-representation' },
    ]) {
      const shown = scoreQuestionnaire(questionnaire, intake).questions.filter((q) => q.status !== 'hidden');
      expect(shown.length).toBeGreaterThanOrEqual(35);
      expect(shown.length).toBeLessThanOrEqual(47);
    }
  });

  it('does not call a high score "ready" while one must-have is missing, and names that must-have', () => {
    const answers = { ...best, 'openness-annual-conversation': 'sometimes' };
    const result = scoreQuestionnaire(questionnaire, answers);
    expect(result.overall).toBeGreaterThanOrEqual(90);
    expect(result.level).toBe('on-the-way');
    expect(result.recognitionReady).toBe(false);
    expect(result.blockers).toEqual([
      expect.objectContaining({
        kind: 'must-have',
        questionId: 'openness-annual-conversation',
        atLeast: 'usually',
      }),
    ]);
    expect(result.actions[0]?.questionId).toBe('openness-annual-conversation');
  });

  it.each([
    ['legal-information', 'no'],
    ['legal-calamity-applied', 'usually'],
    ['legal-short-term-granted', 'refused-otherwise'],
    ['legal-short-term-pay', 'less-than-70'],
    ['legal-long-term-granted', 'refused-otherwise'],
    ['legal-flexible-work-requests', 'sometimes'],
  ])(
    'keeps an organisation that does not follow the law at start, however good the rest (%s = %s)',
    (questionId, optionId) => {
      const result = scoreQuestionnaire(questionnaire, { ...best, [questionId]: optionId });
      expect(result.level).toBe('start');
      expect(result.blockers.map((b) => (b.kind === 'must-have' ? b.questionId : b.kind))).toEqual([
        questionId,
      ]);
    },
  );

  it.each([
    ['legal-calamity-written', 'partly'],
    ['legal-short-term-written', 'no'],
    ['legal-long-term-written', 'no'],
  ])(
    'lets an organisation that applies the law without writing it down be "on the way", and asks the writing for "ready" (%s = %s)',
    (questionId, optionId) => {
      const result = scoreQuestionnaire(questionnaire, { ...best, [questionId]: optionId });
      expect(result.level).toBe('on-the-way');
      expect(result.blockersByLevel['on-the-way']).toEqual([]);
      expect(result.blockers.map((b) => (b.kind === 'must-have' ? b.questionId : b.kind))).toEqual([
        questionId,
      ]);
    },
  );

  it('never makes a late written answer to long-term care leave a blocker: the leave then starts as asked', () => {
    const result = scoreQuestionnaire(questionnaire, { ...best, 'legal-long-term-answered': 'never' });
    expect(Object.values(result.blockersByLevel).flat()).not.toContainEqual(
      expect.objectContaining({ questionId: 'legal-long-term-answered' }),
    );
  });

  it('counts "as our cao provides" as in place and meeting the must-have, but only where a cao may apply', () => {
    const withCao = {
      ...best,
      'intake-cao': 'yes',
      'legal-short-term-pay': 'per-cao',
      'legal-calamity-applied': 'per-cao',
    };
    const result = scoreQuestionnaire(questionnaire, withCao);
    expect(result.level).toBe('leading');
    const pay = result.questions.find((q) => q.questionId === 'legal-short-term-pay');
    expect(pay).toMatchObject({ status: 'per-cao', isInPlace: true, counts: false });
    expect(result.actions.map((a) => a.questionId)).not.toContain('legal-short-term-pay');

    const withoutCao = scoreQuestionnaire(questionnaire, { ...withCao, 'intake-cao': 'no' });
    expect(withoutCao.questions.find((q) => q.questionId === 'legal-short-term-pay')?.status).toBe(
      'unanswered',
    );
    expect(withoutCao.level).toBe('start');
  });

  it('never lists an answer as in place while it blocks a level, for any question and any answer', () => {
    for (const question of scaleQuestions) {
      for (const option of getScaleOptions(questionnaire, question)) {
        const result = scoreQuestionnaire(questionnaire, {
          ...best,
          'intake-cao': 'yes',
          [question.id]: option.id,
        });
        const own = result.questions.find((q) => q.questionId === question.id);
        const blocks = Object.values(result.blockersByLevel)
          .flat()
          .some((b) => b.kind === 'must-have' && b.questionId === question.id);
        if (own?.isInPlace) expect(blocks, `${question.id} = ${option.id}`).toBe(false);
      }
    }
  });

  it('asks a small organisation the small-firm question instead of the Wet flexibel werken question', () => {
    const statusOf = (answers: Record<string, string>, id: string) =>
      scoreQuestionnaire(questionnaire, answers).questions.find((q) => q.questionId === id)?.status;
    const small = { ...best, 'intake-size': 'fewer-than-10' };
    expect(statusOf(small, 'legal-flexible-work-requests')).toBe('hidden');
    expect(statusOf(small, 'legal-hours-arrangement-small')).toBe('scored');
    expect(statusOf(best, 'legal-flexible-work-requests')).toBe('scored');
    expect(statusOf(best, 'legal-hours-arrangement-small')).toBe('hidden');
  });

  it('hides the roster questions when no work is roster-bound', () => {
    const result = scoreQuestionnaire(questionnaire, { ...best, 'intake-roster': 'none' });
    const hidden = result.questions.filter((q) => q.status === 'hidden').map((q) => q.questionId);
    expect(hidden).toEqual(
      expect.arrayContaining(['flex-roster-early', 'flex-roster-swap', 'flex-roster-wishes']),
    );
    expect(hidden).not.toContain('flex-home');
    expect(result.level).toBe('leading');
  });

  it('hides working times and working from home when all work is roster- or place-bound', () => {
    const result = scoreQuestionnaire(questionnaire, { ...best, 'intake-roster': 'all' });
    const hidden = result.questions.filter((q) => q.status === 'hidden').map((q) => q.questionId);
    expect(hidden).toEqual(expect.arrayContaining(['flex-times', 'flex-home']));
    expect(hidden).not.toContain('flex-roster-swap');
  });

  it('hides the works-council question when there is no works council or staff representation', () => {
    const statusOf = (value: string) =>
      scoreQuestionnaire(questionnaire, { ...best, 'intake-works-council': value }).questions.find(
        (q) => q.questionId === 'embedding-works-council',
      )?.status;
    expect(statusOf('none')).toBe('hidden');
    expect(statusOf('works-council')).toBe('scored');
    expect(statusOf('staff-representation')).toBe('scored');
    expect(statusOf('participation-council')).toBe('scored');
  });
});
