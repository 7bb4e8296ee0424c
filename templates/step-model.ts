/**
 * One step of the scan (the intake or a theme) in words for this organisation: the question texts,
 * the help texts in the variant that fits the intake answers, the options, and — on a step with legal
 * rules — the date of the law and the note that a cao or works-council arrangement may deviate.
 * The step page only renders it.
 */
import { resolveText } from '../questionnaire/conditions.ts';
import { isQuestionShown, listShownOptions, type Answers } from '../questionnaire/questions.ts';
import type { Language, Questionnaire, QuestionType } from '../questionnaire/schema.ts';

export interface StepOptionView {
  id: string;
  label: string;
  /** "weet niet", "niet van toepassing" and "zoals onze cao regelt": shown apart from the scale. */
  isSpecial: boolean;
}

export interface StepQuestionView {
  id: string;
  /** The question type: the field registry picks the component with it. */
  type: QuestionType;
  /** 1, 2, 3… among the questions shown. */
  number: number;
  text: string;
  help: string;
  options: StepOptionView[];
  /** Our suggestion of what could show the answer; null for intake questions. */
  evidence: string | null;
}

export interface StepModel {
  id: string;
  kind: 'intake' | 'theme';
  title: string;
  intro: string;
  /** On a step with legal rules: the date of the law and the deviation note, for this organisation. */
  legalNote: string | null;
  /** The questions shown for these answers, in order. */
  questions: StepQuestionView[];
}

/** The step for a section, or undefined for an unknown section id. */
export function buildStepModel(
  questionnaire: Questionnaire,
  answers: Answers,
  sectionId: string,
  language: Language,
): StepModel | undefined {
  const section = questionnaire.sections.find((s) => s.id === sectionId);
  if (!section) return undefined;
  const resolve = (text: Parameters<typeof resolveText>[2]) =>
    resolveText(questionnaire, answers, text, language);
  const legal = questionnaire.legal;
  const shown = section.questions.filter((q) => isQuestionShown(questionnaire, answers, q.id));
  return {
    id: section.id,
    kind: section.kind,
    title: section.title[language],
    intro: section.intro[language],
    legalNote:
      section.kind === 'theme' && section.legalNote === true
        ? `${resolve(legal.deviation)} (${legal.asOf[language]})`
        : null,
    questions: shown.map((question, index) => ({
      id: question.id,
      type: question.type,
      number: index + 1,
      text: question.text[language],
      help: resolve(question.help),
      options: listShownOptions(questionnaire, answers, question).map((option) => ({
        id: option.id,
        label: option.label[language],
        isSpecial: 'kind' in option,
      })),
      evidence: question.type === 'scale' ? question.evidence[language] : null,
    })),
  };
}
