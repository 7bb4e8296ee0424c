/**
 * Plain-language sentences for what blocks a level, in Dutch or English.
 */
import type { Blocker } from '../scoring/score-questionnaire.ts';
import { fillTemplate, pickReportTexts } from './content/report-texts.ts';
import type { Labels } from './labels.ts';

/** Typographic quotes around a text. */
const q = (text: string) => `“${text}”`;

/** One sentence that says what a blocker is and what is needed, for instance for a list of blockers. */
export function describeBlocker(labels: Labels, blocker: Blocker): string {
  const texts = pickReportTexts(labels.language);
  const level = q(labels.level(blocker.level));
  switch (blocker.kind) {
    case 'must-have':
      return fillTemplate(texts.blockerMustHave, {
        level,
        question: q(labels.question(blocker.questionId)),
        needed: q(labels.option(blocker.questionId, blocker.atLeast)),
        now: q(labels.option(blocker.questionId, blocker.optionId)),
      });
    case 'min-overall':
      return fillTemplate(texts.blockerMinOverall, {
        level,
        required: blocker.required,
        actual: blocker.actual,
      });
    case 'min-theme-score':
      return fillTemplate(texts.blockerMinThemeScore, {
        level,
        theme: labels.section(blocker.themeId),
        required: blocker.required,
        actual: blocker.actual,
      });
    case 'theme-in-lowest-band':
      return fillTemplate(texts.blockerLowestBand, {
        level,
        theme: labels.section(blocker.themeId),
        required: blocker.required,
        actual: blocker.actual,
      });
  }
}
