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
  isPreparingApplication,
  type ApplicationDraftView,
  type EvidenceFolderView,
  type NoteView,
} from './application-model.ts';
import { pickApplicationTexts, type ApplicationTexts } from './content/application-texts.ts';
import { fillTemplate, pickReportTexts, type ReportTexts } from './content/report-texts.ts';
import { describeBlocker, type BlockerView } from './describe-blocker.ts';
import { createLabels, type Labels } from './labels.ts';
import { toPlainUserFile, toPlainUserText } from './plain-user-text.ts';
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
  /**
   * A legal tip: the section that shows it prints the deviation note for this organisation and the date of the law
   * once (`ReportModel.legalNote`), not under every tip.
   */
  hasLegalNote: boolean;
}

/** A tip of a theme: its rank in the action plan when that action shows it already, so that it is not repeated. */
export interface ThemeTipView extends TipView {
  actionRank: number | null;
}

export interface ActionView {
  rank: number;
  questionId: string;
  themeTitle: string;
  question: string;
  /** What the answer shows now, as a statement (a question only with its answer, for "weet niet"). */
  finding: string;
  current: string;
  target: string;
  /** Points the overall score would rise, one decimal. */
  gain: number;
  /** Label of the lowest level this action is needed for, or null. */
  neededFor: string | null;
  isQuickWin: boolean;
  /** Why this scan asks it for `neededFor` when it is a must-have there; otherwise null. */
  reason: string | null;
  /** The improvement of a practice already in place: last in the plan, and left out of the report's first actions. */
  isFromInPlace: boolean;
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
  tips: ThemeTipView[];
}

/**
 * The state of a legal scheme for this organisation:
 * - `in-order`: applied as the law (or the cao) asks, and described in the organisation's own policy;
 * - `applied-not-written`: applied as the law asks, not (yet) described in its own policy: lawful;
 * - `not-in-order`: an answer shows that the law is not followed;
 * - `to-find-out`: a point the law asks is answered "weet niet" or not at all.
 */
export type LegalStatus = 'in-order' | 'applied-not-written' | 'not-in-order' | 'to-find-out';
/** The states, most urgent first: the order of the legend. */
const LEGAL_STATUSES: readonly LegalStatus[] = [
  'not-in-order',
  'to-find-out',
  'applied-not-written',
  'in-order',
];

export interface LegalCheckItem {
  schemeId: LegalSchemeId;
  name: string;
  status: LegalStatus;
  statusLabel: string;
  /**
   * What is particular to this scheme, in plain words: the answer that shows the law is not followed and why it is
   * needed, what is still to find out, or what is not yet written down. Null when the state says it all (in order):
   * what each state means is said once, in `LegalCheckView.legend`.
   */
  reason: string | null;
  /** The short form of `reason` for the summary's table: only what the answers show (no rule, no why). */
  summary: string | null;
  /** The findings behind the state (statements; for "weet niet" the question quoted with its answer). */
  findings: string[];
  /** Whether the organisation follows its cao here (an answer "zoals onze cao regelt"); `caoNote` says what to do. */
  followsCao: boolean;
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
  /** What each state that occurs means, once for the whole check, in the order of the states. */
  legend: { status: LegalStatus; label: string; meaning: string }[];
  /** Said once when the organisation follows its cao for a scheme: check the cao text. */
  caoNote: string | null;
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
  /** Said once above the blockers: the scan asks these for the next level; null at the top level. */
  blockersIntro: string | null;
  themes: ThemeView[];
  /** What already goes well, most important first: the first few, and "and N more". */
  strengths: { items: string[]; more: string | null };
  /** The first actions of the plan (at most 10, none about a practice already in place), ranked. */
  actions: ActionView[];
  /** The whole plan: every improvement the engine ranks, the first actions first (for the CSV and Word). */
  plan: ActionView[];
  /** The deviation note for this organisation with the date of the law: shown once where a legal tip is shown. */
  legalNote: string;
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
  /**
   * Whether the organisation prepares an application (a note, a tick or a draft). Only then do the report's evidence
   * folder and draft appear; otherwise `applicationPointer` says in one line where to do it.
   */
  preparesApplication: boolean;
  applicationPointer: string;
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
    hasLegalNote: tip.legalNote === true,
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
  const statusLabels: Record<LegalStatus, string> = {
    'in-order': texts.legalInOrder,
    'applied-not-written': texts.legalAppliedNotWritten,
    'not-in-order': texts.legalNotInOrder,
    'to-find-out': texts.legalToFindOut,
  };
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
    let reason: string | null;
    let summary: string | null;
    let findings: string[];
    if (broken.length > 0) {
      status = 'not-in-order';
      findings = broken.map(labels.statement);
      const why = broken.flatMap((r) => labels.mustHaveReason(r.questionId, 'on-the-way') ?? []);
      reason = [...findings, ...why].join(' ');
      summary = findings.join(' ');
    } else if (blocking.length > 0) {
      status = 'to-find-out';
      findings = blocking.map(labels.statement);
      reason = [texts.legalToFindOutReason, ...blocking.map((r) => labels.question(r.questionId))].join(' ');
      summary = reason;
    } else if (unwritten.length > 0) {
      status = 'applied-not-written';
      findings = shown.map(labels.statement);
      reason = unwritten.map(labels.statement).join(' ');
      summary = reason;
    } else {
      status = 'in-order';
      findings = shown.map(labels.statement);
      reason = null;
      summary = null;
    }
    const statusLabel = statusLabels[status];
    const followsCao = shown.some((r) => r.status === 'per-cao');
    return [
      {
        schemeId,
        name: resolve(scheme.name),
        status,
        statusLabel,
        reason,
        summary,
        findings,
        followsCao,
        rule: resolve(scheme.rule),
      },
    ];
  });
  const meaning: Record<LegalStatus, string> = {
    'not-in-order': texts.legalNotInOrderMeaning,
    'to-find-out': `${texts.legalToFindOutMeaning} ${resolve(questionnaire.advice.whoToAsk)}`,
    'applied-not-written': texts.legalAppliedNotWrittenReason,
    'in-order': texts.legalInOrderReason,
  };
  const present = new Set(items.map((item) => item.status));
  return {
    intro: resolve(legal.intro),
    asOf: legal.asOf[context.language],
    deviation: resolve(legal.deviation),
    items,
    legend: LEGAL_STATUSES.filter((status) => present.has(status)).map((status) => ({
      status,
      label: statusLabels[status],
      meaning: meaning[status],
    })),
    caoNote: items.some((item) => item.followsCao) ? texts.legalPerCaoNote : null,
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

/**
 * The themes. `tipRanks` maps a tip id to the rank of the first action that shows it, so that a theme refers to the
 * action plan instead of repeating the tip.
 */
function buildThemes(context: Context, tipRanks: ReadonlyMap<string, number>): ThemeView[] {
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
      tips: tipIds.flatMap((tipId): ThemeTipView[] => {
        const tip = buildTip(context, tipId);
        return tip ? [{ ...tip, actionRank: tipRanks.get(tipId) ?? null }] : [];
      }),
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

/**
 * The whole plan, ranked: the actions about what is not yet in place first (in the engine's order), then the
 * improvements of practices already in place. The report's first actions are the first `MAX_ACTIONS` of the former.
 */
function buildPlan(context: Context): { plan: ActionView[]; tipIds: (string | undefined)[] } {
  const { result, labels } = context;
  const ordered = [
    ...result.actions.filter((action) => !action.isFromInPlace),
    ...result.actions.filter((action) => action.isFromInPlace),
  ];
  const byId = new Map(result.questions.map((r) => [r.questionId, r]));
  const findingOf = (questionId: string) => {
    const r = byId.get(questionId);
    return r ? labels.statement(r) : labels.question(questionId);
  };
  const plan = ordered.map((action, index): ActionView => {
    const neededFor = action.unblocks[0];
    return {
      rank: index + 1,
      questionId: action.questionId,
      themeTitle: labels.section(action.themeId),
      question: labels.question(action.questionId),
      finding: findingOf(action.questionId),
      current: labels.option(action.questionId, action.fromOptionId),
      target: labels.option(action.questionId, action.toOptionId),
      gain: Math.round(action.overallGain * 10) / 10,
      neededFor: neededFor ? labels.level(neededFor) : null,
      isQuickWin: action.isQuickWin,
      reason: neededFor ? labels.mustHaveReason(action.questionId, neededFor) : null,
      isFromInPlace: action.isFromInPlace,
      tip: buildTip(context, action.tips[0]),
    };
  });
  return { plan, tipIds: ordered.map((action) => action.tips[0]) };
}

/**
 * What blocks the next level in words. Themes below the lowest band for the same level are one sentence together,
 * so that the same sentence is not repeated per theme.
 */
function buildBlockers(context: Context): BlockerView[] {
  const { result, texts, labels } = context;
  const lowest = result.blockers.filter((b) => b.kind === 'theme-in-lowest-band');
  const first = lowest[0];
  return result.blockers.flatMap((blocker): BlockerView[] => {
    if (blocker.kind !== 'theme-in-lowest-band' || lowest.length === 1) {
      return [describeBlocker(labels, blocker, result)];
    }
    if (blocker !== first) return [];
    const themes = lowest.map((b) =>
      fillTemplate(texts.themeWithScore, { theme: labels.section(b.themeId), score: b.actual }),
    );
    const joined = `${themes.slice(0, -1).join(', ')} ${texts.and} ${themes.at(-1) ?? ''}`;
    return [
      {
        text: fillTemplate(texts.blockerLowestBandMany, {
          level: `“${labels.level(blocker.level)}”`,
          required: blocker.required,
          themes: joined,
        }),
        reason: null,
      },
    ];
  });
}

/**
 * Builds the report model.
 *
 * @param questionnaire the parsed questionnaire
 * @param typedFile the answers file (answers, organisation name); it is scored here. The text the user typed in it
 *   enters the model without bidirectional controls (`toPlainUserFile`), so no output made from the model prints it
 *   reversed; the file itself is not changed.
 * @param language the language of every text in the model
 * @param options `progress`: an earlier scan to compare with (the model's `progress` is null without it)
 */
export function buildReportModel(
  questionnaire: Questionnaire,
  typedFile: AnswersFile,
  language: Language,
  options: ReportModelOptions = {},
): ReportModel {
  const file = toPlainUserFile(typedFile);
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
  const evidence = buildEvidenceFolder(applicationContext, applicationTexts.evidenceReportIntro);
  const { plan, tipIds } = buildPlan(context);
  const actions = plan.filter((action) => !action.isFromInPlace).slice(0, MAX_ACTIONS);
  const tipRanks = new Map<string, number>();
  actions.forEach((action, index) => {
    const tipId = tipIds[index];
    if (tipId !== undefined && !tipRanks.has(tipId)) tipRanks.set(tipId, action.rank);
  });

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
    blockers: buildBlockers(context),
    blockersIntro: next ? fillTemplate(texts.blockersIntro, { level: `“${next.label[language]}”` }) : null,
    themes: buildThemes(context, tipRanks),
    strengths: buildStrengths(context),
    actions,
    plan,
    legalNote: `${context.resolve(questionnaire.legal.deviation)} (${questionnaire.legal.asOf[language]})`,
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
    preparesApplication: isPreparingApplication(file),
    applicationPointer: applicationTexts.applicationPointer,
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
          {
            file: toPlainUserFile(options.progress.earlier),
            label: toPlainUserText(options.progress.label),
          },
          file,
          language,
        )
      : null,
  };
}
