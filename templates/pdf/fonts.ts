/**
 * Fonts and hyphenation for the PDF. The fonts are subsets of DejaVu Sans (from the dejavu-fonts-ttf
 * package, committed in `font-files/`, never fetched from the internet; decision 0008): they have every
 * Dutch accent, €, ≥, ✓ and typographic quotes, which the built-in PDF fonts lack. Hyphenation follows
 * the report's language.
 */
import { Font } from '@react-pdf/renderer';
import type { Font as LoadedFont } from 'fontkit';
import type { Language } from '../../questionnaire/schema.ts';
import { loadHyphenator } from './hyphenation.ts';

export const REPORT_FONT = 'DejaVu Sans';

export interface FontSources {
  /** A URL or data URL (browser) or a file path (Node) of the regular subset font (DejaVuSans-subset.ttf). */
  regular: string;
  /** The same for the bold one. */
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

/**
 * The syllables of words already hyphenated, per language: a report asks for the same words many times
 * (and again in the next report), and the hyphenator is slow. Emptied when it grows past the limit.
 */
const hyphenated: Record<Language, Map<string, string[]>> = { nl: new Map(), en: new Map() };
const MAX_CACHED_WORDS = 20_000;

/** Splits words at the hyphenation points of the language (react-pdf joins the parts with a hyphen). */
export async function applyReportHyphenation(language: Language): Promise<void> {
  const hyphenator = await loadHyphenator(language);
  const cache = hyphenated[language];
  Font.registerHyphenationCallback((word) => {
    // Short words, numbers and words that already contain a hyphen stay whole.
    if (word.length < 8 || /[\d-]/.test(word)) return [word];
    let parts = cache.get(word);
    if (!parts) {
      parts = hyphenator.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
      if (cache.size >= MAX_CACHED_WORDS) cache.clear();
      cache.set(word, parts);
    }
    return parts;
  });
}

const rememberingFonts = new WeakSet<LoadedFont>();
const MAX_SHAPED_TEXTS = 10_000;

/**
 * Makes a loaded font remember the glyphs it shaped for a text: react-pdf shapes every text again for each report
 * (and the running header and footer once per part), and shaping is a third of its text layout. The result depends
 * only on the arguments, and react-pdf copies the positions it changes.
 */
function rememberShapedText(font: LoadedFont): void {
  if (rememberingFonts.has(font)) return;
  rememberingFonts.add(font);
  const shape = font.layout.bind(font);
  const shaped = new Map<string, ReturnType<LoadedFont['layout']>>();
  font.layout = (...args) => {
    const key = JSON.stringify(args);
    let run = shaped.get(key);
    if (!run) {
      run = shape(...args);
      if (shaped.size >= MAX_SHAPED_TEXTS) shaped.clear();
      shaped.set(key, run);
    }
    return run;
  };
}

/** Replaces the characters of a text that the report fonts cannot print. */
export type PrintableText = (text: string) => string;

const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Registers the fonts and the hyphenation of the language, loads both fonts, and tells which characters
 * they can print. A character outside the fonts would otherwise fall back to react-pdf's built-in Helvetica,
 * which silently prints a wrong letter for it (漢 as ", ☺ as :): instead it becomes U+FFFD �, and an
 * invisible format character (a variation selector after an emoji) is left out. Decision 0008.
 */
export async function prepareReportFonts(sources: FontSources, language: Language): Promise<PrintableText> {
  registerReportFonts(sources);
  const weights = ['normal', 'bold'] as const;
  await Promise.all([
    applyReportHyphenation(language),
    ...weights.map((fontWeight) => Font.load({ fontFamily: REPORT_FONT, fontWeight })),
  ]);
  const fonts = weights.map((fontWeight) => Font.getFont({ fontFamily: REPORT_FONT, fontWeight }).data);
  for (const font of fonts) if (font) rememberShapedText(font);
  const canPrint = (codePoint: number) =>
    fonts.every((font) => font?.hasGlyphForCodePoint(codePoint) ?? false);
  const decided = new Map<string, string>();
  const replace = (char: string) => {
    let printable = decided.get(char);
    if (printable === undefined) {
      if (canPrint(char.codePointAt(0) ?? 0)) printable = char;
      else printable = /\p{Default_Ignorable_Code_Point}/u.test(char) ? '' : REPLACEMENT_CHARACTER;
      decided.set(char, printable);
    }
    return printable;
  };
  // Printable ASCII, tabs and line breaks are always in the fonts.
  return (text) => text.replace(/[^\t\n\r\x20-\x7e]/gu, replace);
}

/**
 * The model with every string made printable (see `prepareReportFonts`). Models are plain data: they travel to
 * the PDF worker as messages.
 */
export function withPrintableText<Model>(model: Model, printable: PrintableText): Model {
  return JSON.parse(JSON.stringify(model), (_key, value: unknown) =>
    typeof value === 'string' ? printable(value) : value,
  );
}
