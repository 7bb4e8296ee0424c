import { describe, expect, it } from 'vitest';
import { buildReportFileName } from './report-file-name.ts';

describe('buildReportFileName', () => {
  it.each([
    ['Bakkerij ’t Hoekje', 'quickscan-bakkerij-t-hoekje-2026-11-22.pdf'],
    [
      '<script>alert(1)</script> & Zn. "’t Hoekje"',
      'quickscan-script-alert-1-script-zn-t-hoekje-2026-11-22.pdf',
    ],
    ['Zorggroep Ééndracht / Noord\\Zuid', 'quickscan-zorggroep-eendracht-noord-zuid-2026-11-22.pdf'],
    ['CON', 'quickscan-con-2026-11-22.pdf'],
    ['...', 'quickscan-2026-11-22.pdf'],
    ['', 'quickscan-2026-11-22.pdf'],
    ['tab\there\nnewline\u0000nul', 'quickscan-tab-here-newline-nul-2026-11-22.pdf'],
  ])('makes a safe name of %j', (name, expected) => {
    expect(buildReportFileName(name, '2026-11-22T09:30:00.000Z')).toBe(expected);
  });

  it('keeps a long name to a sane length, without a dash at the cut', () => {
    const fileName = buildReportFileName(`${'Stichting Zorg en Welzijn '.repeat(10)}`, '2026-11-22');
    expect(fileName.length).toBeLessThanOrEqual(90);
    expect(fileName).toMatch(/^quickscan-stichting-zorg-en-welzijn[a-z-]*[a-z]-2026-11-22\.pdf$/);
  });

  it('leaves out a missing name', () => {
    expect(buildReportFileName(null, '2026-01-05')).toBe('quickscan-2026-01-05.pdf');
  });
});
