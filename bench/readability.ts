/**
 * `npm run readability`: how easy the Dutch texts of the app are to read, printed as a report.
 *
 * - Texts: every Dutch text the app shows from data: the questionnaire definition, the interface strings
 *   (`src/i18n/nl.json`) and the fixed report and application texts (`templates/content/`).
 * - Figures, for all texts and per file: texts, sentences, words, words per sentence, the share of
 *   sentences over 20 words and Flesch-Douma reading ease, each with its limit and whether it is met.
 * - Then every sentence over 20 words, longest first, with its file and path, so a writer can fix it.
 * - `--json`: the same as one JSON object (`ReadabilityReport` of `readability-core.ts`).
 *
 * A measurement, not a gate: it exits with 0 whatever the figures (2 only for an unknown option).
 * How words, sentences and syllables are counted: `readability-core.ts`.
 */
import {
  checkReadability,
  groupLongSentences,
  READABILITY_LIMITS,
  type ReadabilityReport,
  type ReadabilitySummary,
} from './readability-core.ts';

const USAGE = 'Usage: tsx --tsconfig tsconfig.node.json bench/readability.ts [--json]';

const options = process.argv.slice(2);
const unknown = options.filter((option) => option !== '--json');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}\n${USAGE}`);
  process.exit(2);
}

/** "met" or "NOT met" after a figure, so a failing limit stands out in a long listing. */
const verdict = (isMet: boolean) => (isMet ? 'met' : 'NOT met');

/** One row of the table; "!" after a figure that is over its limit. */
function formatRow(label: string, { figures, limits }: ReadabilitySummary): string {
  const [long, perSentence, ease] = limits.map((limit) => (limit.isMet ? ' ' : '!'));
  return [
    label.padEnd(62),
    String(figures.texts).padStart(6),
    String(figures.sentences).padStart(10),
    String(figures.words).padStart(7),
    `${figures.wordsPerSentence.toFixed(1)}${perSentence}`.padStart(12),
    `${figures.longSentencePercent.toFixed(1)}%${long}`.padStart(10),
    `${figures.fleschDouma.toFixed(1)}${ease}`.padStart(13),
  ].join(' ');
}

function printReport(report: ReadabilityReport): void {
  const { longSentenceWords } = READABILITY_LIMITS;
  const summaries = [
    { label: 'all texts', summary: report.overall },
    ...report.bySource.map((summary) => ({ label: summary.source, summary })),
  ];

  console.log('Readability of the Dutch texts ("!" marks a figure that does not meet its limit)\n');
  console.log(
    `${'source'.padEnd(62)}  texts  sentences   words  words/sent.  >${longSentenceWords} words  Flesch-Douma`,
  );
  for (const { label, summary } of summaries) console.log(formatRow(label, summary));

  for (const { label, summary } of summaries) {
    console.log(`\nLimits, ${label}:`);
    for (const limit of summary.limits) {
      console.log(`  ${limit.name}: ${limit.actual.toFixed(1)} (${verdict(limit.isMet)})`);
    }
  }

  const groups = groupLongSentences(report.longSentences);
  console.log(
    `\nSentences over ${longSentenceWords} words: ${report.longSentences.length} ` +
      `(${groups.length} different), longest first:`,
  );
  for (const { sentence, words, places } of groups) {
    console.log(`\n${String(words).padStart(3)} words  ${sentence}`);
    for (const { source, path } of places) console.log(`           ${source}  ${path}`);
  }
}

const report = checkReadability();
if (options.includes('--json')) {
  console.log(JSON.stringify({ limits: READABILITY_LIMITS, ...report }, null, 2));
} else {
  printReport(report);
}
