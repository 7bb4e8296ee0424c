/**
 * Fonts and hyphenation for the PDF. The fonts are DejaVu Sans (bundled from the dejavu-fonts-ttf
 * package, never fetched from the internet): it has every Dutch accent, €, ≥, ✓ and typographic quotes,
 * which the built-in PDF fonts lack. Hyphenation follows the report's language.
 */
import { Font } from '@react-pdf/renderer';
import englishHyphenator from 'hyphen/en-gb';
import dutchHyphenator from 'hyphen/nl';
import type { Language } from '../../questionnaire/schema.ts';

export const REPORT_FONT = 'DejaVu Sans';

export interface FontSources {
  /** A URL (browser) or a file path (Node) of DejaVuSans.ttf. */
  regular: string;
  /** The same for DejaVuSans-Bold.ttf. */
  bold: string;
}

let registered: string | null = null;

/** Registers the report fonts once per set of sources. */
export function registerReportFonts(sources: FontSources): void {
  const key = `${sources.regular}|${sources.bold}`;
  if (registered === key) return;
  Font.register({
    family: REPORT_FONT,
    fonts: [
      { src: sources.regular, fontWeight: 'normal' },
      { src: sources.bold, fontWeight: 'bold' },
    ],
  });
  registered = key;
}

const SOFT_HYPHEN = '\u00AD';

/** Splits words at the hyphenation points of the language (react-pdf joins the parts with a hyphen). */
export function applyReportHyphenation(language: Language): void {
  const hyphenator = language === 'nl' ? dutchHyphenator : englishHyphenator;
  Font.registerHyphenationCallback((word) => {
    // Short words, numbers and words that already contain a hyphen stay whole.
    if (word.length < 8 || /[\d-]/.test(word)) return [word];
    return hyphenator.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  });
}
