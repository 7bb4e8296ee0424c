import { afterEach, describe, expect, it } from 'vitest';
import { localDate } from './local-date.ts';

describe('localDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it('is the date on the clock in the Netherlands just after midnight, not the UTC date', () => {
    process.env.TZ = 'Europe/Amsterdam';
    // 00:30 on 3 December in Amsterdam is still 2 December in UTC.
    const justAfterMidnight = new Date('2026-12-02T23:30:00.000Z');
    expect(justAfterMidnight.toISOString().slice(0, 10)).toBe('2026-12-02');
    expect(localDate(justAfterMidnight)).toBe('2026-12-03');
  });

  it('pads month and day', () => {
    process.env.TZ = 'UTC';
    expect(localDate(new Date('2026-03-04T12:00:00.000Z'))).toBe('2026-03-04');
  });
});
