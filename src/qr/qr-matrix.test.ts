import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, buildQrMatrix, buildQrPath } from './qr-matrix.ts';

const link = `https://example.org/app/#/workshop/ontvang/${'QS1'.padEnd(190, 'aZ09-_')}`;

describe('buildQrMatrix', () => {
  it('makes a symbol a camera can read from arm’s length for a 200-character answers link', () => {
    const matrix = buildQrMatrix(link);
    expect(link.length).toBeGreaterThan(200);
    expect(matrix.version).toBeLessThanOrEqual(11);
    expect(matrix.size).toBe(17 + 4 * matrix.version);
  });

  it('has the three finder patterns in its corners', () => {
    const matrix = buildQrMatrix('QS');
    const last = matrix.size - 1;
    for (const [column, row] of [
      [0, 0],
      [last, 0],
      [0, last],
    ] as const) {
      expect(matrix.isDark(column, row)).toBe(true);
    }
    expect(matrix.isDark(last, last)).toBe(false);
    expect(matrix.isDark(-1, 0)).toBe(false);
  });
});

describe('buildQrPath', () => {
  it('draws every dark module once, offset by the quiet zone', () => {
    const matrix = buildQrMatrix('QS-test');
    const path = buildQrPath(matrix);
    let dark = 0;
    for (let row = 0; row < matrix.size; row += 1)
      for (let column = 0; column < matrix.size; column += 1) if (matrix.isDark(column, row)) dark += 1;
    const drawn = [...path.matchAll(/M(\d+) (\d+)h(\d+)/g)].reduce((sum, match) => sum + Number(match[3]), 0);
    expect(drawn).toBe(dark);
    const firstRun = /^M(\d+) (\d+)/.exec(path);
    expect(firstRun?.slice(1).map(Number)).toEqual([QUIET_ZONE, QUIET_ZONE]);
  });
});
