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
import { scoreQuestionnaire, type QuestionResult, type ScoreResult } from '../scoring/score-questionnaire.ts';
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
import { describeBlocker, type BlockerView } from './describe-blocker.ts';
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

/**
 * The state of a legal scheme for this organisation:
 * - `in-order`: applied as the law (or the cao) asks, and described in the organisation's own policy;
 * - `applied-not-written`: applied as the law asks, not (yet) described in its own policy: lawful;
 * - `not-in-order`: an answer shows that the law is not followed;
 * - `to-find-out`: a point the law asks is answered "weet niet" or not at all.
 */
export type LegalStatus = 'in-order' | 'applied-not-written' | 'not-in-order' | 'to-find-out';

export interface LegalCheckItem {
  schemeId: LegalSchemeId;
  name: string;
  status: LegalStatus;
  statusLabel: string;
  /** Why the scheme has this state, in plain words: what the answers show, and what to do or whom to ask. */
  reason: string;
  /** The findings behind the state (statements; for "weet niet" the question quoted with its answer). */
  findings: string[];
  /** Where the organisation follows its cao: to check the cao text; otherwise null. */
  caoNote: string | null;
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
  /** What blocks the next level, each with why it is needed; empty at the top level. */
  blockers: BlockerView[];
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
    text:
      tip.legalNote === true
        ? `${context.resolve(tip.text)} ${context.resolve(context.questionnaire.legal.deviation)} (${context.questionnaire.legal.asOf[l]})`
        : context.resolve(tip.text),
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
 * The legal check: one item per scheme with a question shown. It judges practice before paperwork. A scheme is
 * not in order only when a must-have of "on-the-way" (what the law asks of this organisation) blocks with a real
 * answer; to find out when such a must-have is answered "weet niet" or not at all; applied but not written down
 * when the law is followed and the organisation's own policy does not yet describe it; in order otherwise.
 */
function buildLegalCheck(context: Context): LegalCheckView {
  const { questionnaire, result, texts, labels, resolve } = context;
  const legal = questionnaire.legal;
  const legalBlockers = new Set(
    result.blockersByLevel['on-the-way'].flatMap((b) => (b.kind === 'must-have' ? [b.questionId] : [])),
  );
  const items = LegalSchemeIdSchema.options.flatMap((schemeId): LegalCheckItem[] => {
    const scheme = legal.schemes[schemeId];
    if (!scheme) return [];
    const shown = result.questions.filter(
      (r) => r.status !== 'hidden' && scaleQuestion(questionnaire, r.questionId)?.legalScheme === schemeId,
    );
    if (shown.length === 0) return [];
    const isWritten = (r: QuestionResult) =>
      scaleQuestion(questionnaire, r.questionId)?.legalAspect === 'written';
    const blocking = shown.filter((r) => legalBlockers.has(r.questionId));
    const broken = blocking.filter((r) => r.status === 'scored');
    const unwritten = shown.filter((r) => isWritten(r) && !r.isInPlace);
    let status: LegalStatus;
    let reason: string;
    let findings: string[];
    if (broken.length > 0) {
      status = 'not-in-order';
      findings = broken.map(labels.statement);
      const why = broken.flatMap((r) => labels.mustHaveReason(r.questionId, 'on-the-way') ?? []);
      reason = [texts.legalNotInOrderReason, ...findings, ...why].join(' ');
    } else if (blocking.length > 0) {
      status = 'to-find-out';
      findings = blocking.map(labels.statement);
      reason = [texts.legalToFindOutReason, ...blocking.map((r) => labels.question(r.questionId))].join(' ');
      reason = `${reason} ${resolve(questionnaire.advice.whoToAsk)}`;
    } else if (unwritten.length > 0) {
      status = 'applied-not-written';
      findings = shown.map(labels.statement);
      reason = texts.legalAppliedNotWrittenReason;
    } else {
      status = 'in-order';
      findings = shown.map(labels.statement);
      reason = texts.legalInOrderReason;
    }
    const statusLabel = {
      'in-order': texts.legalInOrder,
      'applied-not-written': texts.legalAppliedNotWritten,
      'not-in-order': texts.legalNotInOrder,
      'to-find-out': texts.legalToFindOut,
    }[status];
    const caoNote = shown.some((r) => r.status === 'per-cao') ? texts.legalPerCaoNote : null;
    return [
      {
        schemeId,
        name: resolve(scheme.name),
        status,
        statusLabel,
        reason,
        findings,
        caoNote,
        rule: resolve(scheme.rule),
      },
    ];
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
      inPlace: counted.filter((r) => r.isInPlace).map(labels.statement),
      missing: missing.map(labels.statement),
      tips: tipIds.flatMap((tipId) => buildTip(context, tipId) ?? []),
    };
  });
}

function buildStrengths(context: Context): ReportModel['strengths'] {
  const { result, texts, labels } = context;
  const all = result.questions
    .filter((r) => r.isInPlace)
    .sort((a, b) => b.weight - a.weight || b.points / b.maxPoints - a.points / a.maxPoints)
    .map(labels.statement);
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
  // The first actions are about what is not yet in place: a practice in place is a strength, not a first action.
  const firstActions = result.actions.filter((action) => !action.isFromInPlace);
  return firstActions.slice(0, MAX_ACTIONS).map((action, index) => {
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
    blockers: result.blockers.map((b) => describeBlocker(labels, b, result)),
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
