/**
 * Interface strings in Dutch (default) and English with i18next. Question texts come from the
 * questionnaire definition, not from here. The chosen language is remembered in this browser.
 * Dutch is part of the first screen; English is a separate chunk, loaded when it is chosen.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../questionnaire/schema.ts';
import nl from './nl.json';

export const LANGUAGE_STORAGE_KEY = 'quickscan:language';

function readStoredLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    // Storage can be blocked (privacy settings); Dutch is the default then.
    return 'nl';
  }
}

/** What else a language needs before the interface switches to it (the questionnaire's own texts). */
const languageLoaders: ((language: Language) => Promise<void>)[] = [];

/** Adds something to load before a language is used (see `loadLanguage`); it must be idempotent. */
export function addLanguageLoader(load: (language: Language) => Promise<void>): void {
  languageLoaders.push(load);
}

async function loadStrings(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const { default: strings } = await import('./en.json');
  i18next.addResourceBundle('en', 'translation', strings);
}

/** Makes sure the strings of a language, and whatever else it needs, are loaded (English comes in its own chunks). */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([loadStrings(language), ...languageLoaders.map((load) => load(language))]);
}

/** Switches the interface language, remembers it and sets the document's language for screen readers. */
export async function changeLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered when storage is blocked; the switch still works for this visit.
  }
}

/** The language this browser chose before (Dutch when none): load it with `loadLanguage` before the first render. */
export const initialLanguage = readStoredLanguage();

void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl } },
  // English starts in Dutch until its strings are loaded (`startInLanguage`): no key is ever shown.
  lng: 'nl',
  fallbackLng: 'nl',
  initAsync: false,
  // React escapes text itself; i18next must not produce markup.
  interpolation: { escapeValue: false },
});

/** Loads the remembered language and switches to it; the app renders after this. */
export async function startInLanguage(): Promise<void> {
  if (initialLanguage !== 'nl') {
    await loadLanguage(initialLanguage);
    await i18next.changeLanguage(initialLanguage);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = initialLanguage;
}

export { i18next };
