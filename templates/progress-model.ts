/**
 * The progress view: every word of the "progress since the previous scan" section, chosen from two
 * answers files of the same organisation. Both scans are scored here (through `compareProgress`), with
 * the questionnaire given, so the numbers always belong to the files. Plain data, like the report model.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import type { Language, Questionnaire, ThemeId } from '../questionnaire/schema.ts';
import { compareProgress, type QuestionChange } from '../scoring/progress.ts';
import { fillTemplate, pickReportTexts } from './content/report-texts.ts';
import { createLabels, type Labels } from './labels.ts';

export interface ProgressChangeView {
  questionId: string;
  question: string;
  themeTitle: string;
  /** The answer then and now, as labels ("Niet beantwoord" when there was none). */
  from: string;
  to: string;
  /** "Toen: Deels. Nu: Geregeld." */
  line: string;
}

export interface ProgressListView {
  title: string;
  items: ProgressChangeView[];
  /** The sentence to show when `items` is empty; null otherwise. */
  empty: string | null;
}

export interface ProgressThemeRow {
  id: ThemeId;
  label: string;
  then: number;
  now: number;
  /** now − then, in whole points. */
  change: number;
  /** The change with its sign: "+12", "−3", "0". */
  changeLabel: string;
}

export interface ProgressView {
  title: string;
  intro: string;
  earlier: {
    label: string;
    /** When the earlier answers were last changed (ISO 8601), or null when the file does not say. */
    date: string | null;
    /** The date in words ("3 maart 2025"), or null. */
    dateLabel: string | null;
  };
  /** "Vorige scan: Voorjaar 2025, 3 maart 2025". */
  earlierLine: string;
  overall: { then: number; now: number; change: number; changeLabel: string };
  /** "Totaalscore: toen 40, nu 52 (+12)". */
  overallLine: string;
  level: { then: string; now: string };
  /** "Niveau: toen Start, nu Op weg". */
  levelLine: string;
  themes: ProgressThemeRow[];
  /** Actions of the earlier plan that are now in place. */
  nowInPlace: ProgressListView;
  /** Actions of the earlier plan that moved forward but are not yet in place. */
  improved: ProgressListView;
  /** Answers that score lower now than then. */
  worse: ProgressListView;
}

/** A whole-number change with its sign; the minus is a real minus sign (U+2212). */
export function formatChange(change: number): string {
  if (change > 0) return `+${change}`;
  if (change < 0) return `\u2212${Math.abs(change)}`;
  return '0';
}

/** A date (ISO 8601) in words in this language, in UTC; null when it cannot be read. */
export function formatDateLabel(date: string, language: Language): string | null {
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) return null;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(parsed);
}

function toChangeView(labels: Labels, template: string, change: QuestionChange): ProgressChangeView {
  const from = labels.option(change.questionId, change.from);
  const to = labels.option(change.questionId, change.to);
  return {
    questionId: change.questionId,
    question: labels.question(change.questionId),
    themeTitle: labels.section(change.themeId),
    from,
    to,
    line: fillTemplate(template, { from, to }),
  };
}

/**
 * Builds the progress view.
 *
 * @param questionnaire the parsed questionnaire; both files are scored with it
 * @param earlier the earlier scan, with the label the user gave it (for example "Voorjaar 2025")
 * @param later the current scan
 * @param language the language of every text
 */
export function buildProgressView(
  questionnaire: Questionnaire,
  earlier: { file: AnswersFile; label: string },
  later: AnswersFile,
  language: Language,
): ProgressView {
  const texts = pickReportTexts(language);
  const labels = createLabels(questionnaire, language);
  const progress = compareProgress(questionnaire, earlier.file.answers, later.answers);
  const date = earlier.file.updatedAt ?? null;
  const dateLabel = date === null ? null : formatDateLabel(date, language);
  const list = (title: string, changes: QuestionChange[], empty: string): ProgressListView => ({
    title,
    items: changes.map((change) => toChangeView(labels, texts.progressFromTo, change)),
    empty: changes.length === 0 ? empty : null,
  });
  const level = { then: labels.level(progress.level.then), now: labels.level(progress.level.now) };
  const overallChange = formatChange(progress.overall.change);

  return {
    title: texts.progress,
    intro: texts.progressIntro,
    earlier: { label: earlier.label, date, dateLabel },
    earlierLine: dateLabel
      ? fillTemplate(texts.progressEarlierDated, { label: earlier.label, date: dateLabel })
      : fillTemplate(texts.progressEarlier, { label: earlier.label }),
    overall: { ...progress.overall, changeLabel: overallChange },
    overallLine: fillTemplate(texts.progressOverall, {
      then: progress.overall.then,
      now: progress.overall.now,
      change: overallChange,
    }),
    level,
    levelLine: fillTemplate(texts.progressLevel, level),
    themes: progress.themes.map((theme) => ({
      id: theme.id,
      label: labels.section(theme.id),
      then: theme.then,
      now: theme.now,
      change: theme.change,
      changeLabel: formatChange(theme.change),
    })),
    nowInPlace: list(texts.progressNowInPlace, progress.nowInPlace, texts.progressNoneInPlace),
    improved: list(texts.progressImproved, progress.improved, texts.progressNoneImproved),
    worse: list(texts.progressWorse, progress.worse, texts.progressNoneWorse),
  };
}
