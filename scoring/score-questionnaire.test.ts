import { describe, expect, it } from 'vitest';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { scoreQuestionnaire, type ScoreResult } from './score-questionnaire.ts';

const mini = loadMiniQuestionnaire();
const scoredIds = ['o1', 'o2', 'l1', 'l2-large', 'l2-small', 'f1', 'f2-roster', 't1', 'e1'];
const intake = { 'intake-size': '10-or-more', 'intake-roster': 'some' };

/** Every scored question answered with `optionId`, then `overrides`. */
function answerAll(optionId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return { ...intake, ...Object.fromEntries(scoredIds.map((id) => [id, optionId])), ...overrides };
}

const themeScores = (result: ScoreResult) => Object.fromEntries(result.themes.map((t) => [t.id, t.score]));
const blockerKeys = (result: ScoreResult) =>
  result.blockers.map((b) =>
    b.kind === 'must-have' ? `${b.level}:must-have:${b.questionId}` : `${b.level}:${b.kind}`,
  );

interface FixtureCase {
  name: string;
  answers: Record<string, string>;
  overall: number;
  themes: Record<string, number>;
  level: string;
  blockers: string[];
  toFindOut?: string[];
}

// Scores worked out by hand: theme = 100 × Σ(weight × points / 3) / Σ weight; overall = mean of the five themes.
const cases: FixtureCase[] = [
  {
    name: 'the best answer everywhere reaches the top level',
    answers: answerAll('arranged-evaluated'),
    overall: 100,
    themes: { openness: 100, 'legal-leave': 100, 'flexible-work': 100, tailored: 100, embedding: 100 },
    level: 'leading',
    blockers: [],
  },
  {
    name: 'the weakest answer everywhere stays at start, blocked by the legal must-haves and the overall score',
    answers: answerAll('no'),
    overall: 0,
    themes: { openness: 0, 'legal-leave': 0, 'flexible-work': 0, tailored: 0, embedding: 0 },
    level: 'start',
    blockers: ['on-the-way:must-have:l1', 'on-the-way:must-have:l2-large', 'on-the-way:min-overall'],
  },
  {
    name: '"weet niet" everywhere scores 0 and lists every shown question as a point to find out',
    answers: answerAll('unknown'),
    overall: 0,
    themes: { openness: 0, 'legal-leave': 0, 'flexible-work': 0, tailored: 0, embedding: 0 },
    level: 'start',
    blockers: ['on-the-way:must-have:l1', 'on-the-way:must-have:l2-large', 'on-the-way:min-overall'],
    toFindOut: ['o1', 'o2', 'l1', 'l2-large', 'f1', 'f2-roster', 't1', 'e1'],
  },
  {
    name: 'a high average with one must-have missing is not ready to apply',
    answers: answerAll('arranged-evaluated', { o1: 'partly' }),
    overall: 93, // openness (1/3 + 1) / 2 = 66.7; (66.7 + 400) / 5 = 93.3
    themes: { openness: 67, 'legal-leave': 100, 'flexible-work': 100, tailored: 100, embedding: 100 },
    level: 'on-the-way',
    blockers: ['ready:must-have:o1'],
  },
  {
    name: 'one theme in the lowest band blocks ready, however high the rest',
    answers: answerAll('arranged-evaluated', { t1: 'no' }),
    overall: 80,
    themes: { openness: 100, 'legal-leave': 100, 'flexible-work': 100, tailored: 0, embedding: 100 },
    level: 'on-the-way',
    blockers: ['ready:theme-in-lowest-band'],
  },
  {
    name: 'leading needs strong embedding and its own must-have',
    answers: answerAll('arranged-evaluated', { e1: 'arranged' }),
    overall: 93,
    themes: { openness: 100, 'legal-leave': 100, 'flexible-work': 100, tailored: 100, embedding: 67 },
    level: 'ready',
    blockers: ['leading:must-have:e1', 'leading:min-theme-score'],
  },
  {
    name: '"niet van toepassing" leaves the question out of its theme',
    answers: answerAll('arranged-evaluated', { o1: 'partly', o2: 'not-applicable' }),
    overall: 87, // openness = o1 alone = 33.3; (33.3 + 400) / 5 = 86.7
    themes: { openness: 33, 'legal-leave': 100, 'flexible-work': 100, tailored: 100, embedding: 100 },
    level: 'on-the-way',
    blockers: ['ready:must-have:o1', 'ready:theme-in-lowest-band'],
  },
  {
    name: 'weights count within a theme',
    answers: answerAll('arranged-evaluated', { l1: 'arranged', 'l2-large': 'no' }),
    overall: 89, // legal = (2 × 2/3 + 0) / 3 = 44.4; (44.4 + 400) / 5 = 88.9
    themes: { openness: 100, 'legal-leave': 44, 'flexible-work': 100, tailored: 100, embedding: 100 },
    level: 'start',
    blockers: ['on-the-way:must-have:l2-large'],
  },
  {
    name: 'a small organisation gets the small-firm question, and the answer to the hidden one is ignored',
    answers: answerAll('arranged-evaluated', { 'intake-size': 'fewer-than-10', 'l2-large': 'no' }),
    overall: 100,
    themes: { openness: 100, 'legal-leave': 100, 'flexible-work': 100, tailored: 100, embedding: 100 },
    level: 'leading',
    blockers: [],
  },
  {
    name: 'no roster work hides the roster question',
    answers: answerAll('arranged-evaluated', { 'intake-roster': 'none', 'f2-roster': 'no' }),
    overall: 100,
    themes: { openness: 100, 'legal-leave': 100, 'flexible-work': 100, tailored: 100, embedding: 100 },
    level: 'leading',
    blockers: [],
  },
];

describe('scoreQuestionnaire on the mini questionnaire', () => {
  it.each(cases)('$name', ({ answers, overall, themes, level, blockers, toFindOut }) => {
    const result = scoreQuestionnaire(mini, answers);
    expect(result.overall).toBe(overall);
    expect(themeScores(result)).toEqual(themes);
    expect(result.level).toBe(level);
    expect(result.recognitionReady).toBe(level === 'ready' || level === 'leading');
    expect(blockerKeys(result)).toEqual(blockers);
    if (toFindOut) expect(result.toFindOut).toEqual(toFindOut);
  });

  it('lists the shown questions that have no answer, the intake included', () => {
    const result = scoreQuestionnaire(mini, { 'intake-size': 'fewer-than-10', o1: 'no' });
    expect(result.unanswered).toEqual([
      'intake-roster',
      'o2',
      'l1',
      'l2-small',
      'f1',
      'f2-roster',
      't1',
      'e1',
    ]);
    expect(result.overall).toBe(0);
  });

  it('treats an option the question does not have as unanswered, without throwing', () => {
    const result = scoreQuestionnaire(mini, {
      ...answerAll('arranged-evaluated'),
      t1: 'bogus',
      nonsense: 'x',
    });
    expect(result.unanswered).toEqual(['t1']);
    expect(themeScores(result).tailored).toBe(0);
  });

  it('names the current answer and the needed option in a must-have blocker', () => {
    const result = scoreQuestionnaire(mini, answerAll('arranged-evaluated', { o1: 'unknown' }));
    expect(result.blockers).toEqual([
      {
        kind: 'must-have',
        level: 'ready',
        themeId: 'openness',
        questionId: 'o1',
        atLeast: 'arranged',
        optionId: 'unknown',
      },
    ]);
  });

  it('gives the blockers of every level, whatever the current level', () => {
    const result = scoreQuestionnaire(mini, answerAll('no'));
    expect(result.blockersByLevel.ready.map((b) => b.kind)).toEqual([
      'must-have',
      'theme-in-lowest-band',
      'theme-in-lowest-band',
      'theme-in-lowest-band',
      'theme-in-lowest-band',
      'theme-in-lowest-band',
    ]);
    expect(result.blockersByLevel.leading.map((b) => b.kind)).toEqual([
      'must-have',
      'min-overall',
      'min-theme-score',
    ]);
  });

  it('ranks actions: what unblocks the next level first, then higher levels, then by gain per effort', () => {
    const result = scoreQuestionnaire(mini, answerAll('no'));
    // Next level (on-the-way): the legal must-haves l1 and l2-large.
    // Then ready: o1 is a must-have there, and every other single improvement lifts its theme out of the
    // lowest band (0 → 50 or 100), which removes a "ready" blocker just as a must-have does. Within that
    // group, gain per effort: f2-roster 10/1, e1 20/2, t1 20/3, o1 10/2, o2 10/2, f1 10/2 (ties in order).
    expect(result.actions.map((a) => a.questionId)).toEqual([
      'l1',
      'l2-large',
      'f2-roster',
      'e1',
      't1',
      'o1',
      'o2',
      'f1',
    ]);
    expect(result.actions.filter((a) => a.isQuickWin).map((a) => a.questionId)).toEqual(['f2-roster']);
    const [first] = result.actions;
    expect(first).toMatchObject({
      fromOptionId: 'no',
      toOptionId: 'arranged-evaluated',
      unblocks: ['on-the-way', 'ready'],
    });
    expect(first?.overallGain).toBeCloseTo(13.333, 2); // legal-leave 0 → 66.7, one fifth of it overall
    expect(first?.themeGain).toBeCloseTo(66.667, 2);
    expect(result.actions.find((a) => a.questionId === 'e1')?.unblocks).toEqual(['ready', 'leading']);
  });

  it('counts an action that lifts a theme past a level threshold as unblocking that level', () => {
    // Everything at its best but the tailored theme (one question) at "no": its theme is in the lowest band,
    // which blocks "ready". Raising t1 removes that blocker, so the action is needed for "ready".
    const result = scoreQuestionnaire(mini, answerAll('arranged-evaluated', { t1: 'no' }));
    expect(result.level).toBe('on-the-way');
    expect(result.actions.map((a) => [a.questionId, a.unblocks])).toEqual([['t1', ['ready']]]);
  });

  it('counts an action that lifts the overall score past a level minimum as unblocking that level', () => {
    // Legal must-haves met, the rest at "partly" or worse: overall just under the 33 that "on-the-way" needs.
    const answers = answerAll('no', { l1: 'arranged', 'l2-large': 'arranged', o1: 'partly', o2: 'partly' });
    const result = scoreQuestionnaire(mini, answers);
    expect(result.level).toBe('start');
    expect(result.blockers.map((b) => b.kind)).toEqual(['min-overall']);
    const [first] = result.actions;
    expect(first?.unblocks[0]).toBe('on-the-way');
    const improved = scoreQuestionnaire(mini, {
      ...answers,
      [first?.questionId ?? '']: first?.toOptionId ?? '',
    });
    expect(improved.overall).toBeGreaterThanOrEqual(33);
    // An action that does not reach the minimum is not marked as unblocking it.
    for (const action of result.actions.filter((a) => !a.unblocks.includes('on-the-way'))) {
      const after = scoreQuestionnaire(mini, { ...answers, [action.questionId]: action.toOptionId });
      expect(after.overall).toBeLessThan(33);
    }
  });

  it('proposes no action for a question at its best answer or out of the score', () => {
    const result = scoreQuestionnaire(
      mini,
      answerAll('arranged-evaluated', { o2: 'not-applicable', f1: 'arranged' }),
    );
    expect(result.actions.map((a) => a.questionId)).toEqual(['f1']);
  });
});
