import { describe, expect, it } from 'vitest';
import { calculateCareLeave } from './leave-calculator.ts';

describe('calculateCareLeave', () => {
  it.each([
    ['24', 48, 144],
    ['32', 64, 192],
    ['36', 72, 216],
    ['32,5', 65, 195],
    [' 20.5 ', 41, 123],
    ['60', 120, 360],
  ])('%s hours a week gives %d hours kortdurend and %d hours langdurend zorgverlof', (input, short, long) => {
    expect(calculateCareLeave(input)).toEqual({
      ok: true,
      weeklyHours: Number(input.trim().replace(',', '.')),
      shortTermHours: short,
      longTermHours: long,
    });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['veel', 'not-a-number'],
    ['24 uur', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['-8', 'not-positive'],
    ['0', 'not-positive'],
    ['61', 'too-many'],
    ['168', 'too-many'],
  ])('refuses %j with "%s"', (input, error) => {
    expect(calculateCareLeave(input)).toEqual({ ok: false, error });
  });
});
