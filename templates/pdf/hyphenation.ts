/**
 * The Dutch and English hyphenation patterns, each loaded when the first report in its language is made: they
 * are large modules (the Dutch one takes about 0.1 s to load), and a report needs only one of them.
 */
import type { Language } from '../../questionnaire/schema.ts';

const importers: Record<Language, () => Promise<{ default: Hyphenator }>> = {
  nl: () => import('hyphen/nl'),
  en: () => import('hyphen/en-gb'),
};

const loading = new Map<Language, Promise<Hyphenator>>();

/** The hyphenator of the language, loaded once (a failed load is tried again next time). */
export function loadHyphenator(language: Language): Promise<Hyphenator> {
  let hyphenator = loading.get(language);
  if (!hyphenator) {
    hyphenator = importers[language]().then((module) => module.default);
    hyphenator.catch(() => loading.delete(language));
    loading.set(language, hyphenator);
  }
  return hyphenator;
}
