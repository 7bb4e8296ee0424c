import type { Language } from '../questionnaire/schema.ts';

/**
 * A number as people in this language write it: a decimal comma in Dutch ("2,5"), a point in English
 * ("2.5"). No thousands separator: the exports only show small numbers such as the gain of an action.
 */
export function formatDecimal(value: number, language: Language): string {
  const text = String(value);
  return language === 'nl' ? text.replace('.', ',') : text;
}
