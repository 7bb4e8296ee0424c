/**
 * The one place that looks up the words of a questionnaire in one language: question texts, option
 * labels, levels, sections and bands. The report model, the blocker sentences, the CLI output and the
 * what-if panel all use it.
 */
import { findQuestion, getOptions } from '../questionnaire/questions.ts';
import type { Language, Questionnaire } from '../questionnaire/schema.ts';
import { NOT_ANSWERED } from './content/not-answered.ts';

export interface Labels {
  language: Language;
  /** The text of a question; the id itself for an unknown question. */
  question: (questionId: string) => string;
  /** The label of an answer; "Niet beantwoord" for null, the id itself for an unknown option. */
  option: (questionId: string, optionId: string | null) => string;
  level: (levelId: string) => string;
  /** The title of a section (the intake or a theme). */
  section: (sectionId: string) => string;
  band: (bandId: string) => string;
}

export function createLabels(questionnaire: Questionnaire, language: Language): Labels {
  return {
    language,
    question: (questionId) => findQuestion(questionnaire, questionId)?.question.text[language] ?? questionId,
    option: (questionId, optionId) => {
      if (optionId === null) return NOT_ANSWERED[language];
      const placed = findQuestion(questionnaire, questionId);
      const option = placed
        ? getOptions(questionnaire, placed.question).find((o) => o.id === optionId)
        : undefined;
      return option?.label[language] ?? optionId;
    },
    level: (levelId) => questionnaire.levels.find((l) => l.id === levelId)?.label[language] ?? levelId,
    section: (sectionId) =>
      questionnaire.sections.find((s) => s.id === sectionId)?.title[language] ?? sectionId,
    band: (bandId) => questionnaire.bands.find((b) => b.id === bandId)?.label[language] ?? bandId,
  };
}
