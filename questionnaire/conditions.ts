/**
 * Conditions on the intake: which questions are shown, and which wording of a text fits the organisation.
 */
import type { Language, Questionnaire, VariantText } from './schema.ts';
import { isWhenMet, type Answers } from './questions.ts';

// The conditions themselves live with the question queries, which need them to decide what is shown.
export { isConditionMet, isWhenMet } from './questions.ts';

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
