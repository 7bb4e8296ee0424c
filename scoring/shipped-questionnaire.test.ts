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
    {
      name: '"niet van toepassing" where allowed, best elsewhere',
      answers: withKind(best, 'not-applicable'),
      level: 'leading',
      overall: 100,
    },
    {
      name: '"niet van toepassing" where allowed, worst elsewhere',
      answers: withKind(worst, 'not-applicable'),
      level: 'start',
      overall: 0,
    },
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

  it('leaves "niet van toepassing" questions out of the count of their theme', () => {
    const result = scoreQuestionnaire(questionnaire, withKind(best, 'not-applicable'));
    const flexible = result.themes.find((t) => t.id === 'flexible-work');
    const bestFlexible = scoreQuestionnaire(questionnaire, best).themes.find((t) => t.id === 'flexible-work');
    expect(flexible?.counted).toBeLessThan(bestFlexible?.counted ?? 0);
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

  it('keeps a legally incomplete organisation at start, however good the rest', () => {
    const result = scoreQuestionnaire(questionnaire, { ...best, 'legal-long-term-care-leave': 'partly' });
    expect(result.level).toBe('start');
    expect(result.blockers.map((b) => (b.kind === 'must-have' ? b.questionId : b.kind))).toEqual([
      'legal-long-term-care-leave',
    ]);
  });

  it('asks a small organisation the small-firm question instead of the Wet flexibel werken question', () => {
    const small = { ...best, 'intake-size': 'fewer-than-10' };
    const statusOf = (id: string) =>
      scoreQuestionnaire(questionnaire, small).questions.find((q) => q.questionId === id)?.status;
    expect(statusOf('legal-flexible-work-act')).toBe('hidden');
    expect(statusOf('legal-hours-arrangement-small')).toBe('scored');
  });

  it('hides the roster questions when no work is roster-bound', () => {
    const result = scoreQuestionnaire(questionnaire, { ...best, 'intake-roster': 'none' });
    const hidden = result.questions.filter((q) => q.status === 'hidden').map((q) => q.questionId);
    expect(hidden).toEqual(expect.arrayContaining(['flex-roster-predictable', 'flex-roster-swap']));
    expect(result.level).toBe('leading');
  });
});
