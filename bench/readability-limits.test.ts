/**
 * The Dutch texts the app shows from data (the definition, the interface strings, the report texts) stay plain:
 * the B1 limits hold over all of them together, as `npm run readability` prints.
 */
import { describe, expect, it } from 'vitest';
import { checkReadability } from './readability-core.ts';

describe('the Dutch texts from data', () => {
  const report = checkReadability();

  it('have at most 2% of sentences over 20 words, at most 13 words on average and Flesch-Douma at least 65', () => {
    const unmet = report.overall.limits.filter((limit) => !limit.isMet);
    expect(
      unmet,
      report.longSentences.map((s) => `${s.words} words, ${s.source} ${s.path}: ${s.sentence}`).join('\n'),
    ).toEqual([]);
  });
});
