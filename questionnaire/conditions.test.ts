import { describe, expect, it } from 'vitest';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { isConditionMet, isWhenMet, resolveText } from './conditions.ts';
import type { VariantText } from './schema.ts';

const mini = loadMiniQuestionnaire();
const small = { 'intake-size': 'fewer-than-10' };
const large = { 'intake-size': '10-or-more' };

describe('conditions on the intake', () => {
  it.each([
    ['anyOf holds for a listed answer', { question: 'intake-size', anyOf: ['fewer-than-10'] }, small, true],
    ['anyOf fails for another answer', { question: 'intake-size', anyOf: ['fewer-than-10'] }, large, false],
    ['anyOf fails when unanswered', { question: 'intake-size', anyOf: ['fewer-than-10'] }, {}, false],
    ['noneOf holds for another answer', { question: 'intake-size', noneOf: ['fewer-than-10'] }, large, true],
    ['noneOf holds when unanswered', { question: 'intake-size', noneOf: ['fewer-than-10'] }, {}, true],
    [
      'noneOf fails for a listed answer',
      { question: 'intake-size', noneOf: ['fewer-than-10'] },
      small,
      false,
    ],
  ])('%s', (_name, condition, answers, expected) => {
    expect(isConditionMet(mini, answers, condition)).toBe(expected);
  });

  it('needs every condition of a list to hold', () => {
    const when = [
      { question: 'intake-size', anyOf: ['fewer-than-10'] },
      { question: 'intake-roster', anyOf: ['some'] },
    ];
    expect(isWhenMet(mini, { ...small, 'intake-roster': 'some' }, when)).toBe(true);
    expect(isWhenMet(mini, { ...small, 'intake-roster': 'none' }, when)).toBe(false);
  });
});

describe('resolveText', () => {
  const text: VariantText = [
    { when: { question: 'intake-size', anyOf: ['fewer-than-10'] }, nl: 'Klein', en: 'Small' },
    { nl: 'Anders', en: 'Otherwise' },
  ];

  it('uses the first variant whose condition holds', () => {
    expect(resolveText(mini, small, text, 'nl')).toBe('Klein');
    expect(resolveText(mini, small, text, 'en')).toBe('Small');
  });

  it('falls back to the last variant, also when the intake is not answered', () => {
    expect(resolveText(mini, large, text, 'nl')).toBe('Anders');
    expect(resolveText(mini, {}, text, 'en')).toBe('Otherwise');
  });

  it('returns a plain text as it is', () => {
    expect(resolveText(mini, small, { nl: 'Vast', en: 'Fixed' }, 'nl')).toBe('Vast');
  });
});
