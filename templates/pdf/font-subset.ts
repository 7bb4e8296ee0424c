/**
 * Which characters the PDF fonts keep (docs/decisions/0008-pdf-font-subset.md). The report fonts are
 * subsets of DejaVu Sans, written by `npm run fonts` (build/subset-pdf-fonts.ts) into
 * `templates/pdf/font-files/`: every character of our own texts, plus broad ranges for what people type
 * (organisation names, notes, where evidence is kept). A character outside the set prints as an empty box.
 */
import { createAnswersFile } from '../../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../../questionnaire/example-answers.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import { pickReportTexts } from '../content/report-texts.ts';
import { buildGroupReportModel } from '../group-report-model.ts';
import { buildReportModel } from '../report-model.ts';

/** The committed subset fonts, in `templates/pdf/font-files/`, made from the same files of `dejavu-fonts-ttf`. */
export const SUBSET_FONT_FILES = {
  regular: { source: 'DejaVuSans.ttf', subset: 'DejaVuSans-subset.ttf' },
  bold: { source: 'DejaVuSans-Bold.ttf', subset: 'DejaVuSans-Bold-subset.ttf' },
} as const;

export interface CodePointRange {
  from: number;
  to: number;
  /** Why the range is kept. */
  why: string;
}

const only = (chars: string, why: string): CodePointRange[] =>
  [...chars].map((char) => ({ from: char.codePointAt(0) ?? 0, to: char.codePointAt(0) ?? 0, why }));

/** What people may type, kept whatever our own texts say (the font keeps those of them it has). */
export const USER_TEXT_RANGES: readonly CodePointRange[] = [
  { from: 0x0020, to: 0x007e, why: 'Basic Latin' },
  { from: 0x00a0, to: 0x00ff, why: 'Latin-1 Supplement: Dutch, German, French, Spanish… accents, £, ×, ½' },
  { from: 0x0100, to: 0x017f, why: 'Latin Extended-A: Polish, Czech, Turkish, Hungarian, Baltic… names' },
  ...only('ƒƏəƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜȘșȚț', 'Latin Extended-B: Romanian ș ț, Azeri ə, Vietnamese ơ ư, ǎ, ƒ'),
  { from: 0x0300, to: 0x036f, why: 'Combining accents: text typed or pasted in decomposed form (macOS)' },
  { from: 0x2000, to: 0x206f, why: 'General Punctuation: dashes, typographic quotes, bullet, ellipsis, ‰' },
  { from: 0x20a0, to: 0x20cf, why: 'Currency Symbols: €, ₺, ₹…' },
  { from: 0x2190, to: 0x21ff, why: 'Arrows' },
  ...only('№™−∓≈≠≤≥∞', 'Letterlike and mathematical signs'),
  ...only('■□▪▫●○◦★☆☐☑☒✓✔✕✖✗✘', 'Check boxes, checks, crosses and list marks pasted from other documents'),
  ...only('\uFFFD', 'The replacement sign �, printed instead of a character outside this set (fonts.ts)'),
];

/** Signs the PDF components print themselves (list and status marks), beside the texts of the model. */
export const REPORT_SIGNS = '•·✓☐–→↗↘−×€≥“”‘’„';

function collectStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, into);
}

/**
 * Every character our own texts can put in a PDF: the questionnaire, the report texts in both languages,
 * and the report models (single, with progress, group) built from the example answers, plus the signs
 * of the components.
 */
export function collectReportCharacters(questionnaire: Questionnaire): Set<string> {
  const texts = new Set<string>();
  collectStrings(questionnaire, texts);
  collectStrings(pickReportTexts('nl'), texts);
  collectStrings(pickReportTexts('en'), texts);
  const fileOf = (profile: 'best' | 'worst' | 'mixed') =>
    createAnswersFile(questionnaire, createExampleAnswers(questionnaire, profile));
  const profiles = ['best', 'worst', 'mixed'] as const;
  for (const language of ['nl', 'en'] as const) {
    for (const profile of profiles)
      collectStrings(buildReportModel(questionnaire, fileOf(profile), language), texts);
    // The progress section (with its signs) and the group report print words of their own.
    collectStrings(
      buildReportModel(questionnaire, fileOf('mixed'), language, {
        progress: { earlier: fileOf('best'), label: 'Eerder' },
      }),
      texts,
    );
    const roles = ['hr', 'works-council', 'carer'] as const;
    collectStrings(
      buildGroupReportModel(
        questionnaire,
        profiles.map((profile, index) => ({
          file: { ...fileOf(profile), participant: { role: roles[index] } },
        })),
        {},
        language,
      ),
      texts,
    );
  }
  return new Set([...[...texts].join(''), ...REPORT_SIGNS].filter((char) => char.trim() !== ''));
}

/** The code points the subset fonts are asked to keep, ascending: the user text ranges and our own characters. */
export function listSubsetCodePoints(questionnaire: Questionnaire): number[] {
  const codePoints = new Set<number>();
  for (const range of USER_TEXT_RANGES) {
    for (let codePoint = range.from; codePoint <= range.to; codePoint += 1) codePoints.add(codePoint);
  }
  for (const char of collectReportCharacters(questionnaire)) codePoints.add(char.codePointAt(0) ?? 0);
  return [...codePoints].sort((a, b) => a - b);
}
