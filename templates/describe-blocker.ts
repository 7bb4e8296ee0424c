/**
 * Plain-language sentences for what blocks a level, in Dutch or English.
 */
import type { Blocker, ScoreResult } from '../scoring/score-questionnaire.ts';
import { fillTemplate, pickReportTexts } from './content/report-texts.ts';
import type { Labels } from './labels.ts';

/** Typographic quotes around a text. */
const q = (text: string) => `“${text}”`;

/** A blocker in words: what is missing and needed, and for a must-have why this scan asks it. */
export interface BlockerView {
  text: string;
  /** The must-have's reason from the questionnaire; null for a score threshold. */
  reason: string | null;
}

/**
 * What a blocker is and what is needed, with the reason wherever a must-have blocks (the page, the PDF, Word and
 * the CLI all show it). `result` gives the state of the blocking answer, so that the text is a finding.
 */
export function describeBlocker(labels: Labels, blocker: Blocker, result: ScoreResult): BlockerView {
  if (blocker.kind !== 'must-have') return { text: describeThreshold(labels, blocker), reason: null };
  const texts = pickReportTexts(labels.language);
  const questionResult = result.questions.find((r) => r.questionId === blocker.questionId);
  const finding =
    questionResult?.status === 'scored'
      ? labels.statement(questionResult)
      : labels.question(blocker.questionId);
  return {
    text: fillTemplate(texts.blockerMustHave, {
      finding,
      level: q(labels.level(blocker.level)),
      needed: q(labels.option(blocker.questionId, blocker.atLeast)),
      now: q(labels.option(blocker.questionId, blocker.optionId)),
    }),
    reason: labels.mustHaveReason(blocker.questionId, blocker.level),
  };
}

/** One sentence for a score threshold that blocks a level. */
function describeThreshold(labels: Labels, blocker: Exclude<Blocker, { kind: 'must-have' }>): string {
  const texts = pickReportTexts(labels.language);
  const level = q(labels.level(blocker.level));
  switch (blocker.kind) {
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
