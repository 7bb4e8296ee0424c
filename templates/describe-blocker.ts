/**
 * Plain-language sentences for what blocks a level, in Dutch or English.
 */
import type { Language, Questionnaire } from '../questionnaire/schema.ts';
import { findQuestion, getOptions } from '../questionnaire/questions.ts';
import type { Blocker } from '../scoring/score-questionnaire.ts';

function levelLabel(questionnaire: Questionnaire, levelId: string, language: Language): string {
  return questionnaire.levels.find((l) => l.id === levelId)?.label[language] ?? levelId;
}

function themeTitle(questionnaire: Questionnaire, themeId: string, language: Language): string {
  return questionnaire.sections.find((s) => s.id === themeId)?.title[language] ?? themeId;
}

function optionLabel(
  questionnaire: Questionnaire,
  questionId: string,
  optionId: string | null,
  language: Language,
): string {
  if (optionId === null) return language === 'nl' ? 'niet beantwoord' : 'not answered';
  const placed = findQuestion(questionnaire, questionId);
  const option = placed
    ? getOptions(questionnaire, placed.question).find((o) => o.id === optionId)
    : undefined;
  return option?.label[language] ?? optionId;
}

/** Typographic quotes around a text. */
const q = (text: string) => `“${text}”`;

/** One sentence that says what a blocker is and what is needed, for instance for a list of blockers. */
export function describeBlocker(questionnaire: Questionnaire, blocker: Blocker, language: Language): string {
  const level = levelLabel(questionnaire, blocker.level, language);
  switch (blocker.kind) {
    case 'must-have': {
      const question =
        findQuestion(questionnaire, blocker.questionId)?.question.text[language] ?? blocker.questionId;
      const needed = optionLabel(questionnaire, blocker.questionId, blocker.atLeast, language);
      const now = optionLabel(questionnaire, blocker.questionId, blocker.optionId, language);
      return language === 'nl'
        ? `Onmisbaar voor ${q(level)}: ${q(question)} Nodig: minstens ${q(needed)}; nu: ${q(now)}.`
        : `Must-have for ${q(level)}: ${q(question)} Needed: at least ${q(needed)}; now: ${q(now)}.`;
    }
    case 'min-overall':
      return language === 'nl'
        ? `Voor ${q(level)} is een totaalscore van minstens ${blocker.required} nodig; nu ${blocker.actual}.`
        : `${q(level)} needs an overall score of at least ${blocker.required}; now ${blocker.actual}.`;
    case 'min-theme-score': {
      const theme = themeTitle(questionnaire, blocker.themeId, language);
      return language === 'nl'
        ? `Voor ${q(level)} moet het thema ${theme} minstens ${blocker.required} scoren; nu ${blocker.actual}.`
        : `${q(level)} needs the theme ${theme} to score at least ${blocker.required}; now ${blocker.actual}.`;
    }
    case 'theme-in-lowest-band': {
      const theme = themeTitle(questionnaire, blocker.themeId, language);
      return language === 'nl'
        ? `Voor ${q(level)} mag geen thema onder ${blocker.required} scoren; ${theme} scoort ${blocker.actual}.`
        : `${q(level)} needs every theme to score at least ${blocker.required}; ${theme} scores ${blocker.actual}.`;
    }
  }
}
