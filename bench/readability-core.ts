/**
 * Readability of the Dutch texts that the app shows from data: the questionnaire definition, the interface
 * strings and the fixed report texts. Pure functions (sentence splitting, syllables, Flesch-Douma) plus
 * `checkReadability()`, which measures the shipped texts, so that a test can hold them to the limits.
 *
 * The figures are rough by design; they point a writer at long sentences, they do not grade prose:
 * - Flesch-Douma is the Dutch adaptation of Flesch reading ease (Douma, 1960):
 *   206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
 * - Syllables are counted from the spelling (vowel groups), not from a dictionary: English loan words
 *   ("website") and acronyms ("OR") are off by one now and then.
 * - A number ("2026", "70%", "1.000") counts as one word of two syllables, whatever it would be read as.
 * - A template placeholder (`{level}`, `{{count}}`) becomes the one-syllable word "X".
 */
import questionnaireDefinition from '../questionnaire/definitions/zorgvriendelijk-werkgeverschap.json';
import interfaceStrings from '../src/i18n/nl.json';
import { APPLICATION_QUESTIONS, pickApplicationTexts } from '../templates/content/application-texts.ts';
import { NOT_ANSWERED } from '../templates/content/not-answered.ts';
import { pickReportTexts } from '../templates/content/report-texts.ts';

/** The limits the Dutch texts are held to (B1 level, as plain-language guides for Dutch put it). */
export const READABILITY_LIMITS = {
  /** A sentence with more words than this is "long". */
  longSentenceWords: 20,
  /** At most this share of sentences may be long, in percent. */
  maxLongSentencePercent: 2,
  /** At most this many words per sentence on average. */
  maxWordsPerSentence: 13,
  /** Flesch-Douma reading ease at least this. */
  minFleschDouma: 65,
} as const;

/** Syllables of a number: "2026" and "70%" are read as several, "1" as one; two is a rough middle. */
const NUMBER_SYLLABLES = 2;

/** The word a template placeholder stands for: a name, a level or a number, counted as one short word. */
const PLACEHOLDER_WORD = 'X';

/** The files the texts come from, as paths from the project root (they name each figure and offender). */
export const TEXT_SOURCES = {
  questionnaire: 'questionnaire/definitions/zorgvriendelijk-werkgeverschap.json',
  interface: 'src/i18n/nl.json',
  reportTexts: 'templates/content/report-texts.ts',
  applicationTexts: 'templates/content/application-texts.ts',
  notAnswered: 'templates/content/not-answered.ts',
} as const;

/** One text as the app shows it: where it is written (file and path in it) and the text. */
export interface SourceText {
  /** File, relative to the project root. */
  source: string;
  /** Where in the file: a JSON path (array items by `id` when they have one) or the key of a text object. */
  path: string;
  text: string;
}

/** One sentence of a text, with where it is written and its length in words. */
export interface MeasuredSentence {
  source: string;
  path: string;
  sentence: string;
  words: number;
}

/** The figures of a set of texts. Averages and percentages are unrounded. */
export interface ReadabilityFigures {
  texts: number;
  sentences: number;
  words: number;
  syllables: number;
  wordsPerSentence: number;
  /** Sentences of more than `READABILITY_LIMITS.longSentenceWords` words. */
  longSentences: number;
  /** `longSentences` as a percentage of all sentences (0–100). */
  longSentencePercent: number;
  fleschDouma: number;
}

/** One limit, the figure it applies to and whether the figure is within it. */
export interface LimitCheck {
  name: string;
  limit: number;
  actual: number;
  isMet: boolean;
}

/** Figures and limits of one set of texts (all of them, or the texts of one file). */
export interface ReadabilitySummary {
  figures: ReadabilityFigures;
  limits: LimitCheck[];
  isWithinLimits: boolean;
}

export interface ReadabilityReport {
  overall: ReadabilitySummary;
  /** One summary per source file, in the order the sources were first met. */
  bySource: (ReadabilitySummary & { source: string })[];
  /** Every sentence over the limit, longest first (then by source and path, so the order is stable). */
  longSentences: MeasuredSentence[];
}

// ---------------------------------------------------------------------------------------------------------
// Text preparation and sentence splitting
// ---------------------------------------------------------------------------------------------------------

/**
 * Replaces i18next interpolations (`{{count}}`) and report placeholders (`{level}`) by the word "X", so that
 * a placeholder counts as one word and its braces do not stick to neighbouring words.
 */
export function fillPlaceholders(text: string): string {
  return text.replace(/\{\{[^{}]*\}\}/g, PLACEHOLDER_WORD).replace(/\{[^{}\s]+\}/g, PLACEHOLDER_WORD);
}

/**
 * Abbreviations after which a full stop does not end a sentence, lower case. Abbreviations with dots inside
 * (`d.w.z.`, `m.b.t.`, `B.V.`) need not be listed: every such short-letters-and-dots token is one. Months are
 * here so that "1 jan. 2026" stays one sentence. "bijvoorbeeld." is a whole word, so it does end a sentence;
 * so does "ING." (the bank), which is why the title "ing." is not listed.
 */
const ABBREVIATIONS = new Set([
  'bijv.',
  'bv.',
  'art.',
  'nr.',
  'nrs.',
  'etc.',
  'enz.',
  'ca.',
  'incl.',
  'excl.',
  'max.',
  'min.',
  'evt.',
  'resp.',
  'vgl.',
  'zgn.',
  'blz.',
  'pag.',
  'par.',
  'hfst.',
  'bijl.',
  'vs.',
  'dhr.',
  'mevr.',
  'mr.',
  'dr.',
  'drs.',
  'ir.',
  'prof.',
  'st.',
  'tel.',
  'jl.',
  'jan.',
  'feb.',
  'mrt.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'okt.',
  'nov.',
  'dec.',
]);

/** Short letter groups each followed by a dot, as in "o.a.", "d.w.z.", "t.o.v.", "B.V.". */
const DOTTED_ABBREVIATION = /^(?:\p{L}{1,3}\.){2,}$/u;

/** An initial, "J." of "J. de Vries"; upper case only, since "u." ("voor u.") ends a sentence. */
const INITIAL = /^\p{Lu}\.$/u;

/** Where a line starts with a list marker: "-", "*", "•", "–", or "1." / "1)". */
const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s+/u;

/**
 * A sentence end: . ! ? : ; or …, then closing quotes or brackets, then whitespace and what can start a
 * sentence (a capital, a digit, an opening quote or bracket). A colon before a lower-case word ("Nodig:
 * minstens één") and a dot inside a number ("1.000", "2.0") do not match.
 */
const SENTENCE_END = /[.!?:;…]+["'”’)\]]*(?=\s+["'“‘„([\p{Lu}\p{Nd}])/gu;

/** True when the full stop that ends `before` belongs to an abbreviation ("o.a.", "nr.", "jan."). */
function endsWithAbbreviation(before: string): boolean {
  const token = /\S+$/u.exec(before)?.[0] ?? '';
  const word = token.replace(/^["'“‘„([]+/u, '');
  return ABBREVIATIONS.has(word.toLowerCase()) || DOTTED_ABBREVIATION.test(word) || INITIAL.test(word);
}

/**
 * Splits a text into sentences.
 *
 * - A sentence ends at . ! ? : ; or … followed by whitespace and a capital, a digit or an opening quote
 *   or bracket, or at the end of the text; a text without such punctuation is one sentence.
 * - Not after an abbreviation (see `ABBREVIATIONS`, and any "o.a."-like token or initial), so "bijv. De"
 *   and "nr. 42" continue the sentence; decimals ("70,5", "1.000") and dates ("1 januari 2026") never
 *   contain a sentence end.
 * - A line break ends a sentence, and a list marker at the start of a line (or " • " inside one) is removed.
 *
 * Returns the trimmed sentences, without empty ones.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const lines = text.split(/\r?\n|\u2028|\u2029|\s•\s/u);
  for (const rawLine of lines) {
    const line = rawLine.replace(BULLET, '').trim();
    let start = 0;
    for (const match of line.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      const isFullStop = match[0].startsWith('.') && !match[0].startsWith('..');
      if (isFullStop && endsWithAbbreviation(line.slice(start, match.index + 1))) continue;
      sentences.push(line.slice(start, end).trim());
      start = end;
    }
    sentences.push(line.slice(start).trim());
  }
  return sentences.filter((sentence) => sentence.length > 0);
}

/** The words of a sentence: whitespace-separated tokens that contain at least one letter or digit. */
export function splitWords(sentence: string): string[] {
  return sentence.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

// ---------------------------------------------------------------------------------------------------------
// Syllables
// ---------------------------------------------------------------------------------------------------------

/** Vowels as base letters (accents removed); "j" is a consonant, so "ij" counts with its "i". */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Vowel combinations that are one sound, longest first: the Dutch long vowels and diphthongs, their
 * three-letter forms ("mooi", "nieuw", "leeuw", "fraai", "groei") and a few in loan words ("mail", "hockey",
 * "bureau"). Other vowels side by side are separate syllables: "be-a-men", "ja-nu-a-ri", "e-va-lu-eerd".
 */
const VOWEL_GRAPHEMES = [
  'aai',
  'ooi',
  'oei',
  'eeu',
  'ieu',
  'eau',
  'aa',
  'ee',
  'oo',
  'uu',
  'ie',
  'oe',
  'ou',
  'au',
  'ei',
  'ui',
  'eu',
  'ai',
  'oi',
  'ay',
  'ey',
  'oy',
];

const COMBINING_DIAERESIS = '\u0308';
const COMBINING_MARK = /\p{M}/u;

/** A letter of a word, without its accent; `startsSyllable` when it carried a diaeresis (ë ï ü ö). */
interface Letter {
  base: string;
  startsSyllable: boolean;
}

/** The letters of a word in lower case, accents removed, diaeresis remembered. */
function toLetters(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const char of word.toLowerCase().normalize('NFD')) {
    const previous = letters.at(-1);
    if (char === COMBINING_DIAERESIS && previous) previous.startsSyllable = true;
    else if (!COMBINING_MARK.test(char)) letters.push({ base: char, startsSyllable: false });
  }
  return letters;
}

/** The syllable nuclei in one run of adjacent vowels: longest known combination first, else one vowel. */
function countNuclei(run: Letter[]): number {
  let nuclei = 0;
  let index = 0;
  while (index < run.length) {
    const rest = run.slice(index);
    const grapheme = VOWEL_GRAPHEMES.find(
      (candidate) =>
        candidate.length <= rest.length &&
        // A vowel with a diaeresis may start a combination ("naïef": na-ief) but never continue one.
        rest.slice(1, candidate.length).every((letter) => !letter.startsSyllable) &&
        rest
          .slice(0, candidate.length)
          .map((letter) => letter.base)
          .join('') === candidate,
    );
    index += grapheme?.length ?? 1;
    nuclei += 1;
  }
  return nuclei;
}

/**
 * The syllables of a Dutch word, from its spelling: one per vowel group, where a known long vowel or
 * diphthong (aa ee oo uu ie oe ou au ei ui eu, and ij through its i) counts once and a vowel with a
 * diaeresis starts a new syllable ("ge-ë-va-lu-eerd"). At least 1 for any word; a number (digits, no
 * letters) counts as 2 (see the file comment).
 */
export function countSyllables(word: string): number {
  if (!/\p{L}/u.test(word)) return /\p{N}/u.test(word) ? NUMBER_SYLLABLES : 1;
  let syllables = 0;
  let run: Letter[] = [];
  for (const letter of [...toLetters(word), { base: '', startsSyllable: false }]) {
    if (VOWELS.has(letter.base)) {
      run.push(letter);
    } else if (run.length > 0) {
      syllables += countNuclei(run);
      run = [];
    }
  }
  return Math.max(1, syllables);
}

// ---------------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------------

/**
 * Flesch-Douma reading ease: 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words). Higher is
 * easier; 60–70 is plain Dutch. 0 when there are no words or sentences (nothing to read is not "easy").
 */
export function computeFleschDouma(counts: { sentences: number; words: number; syllables: number }): number {
  if (counts.sentences === 0 || counts.words === 0) return 0;
  return 206.835 - 0.93 * (counts.words / counts.sentences) - 77 * (counts.syllables / counts.words);
}

/** Whether figures meet each of `READABILITY_LIMITS`. */
export function checkLimits(figures: ReadabilityFigures): LimitCheck[] {
  const limits = READABILITY_LIMITS;
  return [
    {
      name: `at most ${limits.maxLongSentencePercent}% of sentences over ${limits.longSentenceWords} words`,
      limit: limits.maxLongSentencePercent,
      actual: figures.longSentencePercent,
      isMet: figures.longSentencePercent <= limits.maxLongSentencePercent,
    },
    {
      name: `at most ${limits.maxWordsPerSentence} words per sentence on average`,
      limit: limits.maxWordsPerSentence,
      actual: figures.wordsPerSentence,
      isMet: figures.wordsPerSentence <= limits.maxWordsPerSentence,
    },
    {
      name: `Flesch-Douma reading ease at least ${limits.minFleschDouma}`,
      limit: limits.minFleschDouma,
      actual: figures.fleschDouma,
      isMet: figures.fleschDouma >= limits.minFleschDouma,
    },
  ];
}

interface Tally {
  texts: number;
  sentences: number;
  words: number;
  syllables: number;
  longSentences: number;
}

const emptyTally = (): Tally => ({ texts: 0, sentences: 0, words: 0, syllables: 0, longSentences: 0 });

function summarize(tally: Tally): ReadabilitySummary {
  const figures: ReadabilityFigures = {
    ...tally,
    wordsPerSentence: tally.sentences === 0 ? 0 : tally.words / tally.sentences,
    longSentencePercent: tally.sentences === 0 ? 0 : (100 * tally.longSentences) / tally.sentences,
    fleschDouma: computeFleschDouma(tally),
  };
  const limits = checkLimits(figures);
  return { figures, limits, isWithinLimits: limits.every((limit) => limit.isMet) };
}

/**
 * Measures texts: figures over all of them and per source file, and every sentence over
 * `READABILITY_LIMITS.longSentenceWords` words with where it is written. Placeholders are filled first
 * (`fillPlaceholders`); a text without any word counts as a text with no sentences.
 */
export function measureTexts(texts: readonly SourceText[]): ReadabilityReport {
  const overall = emptyTally();
  const bySource = new Map<string, Tally>();
  const longSentences: MeasuredSentence[] = [];
  for (const { source, path, text } of texts) {
    const tally = bySource.get(source) ?? emptyTally();
    bySource.set(source, tally);
    for (const target of [overall, tally]) target.texts += 1;
    for (const sentence of splitSentences(fillPlaceholders(text))) {
      const words = splitWords(sentence);
      if (words.length === 0) continue;
      const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
      const isLong = words.length > READABILITY_LIMITS.longSentenceWords;
      for (const target of [overall, tally]) {
        target.sentences += 1;
        target.words += words.length;
        target.syllables += syllables;
        if (isLong) target.longSentences += 1;
      }
      if (isLong) longSentences.push({ source, path, sentence, words: words.length });
    }
  }
  longSentences.sort(
    (a, b) => b.words - a.words || a.source.localeCompare(b.source) || a.path.localeCompare(b.path),
  );
  return {
    overall: summarize(overall),
    bySource: [...bySource].map(([source, tally]) => ({ source, ...summarize(tally) })),
    longSentences,
  };
}

/** A long sentence with every place it is written: variants of a text often repeat a sentence word for word. */
export interface LongSentenceGroup {
  sentence: string;
  words: number;
  places: { source: string; path: string }[];
}

/**
 * Groups long sentences that are the same text (in the order of their first occurrence), so that a writer
 * sees a sentence once with all the places to change it.
 */
export function groupLongSentences(sentences: readonly MeasuredSentence[]): LongSentenceGroup[] {
  const groups = new Map<string, LongSentenceGroup>();
  for (const { source, path, sentence, words } of sentences) {
    const group = groups.get(sentence) ?? { sentence, words, places: [] };
    group.places.push({ source, path });
    groups.set(sentence, group);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------------------------------------------------
// Collecting the texts
// ---------------------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The path of an array item: its `id` when it has one (stable when items move), else its index. */
function itemPath(path: string, item: unknown, index: number): string {
  const id = isRecord(item) && typeof item.id === 'string' ? item.id : String(index);
  return `${path}[${id}]`;
}

const keyPath = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** Every string inside a JSON value, with its path. */
export function collectStrings(value: unknown, source: string, path = ''): SourceText[] {
  if (typeof value === 'string') return [{ source, path, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => collectStrings(item, source, itemPath(path, item, index)));
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, child]) => collectStrings(child, source, keyPath(path, key)));
  }
  return [];
}

/**
 * Every Dutch text in a questionnaire-like JSON value: the strings under an "nl" key, at any depth (localized
 * texts and the variants of a text that depends on the organisation). Other languages are skipped.
 */
export function collectLocalizedTexts(value: unknown, source: string, path = ''): SourceText[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => collectLocalizedTexts(item, source, itemPath(path, item, index)));
  }
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'nl'
      ? collectStrings(child, source, keyPath(path, key))
      : collectLocalizedTexts(child, source, keyPath(path, key)),
  );
}

/**
 * Every Dutch text the app shows from data, from the modules themselves (not from their source text):
 * the questionnaire definition ("nl" keys), the interface strings (every string of `nl.json`), the report
 * and application texts (the Dutch text objects and the application questions) and "Niet beantwoord".
 */
export function collectDutchTexts(): SourceText[] {
  const fromObject = (source: string, texts: Readonly<Record<string, string>>) =>
    Object.entries(texts).map(([path, text]) => ({ source, path, text }));
  return [
    ...collectLocalizedTexts(questionnaireDefinition, TEXT_SOURCES.questionnaire),
    ...collectStrings(interfaceStrings, TEXT_SOURCES.interface),
    ...fromObject(TEXT_SOURCES.reportTexts, pickReportTexts('nl')),
    ...fromObject(TEXT_SOURCES.applicationTexts, pickApplicationTexts('nl')),
    ...APPLICATION_QUESTIONS.map((question) => ({
      source: TEXT_SOURCES.applicationTexts,
      path: `APPLICATION_QUESTIONS[${question.id}].question.nl`,
      text: question.question.nl,
    })),
    { source: TEXT_SOURCES.notAnswered, path: 'NOT_ANSWERED.nl', text: NOT_ANSWERED.nl },
  ];
}

/** Measures every Dutch text of the app (`collectDutchTexts`); see `measureTexts` for what it returns. */
export function checkReadability(): ReadabilityReport {
  return measureTexts(collectDutchTexts());
}
