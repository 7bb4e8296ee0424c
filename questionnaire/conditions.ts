/**
 * Conditions on the intake: which questions are shown, and which wording of a text fits the organisation.
 */
import type { Condition, Language, Questionnaire, VariantText, When } from './schema.ts';
import type { Answers } from './questions.ts';
import { isQuestionShown } from './questions.ts';

/**
 * Whether a condition holds for these answers. An intake question that is unanswered (or hidden) has
 * no answer: `anyOf` does not hold, `noneOf` does.
 */
export function isConditionMet(
  questionnaire: Questionnaire,
  answers: Answers,
  condition: Condition,
): boolean {
  const answer = isQuestionShown(questionnaire, answers, condition.question)
    ? answers[condition.question]
    : undefined;
  if ('anyOf' in condition) return answer !== undefined && condition.anyOf.includes(answer);
  return answer === undefined || !condition.noneOf.includes(answer);
}

/** Whether a `when` (one condition, or a list that must all hold) holds for these answers. */
export function isWhenMet(questionnaire: Questionnaire, answers: Answers, when: When): boolean {
  const conditions = Array.isArray(when) ? when : [when];
  return conditions.every((condition) => isConditionMet(questionnaire, answers, condition));
}

/**
 * The wording of a text for this organisation: the text itself, or the first variant whose `when`
 * holds (the schema makes sure the last variant has no `when`, so there is always one).
 */
export function resolveText(
  questionnaire: Questionnaire,
  answers: Answers,
  text: VariantText,
  language: Language,
): string {
  if (!Array.isArray(text)) return text[language];
  const variant = text.find((v) => v.when === undefined || isWhenMet(questionnaire, answers, v.when));
  return (variant ?? text[text.length - 1])?.[language] ?? '';
}
