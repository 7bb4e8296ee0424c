/**
 * Interface strings in Dutch (default) and English with i18next. Question texts come from the
 * questionnaire definition, not from here. The chosen language is remembered in this browser.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../questionnaire/schema.ts';
import en from './en.json';
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

/** Switches the interface language, remembers it and sets the document's language for screen readers. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered when storage is blocked; the switch still works for this visit.
  }
}

const initialLanguage = readStoredLanguage();
void i18next.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initialLanguage,
  fallbackLng: 'nl',
  initAsync: false,
  // React escapes text itself; i18next must not produce markup.
  interpolation: { escapeValue: false },
});
if (typeof document !== 'undefined') document.documentElement.lang = initialLanguage;

export { i18next };
