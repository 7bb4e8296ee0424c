/**
 * A questionnaire without the texts of one language, and those texts apart, so that the app can start
 * with Dutch only and load English when it is chosen. Every object with a string `nl` and a string `en`
 * is a text (a localized text or a variant of one). The split-off texts are kept in the order in which
 * `JSON.parse` revives them (depth first), and put back in that same order.
 */
import type { Language } from './schema.ts';

function isText(value: unknown): value is Record<string, unknown> & Record<Language, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'nl' in value &&
    'en' in value &&
    typeof value.nl === 'string' &&
    typeof value.en === 'string'
  );
}

/** A deep copy of the value in which every text passes through `onText`. */
function mapTexts<T>(value: T, onText: (text: Record<Language, string>) => object): T {
  const copy: T = JSON.parse(JSON.stringify(value), (_key, item: unknown) =>
    isText(item) ? onText(item) : item,
  );
  return copy;
}

/** The value with every text's `language` emptied, and those texts in order. */
export function splitLanguage<T>(value: T, language: Language): { without: T; texts: string[] } {
  const texts: string[] = [];
  const without = mapTexts(value, (text) => {
    texts.push(text[language]);
    return { ...text, [language]: '' };
  });
  return { without, texts };
}

/** Puts the texts of `splitLanguage` back; throws if they do not fit the value. */
export function joinLanguage<T>(without: T, language: Language, texts: readonly string[]): T {
  let next = 0;
  const joined = mapTexts(without, (text) => {
    const found = texts[next];
    if (found === undefined) throw new Error(`joinLanguage: fewer ${language} texts than places`);
    next += 1;
    return { ...text, [language]: found };
  });
  if (next !== texts.length)
    throw new Error(`joinLanguage: ${texts.length} ${language} texts for ${next} places`);
  return joined;
}
