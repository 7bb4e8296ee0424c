/**
 * The one place that looks up the words of a questionnaire in one language: question texts, findings, option
 * labels, levels, sections, bands and must-have reasons. The report model, the blocker sentences, the CLI
 * output and the what-if panel all use it.
 */
import { findQuestion, getOptions } from '../questionnaire/questions.ts';
import type { GatedLevelId, Language, Questionnaire } from '../questionnaire/schema.ts';
import type { QuestionResult } from '../scoring/score-questionnaire.ts';
import { NOT_ANSWERED } from './content/not-answered.ts';

export interface Labels {
  language: Language;
  /** The text of a question; the id itself for an unknown question. */
  question: (questionId: string) => string;
  /**
   * What the report states about a scored question's answer: its "in place" finding, its "not yet" finding
   * for a real answer below that, and for "weet niet" or no answer the question quoted with that answer.
   */
  statement: (result: Pick<QuestionResult, 'questionId' | 'status' | 'isInPlace' | 'optionId'>) => string;
  /** Why a question is a must-have of a level, or null when it is not one. */
  mustHaveReason: (questionId: string, level: GatedLevelId) => string | null;
  /** The label of an answer; "Niet beantwoord" for null, the id itself for an unknown option. */
  option: (questionId: string, optionId: string | null) => string;
  level: (levelId: string) => string;
  /** The title of a section (the intake or a theme). */
  section: (sectionId: string) => string;
  band: (bandId: string) => string;
}

export function createLabels(questionnaire: Questionnaire, language: Language): Labels {
  const question = (questionId: string) =>
    findQuestion(questionnaire, questionId)?.question.text[language] ?? questionId;
  const option = (questionId: string, optionId: string | null) => {
    if (optionId === null) return NOT_ANSWERED[language];
    const placed = findQuestion(questionnaire, questionId);
    const found = placed
      ? getOptions(questionnaire, placed.question).find((o) => o.id === optionId)
      : undefined;
    return found?.label[language] ?? optionId;
  };
  const scaleQuestion = (questionId: string) => {
    const found = findQuestion(questionnaire, questionId)?.question;
    return found?.type === 'scale' ? found : undefined;
  };
  return {
    language,
    question,
    option,
    statement: (result) => {
      const findings = scaleQuestion(result.questionId)?.findings;
      if (findings && result.isInPlace) return findings.inPlace[language];
      if (findings && result.status === 'scored') return findings.notYet[language];
      return `${question(result.questionId)} (${option(result.questionId, result.optionId)})`;
    },
    mustHaveReason: (questionId, level) =>
      scaleQuestion(questionId)?.mustHaves.find((m) => m.level === level)?.reason[language] ?? null,
    level: (levelId) => questionnaire.levels.find((l) => l.id === levelId)?.label[language] ?? levelId,
    section: (sectionId) =>
      questionnaire.sections.find((s) => s.id === sectionId)?.title[language] ?? sectionId,
    band: (bandId) => questionnaire.bands.find((b) => b.id === bandId)?.label[language] ?? bandId,
  };
}
