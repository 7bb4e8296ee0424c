/**
 * The report model: every word of the results page and the PDF report, chosen in one pure function
 * from the questionnaire and the answers file. The result is scored here, from the answers it is
 * given, so a report can never be paired with another scan's result. Views only render the model;
 * it is plain data, so it can be posted to the PDF worker.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import { isWhenMet, resolveText } from '../questionnaire/conditions.ts';
import { findQuestion, isQuestionShown, type Answers } from '../questionnaire/questions.ts';
import { LegalSchemeIdSchema } from '../questionnaire/ids.ts';
import type {
  Example,
  Language,
  LegalSchemeId,
  LevelId,
  Questionnaire,
  ScaleQuestion,
  ThemeId,
  VariantText,
} from '../questionnaire/schema.ts';
import { scoreQuestionnaire, type Blocker, type ScoreResult } from '../scoring/score-questionnaire.ts';
import {
  buildApplicationDraft,
  buildEvidenceFolder,
  buildNotes,
  type ApplicationDraftView,
  type EvidenceFolderView,
  type NoteView,
} from './application-model.ts';
import { pickApplicationTexts, type ApplicationTexts } from './content/application-texts.ts';
import { fillTemplate, pickReportTexts, type ReportTexts } from './content/report-texts.ts';
import { describeBlocker } from './describe-blocker.ts';
import { createLabels, type Labels } from './labels.ts';
import { buildProgressView, type ProgressView } from './progress-model.ts';

/** How many actions the action plan shows. */
const MAX_ACTIONS = 10;
/** How many strengths are listed before "and N more". */
const MAX_STRENGTHS = 6;

export interface ExampleView {
  organisation: string;
  /** For example "cao 2018–2019". */
  period: string;
  text: string;
  source: string;
}

export interface TipView {
  title: string;
  text: string;
  example: ExampleView | null;
}

export interface ActionView {
  rank: number;
  questionId: string;
  themeTitle: string;
  question: string;
  current: string;
  target: string;
  /** Points the overall score would rise, one decimal. */
  gain: number;
  /** Label of the lowest level this action is needed for, or null. */
  neededFor: string | null;
  isQuickWin: boolean;
  tip: TipView | null;
}

export interface ThemeView {
  id: ThemeId;
  title: string;
  score: number;
  band: string;
  /** "Score 54 van 100 · Basis". */
  scoreLine: string;
  /** Questions answered "in place" or better. */
  inPlace: string[];
  /** Shown questions below "in place" (including "weet niet" and unanswered). */
  missing: string[];
  /** The tips for what is missing, each once, with a cao example where one fits. */
  tips: TipView[];
}

export type LegalStatus = 'in-order' | 'not-in-order' | 'unknown';

export interface LegalCheckItem {
  schemeId: LegalSchemeId;
  name: string;
  status: LegalStatus;
  statusLabel: string;
  /** The rule in plain words, true for this organisation. */
  rule: string;
}

export interface LegalCheckView {
  intro: string;
  /** The date of the law, for example "stand 1 januari 2026"; shown with every rule. */
  asOf: string;
  /** That a cao or works-council arrangement may deviate, either way; not legal advice. */
  deviation: string;
  items: LegalCheckItem[];
}

export interface RouteStepView {
  id: string;
  title: string;
  text: string;
  status: 'done' | 'current' | 'later';
  statusLabel: string;
}

export interface CalculatorTexts {
  title: string;
  intro: string;
  /** With `{hours}` for the number of hours. */
  shortTerm: string;
  longTerm: string;
  asOf: string;
  deviation: string;
}

export type { EvidenceItem, EvidenceStatus, NoteView } from './application-model.ts';

export interface ReportModel {
  language: Language;
  /** Every fixed label in this language. */
  texts: ReportTexts & ApplicationTexts;
  title: string;
  organisationName: string | null;
  /** "Voor: …", or null without a name. */
  forOrganisation: string | null;
  questionnaireVersion: string;
  level: { id: LevelId; label: string; description: string };
  nextLevel: { id: LevelId; label: string } | null;
  recognitionReady: boolean;
  /** The note for an organisation that is ready to apply: the committee decides. */
  readyNote: string | null;
  overall: number;
  overallLine: string;
  blockersTitle: string;
  /** Sentences that say what blocks the next level; empty at the top level. */
  blockers: string[];
  themes: ThemeView[];
  /** What already goes well, most important first: the first few, and "and N more". */
  strengths: { items: string[]; more: string | null };
  actions: ActionView[];
  toFindOut: { items: { question: string; themeTitle: string; evidence: string }[]; whoToAsk: string };
  unanswered: string[];
  /** Every answer "niet van toepassing", so that an advisor can challenge it. */
  notApplicable: { question: string; themeTitle: string }[];
  legalCheck: LegalCheckView;
  calculator: CalculatorTexts;
  /** The evidence folder: our suggested documents, what the organisation has, and what is missing. */
  evidence: EvidenceFolderView;
  /** What the organisation wrote itself, per theme, exactly as typed. */
  notes: NoteView[];
  /** A draft for the four open questions of an application for the Erkenning. */
  application: ApplicationDraftView;
  nextSteps: RouteStepView[];
  figures: { value: string; text: string; source: string; year: number }[];
  disclaimer: string;
  appendix: { sectionTitle: string; items: { question: string; answer: string }[] }[];
  /** Progress since an earlier scan of the organisation; null when no earlier scan was given. */
  progress: ProgressView | null;
}

export interface ReportModelOptions {
  /** An earlier scan of the same organisation, with the label the user gave it, to show progress against. */
  progress?: { earlier: AnswersFile; label: string };
  /**
   * The score of `file.answers` when the caller has it already (`scoreQuestionnaire` of the same questionnaire and
   * answers), so that a page that also shows it, or switches language, does not score the answers again.
   */
  score?: ScoreResult;
}

interface Context {
  questionnaire: Questionnaire;
  answers: Answers;
  result: ScoreResult;
  language: Language;
  texts: ReportTexts;
  labels: Labels;
  resolve: (text: VariantText) => string;
}

function scaleQuestion(questionnaire: Questionnaire, questionId: string): ScaleQuestion | undefined {
  const question = findQuestion(questionnaire, questionId)?.question;
  return question?.type === 'scale' ? question : undefined;
}

const missingReportContent = (what: string) =>
  `The questionnaire has no ${what}: a report needs the questionnaire with its tips and examples`;

/** The example of a tip for this organisation: the first whose `preferWhen` holds, else the first. */
function chooseExample(context: Context, exampleIds: readonly string[]): Example | undefined {
  const { questionnaire, answers } = context;
  const examples = exampleIds.map((id) => {
    const example = questionnaire.examples[id];
    if (!example) throw new Error(missingReportContent(`example "${id}"`));
    return example;
  });
  return (
    examples.find((e) => e.preferWhen !== undefined && isWhenMet(questionnaire, answers, e.preferWhen)) ??
    examples[0]
  );
}

function buildTip(context: Context, tipId: string | undefined): TipView | null {
  if (tipId === undefined) return null;
  const tip = context.questionnaire.tips[tipId];
  // A valid questionnaire has every tip it refers to (the contract checks it): a missing one means the
  // questionnaire came without its tips (the app loads them separately), and a report without them is wrong.
  if (!tip) throw new Error(missingReportContent(`tip "${tipId}"`));
  const example = chooseExample(context, tip.examples);
  const l = context.language;
  return {
    title: tip.title[l],
    text: context.resolve(tip.text),
    example: example
      ? {
          organisation: example.organisation,
          period: example.period[l],
          text: example.text[l],
          source: example.source[l],
        }
      : null,
  };
}

/**
 * The legal check, from the scoring result's blockers: a scheme is not in order when one of its
 * questions is a must-have blocker with a real answer, to find out when its blockers are all "weet niet"
 * or unanswered, and in order when it blocks nothing. Only schemes with a question shown are listed.
 */
function buildLegalCheck(context: Context): LegalCheckView {
  const { questionnaire, result, texts, resolve } = context;
  const legal = questionnaire.legal;
  const allBlockers: Blocker[] = Object.values(result.blockersByLevel).flat();
  const items = LegalSchemeIdSchema.options.flatMap((schemeId): LegalCheckItem[] => {
    const scheme = legal.schemes[schemeId];
    if (!scheme) return [];
    const isAbout = (questionId: string) =>
      scaleQuestion(questionnaire, questionId)?.legalScheme === schemeId;
    const shown = result.questions.filter((r) => r.status !== 'hidden' && isAbout(r.questionId));
    if (shown.length === 0) return [];
    const blocking = allBlockers.flatMap((b) => (b.kind === 'must-have' && isAbout(b.questionId) ? [b] : []));
    const statusOf = (questionId: string) =>
      result.questions.find((r) => r.questionId === questionId)?.status;
    const status: LegalStatus = blocking.some((b) => statusOf(b.questionId) === 'scored')
      ? 'not-in-order'
      : blocking.length > 0
        ? 'unknown'
        : 'in-order';
    const statusLabel = {
      'in-order': texts.legalInOrder,
      'not-in-order': texts.legalNotInOrder,
      unknown: texts.legalUnknown,
    }[status];
    return [{ schemeId, name: resolve(scheme.name), status, statusLabel, rule: resolve(scheme.rule) }];
  });
  return {
    intro: resolve(legal.intro),
    asOf: legal.asOf[context.language],
    deviation: resolve(legal.deviation),
    items,
  };
}

function buildNextSteps(context: Context): RouteStepView[] {
  const { questionnaire, result, language, texts } = context;
  let hasCurrent = false;
  return questionnaire.route.map((step) => {
    const results = result.questions.filter((r) => step.questions.includes(r.questionId) && r.counts);
    const isDone = results.length > 0 && results.every((r) => r.isInPlace);
    let status: RouteStepView['status'] = 'done';
    if (!isDone) {
      status = hasCurrent ? 'later' : 'current';
      hasCurrent = true;
    }
    const statusLabel = { done: texts.stepDone, current: texts.stepCurrent, later: texts.stepLater }[status];
    return { id: step.id, title: step.title[language], text: step.text[language], status, statusLabel };
  });
}

function buildThemes(context: Context): ThemeView[] {
  const { questionnaire, result, texts, labels } = context;
  return result.themes.map((theme) => {
    const counted = result.questions.filter((r) => r.themeId === theme.id && r.counts);
    const missing = counted.filter((r) => !r.isInPlace);
    const band = labels.band(theme.band);
    const tipIds = [
      ...new Set(missing.flatMap((r) => scaleQuestion(questionnaire, r.questionId)?.tips ?? [])),
    ];
    return {
      id: theme.id,
      title: labels.section(theme.id),
      score: theme.score,
      band,
      scoreLine: fillTemplate(texts.themeScore, { score: theme.score, band }),
      inPlace: counted.filter((r) => r.isInPlace).map((r) => labels.question(r.questionId)),
      missing: missing.map((r) => labels.question(r.questionId)),
      tips: tipIds.flatMap((tipId) => buildTip(context, tipId) ?? []),
    };
  });
}

function buildStrengths(context: Context): ReportModel['strengths'] {
  const { result, texts, labels } = context;
  const all = result.questions
    .filter((r) => r.isInPlace)
    .sort((a, b) => b.weight - a.weight || b.points / b.maxPoints - a.points / a.maxPoints)
    .map((r) => labels.question(r.questionId));
  const more = all.length - MAX_STRENGTHS;
  return {
    items: all.slice(0, MAX_STRENGTHS),
    more:
      more <= 0
        ? null
        : more === 1
          ? texts.moreStrengthsOne
          : fillTemplate(texts.moreStrengthsMany, { count: more }),
  };
}

function buildActions(context: Context): ActionView[] {
  const { result, labels } = context;
  return result.actions.slice(0, MAX_ACTIONS).map((action, index) => {
    const neededFor = action.unblocks[0];
    return {
      rank: index + 1,
      questionId: action.questionId,
      themeTitle: labels.section(action.themeId),
      question: labels.question(action.questionId),
      current: labels.option(action.questionId, action.fromOptionId),
      target: labels.option(action.questionId, action.toOptionId),
      gain: Math.round(action.overallGain * 10) / 10,
      neededFor: neededFor ? labels.level(neededFor) : null,
      isQuickWin: action.isQuickWin,
      tip: buildTip(context, action.tips[0]),
    };
  });
}

/**
 * Builds the report model.
 *
 * @param questionnaire the parsed questionnaire
 * @param file the answers file (answers, organisation name); it is scored here
 * @param language the language of every text in the model
 * @param options `progress`: an earlier scan to compare with (the model's `progress` is null without it)
 */
export function buildReportModel(
  questionnaire: Questionnaire,
  file: AnswersFile,
  language: Language,
  options: ReportModelOptions = {},
): ReportModel {
  const answers = file.answers;
  const result = options.score ?? scoreQuestionnaire(questionnaire, answers);
  const texts = pickReportTexts(language);
  const applicationTexts = pickApplicationTexts(language);
  const labels = createLabels(questionnaire, language);
  const context: Context = {
    questionnaire,
    answers,
    result,
    language,
    texts,
    labels,
    resolve: (text) => resolveText(questionnaire, answers, text, language),
  };
  const level = questionnaire.levels.find((l) => l.id === result.level);
  const next = questionnaire.levels.find((l) => l.id === result.nextLevel);
  const organisationName = file.organisationName ?? null;
  const calculator = questionnaire.legal.calculator;
  const applicationContext = { questionnaire, file, result, language, texts: applicationTexts, labels };
  const notes = buildNotes(applicationContext);
  const evidence = buildEvidenceFolder(applicationContext, applicationTexts.evidenceFolderIntro);

  return {
    language,
    texts: { ...texts, ...applicationTexts },
    title: texts.title,
    organisationName,
    forOrganisation: organisationName
      ? fillTemplate(texts.forOrganisation, { name: organisationName })
      : null,
    questionnaireVersion: questionnaire.version,
    level: {
      id: result.level,
      label: level?.label[language] ?? result.level,
      description: level?.description[language] ?? '',
    },
    nextLevel: next ? { id: next.id, label: next.label[language] } : null,
    recognitionReady: result.recognitionReady,
    readyNote: result.recognitionReady ? texts.readyNote : null,
    overall: result.overall,
    overallLine: fillTemplate(texts.overallScore, { score: result.overall }),
    blockersTitle: next ? fillTemplate(texts.blockersFor, { level: next.label[language] }) : texts.blockers,
    blockers: result.blockers.map((b) => describeBlocker(labels, b)),
    themes: buildThemes(context),
    strengths: buildStrengths(context),
    actions: buildActions(context),
    toFindOut: {
      items: result.toFindOut.map((id) => {
        const placed = findQuestion(questionnaire, id);
        return {
          question: labels.question(id),
          themeTitle: labels.section(placed?.section.id ?? ''),
          evidence: placed?.question.type === 'scale' ? placed.question.evidence[language] : '',
        };
      }),
      whoToAsk: context.resolve(questionnaire.advice.whoToAsk),
    },
    unanswered: result.unanswered.map((id) => labels.question(id)),
    notApplicable: result.questions
      .filter((r) => r.status === 'not-applicable')
      .map((r) => ({ question: labels.question(r.questionId), themeTitle: labels.section(r.themeId) })),
    legalCheck: buildLegalCheck(context),
    calculator: {
      title: texts.calculator,
      intro: context.resolve(calculator.intro),
      shortTerm: context.resolve(calculator.shortTerm),
      longTerm: context.resolve(calculator.longTerm),
      asOf: questionnaire.legal.asOf[language],
      deviation: context.resolve(questionnaire.legal.deviation),
    },
    evidence,
    notes,
    application: buildApplicationDraft(applicationContext, notes, evidence),
    nextSteps: buildNextSteps(context),
    figures: questionnaire.figures
      .filter((f) => f.showIf === undefined || isWhenMet(questionnaire, answers, f.showIf))
      .map((f) => ({
        value: f.value[language],
        text: f.text[language],
        source: f.source[language],
        year: f.year,
      })),
    disclaimer: texts.disclaimer,
    appendix: questionnaire.sections.map((section) => ({
      sectionTitle: section.title[language],
      items: section.questions.map((q) => ({
        question: q.text[language],
        answer: isQuestionShown(questionnaire, answers, q.id)
          ? labels.option(q.id, answers[q.id] ?? null)
          : texts.notShown,
      })),
    })),
    progress: options.progress
      ? buildProgressView(
          questionnaire,
          { file: options.progress.earlier, label: options.progress.label },
          file,
          language,
        )
      : null,
  };
}
