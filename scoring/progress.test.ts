import { describe, expect, it } from 'vitest';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { compareProgress } from './progress.ts';

const mini = loadMiniQuestionnaire();
const intake = { 'intake-size': '10-or-more', 'intake-roster': 'some' };

const earlier = {
  ...intake,
  o1: 'no',
  o2: 'partly',
  l1: 'arranged',
  'l2-large': 'partly',
  f1: 'arranged-evaluated',
  'f2-roster': 'partly',
  t1: 'unknown',
  e1: 'arranged',
};
const later = {
  ...intake,
  // better, not yet in place
  o1: 'partly',
  // now in place
  o2: 'arranged',
  // unchanged, and already in place then
  l1: 'arranged',
  // now at the best answer
  'l2-large': 'arranged-evaluated',
  // a real answer became "weet niet"
  f1: 'unknown',
  'f2-roster': 'partly',
  // "weet niet" became the lowest answer: the same points, not better and not worse
  t1: 'no',
  // worse
  e1: 'partly',
};

const ids = (changes: readonly { questionId: string }[]) => changes.map((c) => c.questionId);

describe('compareProgress', () => {
  const progress = compareProgress(mini, earlier, later);

  // Worked out by hand: theme = 100 × Σ(weight × points / 3) / Σ weight (l1 weighs 2), overall = mean of the themes.
  it('gives each theme then, now and the change', () => {
    expect(progress.themes).toEqual([
      { id: 'openness', then: 17, now: 50, change: 33 },
      { id: 'legal-leave', then: 56, now: 78, change: 22 },
      { id: 'flexible-work', then: 67, now: 17, change: -50 },
      { id: 'tailored', then: 0, now: 0, change: 0 },
      { id: 'embedding', then: 67, now: 33, change: -34 },
    ]);
    expect(progress.overall).toEqual({ then: 41, now: 36, change: -5 });
  });

  it('gives the level then and now: the legal must-haves met lift it although the overall fell', () => {
    expect(progress.level).toEqual({ then: 'start', now: 'on-the-way' });
  });

  it('lists the actions of the earlier plan that are now in place, in the order of that plan', () => {
    // l2-large comes first in the earlier plan: it blocks the next level.
    expect(ids(progress.earlier.actions).filter((id) => id === 'o2' || id === 'l2-large')).toEqual([
      'l2-large',
      'o2',
    ]);
    expect(ids(progress.nowInPlace)).toEqual(['l2-large', 'o2']);
    expect(progress.nowInPlace[0]).toEqual({
      questionId: 'l2-large',
      themeId: 'legal-leave',
      from: 'partly',
      to: 'arranged-evaluated',
      shareThen: 1 / 3,
      shareNow: 1,
    });
  });

  it('does not count an answer that was already in place and did not change as newly in place', () => {
    expect(ids(progress.nowInPlace)).not.toContain('l1');
    expect(ids(progress.improved)).not.toContain('l1');
    const evaluated = compareProgress(mini, earlier, { ...later, l1: 'arranged-evaluated' });
    expect(ids(evaluated.nowInPlace)).toContain('l1');
  });

  it('lists the actions that improved but are not there yet', () => {
    expect(progress.improved).toEqual([
      { questionId: 'o1', themeId: 'openness', from: 'no', to: 'partly', shareThen: 0, shareNow: 1 / 3 },
    ]);
  });

  it('lists what got worse, including a real answer that became "weet niet"', () => {
    expect(ids(progress.worse)).toEqual(['f1', 'e1']);
    expect(progress.worse[0]).toMatchObject({ from: 'arranged-evaluated', to: 'unknown', shareNow: 0 });
  });

  it('does not call a question that is now hidden or not applicable worse', () => {
    const hidden = compareProgress(
      mini,
      { ...earlier, o2: 'arranged' },
      { ...earlier, o2: 'not-applicable', 'intake-roster': 'none' },
    );
    expect(hidden.worse).toEqual([]);
    expect(hidden.nowInPlace).toEqual([]);
    expect(hidden.improved).toEqual([]);
  });

  it('finds no change between a scan and itself', () => {
    const same = compareProgress(mini, earlier, earlier);
    expect(same.overall.change).toBe(0);
    expect(same.themes.every((t) => t.change === 0)).toBe(true);
    expect([...same.nowInPlace, ...same.improved, ...same.worse]).toEqual([]);
  });
});
