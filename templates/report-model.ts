/**
 * The report model: every text of the results page and the PDF report, chosen in one pure function
 * from the questionnaire, the answers file and the scoring result. Views only render it.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import {
  findQuestion,
  getOptions,
  getScaleOptions,
  isQuestionShown,
  listThemes,
} from '../questionnaire/questions.ts';
import type {
  Language,
  LegalSchemeId,
  LevelId,
  Questionnaire,
  ScaleQuestion,
  ThemeId,
} from '../questionnaire/schema.ts';
import type { QuestionResult, ScoreResult } from '../scoring/score-questionnaire.ts';
import { FIGURES } from './content/figures.ts';
import { FOUR_B_ROUTE } from './content/four-b-route.ts';
import { LEGAL_DEVIATION_NOTE, LEGAL_SCHEMES, LEGAL_STATUS_DATE } from './content/legal-schemes.ts';
import { REPORT_TEXTS } from './content/report-texts.ts';
import { describeBlocker } from './describe-blocker.ts';

/** An answer counts as "in place" from this share of the best answer (for the policy scale: "geregeld"). */
const IN_PLACE_SHARE = 2 / 3;
/** How many actions the action plan shows. */
const MAX_ACTIONS = 10;

export interface TipView {
  title: string;
  text: string;
  example: { organisation: string; text: string; source: string } | null;
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
  /** Questions answered at "in place" or better. */
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
  rule: string;
  /** The date of the rules and amounts, for example "stand 2025". */
  asOf: string;
  note: string;
}

export interface EvidenceItem {
  question: string;
  evidence: string;
  isReady: boolean;
}

export interface RouteStepView {
  id: string;
  title: string;
  text: string;
  status: 'done' | 'current' | 'later';
}

export interface ReportModel {
  language: Language;
  title: string;
  organisationName: string | null;
  questionnaireVersion: string;
  level: { id: LevelId; label: string; description: string };
  nextLevel: { id: LevelId; label: string } | null;
  recognitionReady: boolean;
  overall: number;
  /** Sentences that say what blocks the next level; empty at the top level. */
  blockers: string[];
  themes: ThemeView[];
  /** What already goes well: the questions answered "in place" or better, most important first. */
  strengths: string[];
  actions: ActionView[];
  toFindOut: { question: string; themeTitle: string; evidence: string }[];
  unanswered: string[];
  legalCheck: LegalCheckItem[];
  evidence: { themeTitle: string; items: EvidenceItem[] }[];
  nextSteps: RouteStepView[];
  figures: { value: string; text: string; source: string; year: number }[];
  disclaimer: string;
  appendix: { sectionTitle: string; items: { question: string; answer: string }[] }[];
}

function questionText(questionnaire: Questionnaire, id: string, language: Language): string {
  return findQuestion(questionnaire, id)?.question.text[language] ?? id;
}

function optionLabel(
  questionnaire: Questionnaire,
  questionId: string,
  optionId: string | null,
  language: Language,
) {
  if (optionId === null) return REPORT_TEXTS.notAnswered[language];
  const placed = findQuestion(questionnaire, questionId);
  const option = placed
    ? getOptions(questionnaire, placed.question).find((o) => o.id === optionId)
    : undefined;
  return option?.label[language] ?? optionId;
}

function isInPlace(result: QuestionResult): boolean {
  return (
    result.status === 'scored' &&
    result.maxPoints > 0 &&
    result.points / result.maxPoints >= IN_PLACE_SHARE - 1e-9
  );
}

function buildTip(
  questionnaire: Questionnaire,
  tipIds: readonly string[],
  language: Language,
): TipView | null {
  const tipId = tipIds[0];
  const tip = tipId === undefined ? undefined : questionnaire.tips[tipId];
  if (!tip) return null;
  const exampleId = tip.examples[0];
  const example = exampleId === undefined ? undefined : questionnaire.examples[exampleId];
  return {
    title: tip.title[language],
    text: tip.text[language],
    example: example
      ? { organisation: example.organisation, text: example.text[language], source: example.source }
      : null,
  };
}

function buildLegalCheck(
  questionnaire: Questionnaire,
  answers: Record<string, string>,
  result: ScoreResult,
  language: Language,
): LegalCheckItem[] {
  const isSmall = answers['intake-size'] === 'fewer-than-10';
  return (Object.keys(LEGAL_SCHEMES) as LegalSchemeId[]).map((schemeId) => {
    const content = LEGAL_SCHEMES[schemeId];
    const questions = listThemes(questionnaire)
      .flatMap((theme) => theme.questions)
      .filter((q): q is ScaleQuestion => q.type === 'scale' && q.legalScheme === schemeId)
      .filter((q) => isQuestionShown(questionnaire, answers, q.id));
    const results = questions.flatMap((q) => result.questions.filter((r) => r.questionId === q.id));
    const isMet = (r: QuestionResult) => {
      const question = questions.find((q) => q.id === r.questionId);
      const mustHave = question?.mustHaves.find((m) => m.level === 'on-the-way');
      const threshold =
        question && mustHave
          ? getScaleOptions(questionnaire, question).find((o) => o.id === mustHave.atLeast)
          : undefined;
      return threshold && 'points' in threshold
        ? r.status === 'scored' && r.points >= threshold.points
        : isInPlace(r);
    };
    const status: LegalStatus = results.some((r) => r.status === 'scored' && !isMet(r))
      ? 'not-in-order'
      : results.some((r) => r.status === 'unknown' || r.status === 'unanswered')
        ? 'unknown'
        : 'in-order';
    const small = isSmall && content.smallEmployerRule ? ` ${content.smallEmployerRule[language]}` : '';
    return {
      schemeId,
      name: content.name[language],
      status,
      rule: `${content.rule[language]}${small}`,
      asOf: LEGAL_STATUS_DATE[language],
      note: LEGAL_DEVIATION_NOTE[language],
    };
  });
}

function buildNextSteps(result: ScoreResult, language: Language): RouteStepView[] {
  let hasCurrent = false;
  return FOUR_B_ROUTE.map((step) => {
    const results = result.questions.filter((r) => step.questionIds.includes(r.questionId) && r.counts);
    const isDone = results.length > 0 && results.every(isInPlace);
    let status: RouteStepView['status'] = 'done';
    if (!isDone) {
      status = hasCurrent ? 'later' : 'current';
      hasCurrent = true;
    }
    return { id: step.id, title: step.title[language], text: step.text[language], status };
  });
}

/**
 * Builds the report model.
 *
 * @param questionnaire the parsed questionnaire
 * @param file the answers file (answers, organisation name)
 * @param result `scoreQuestionnaire(questionnaire, file.answers)`
 * @param language the language of every text in the model
 */
export function buildReportModel(
  questionnaire: Questionnaire,
  file: AnswersFile,
  result: ScoreResult,
  language: Language,
): ReportModel {
  const answers = file.answers;
  const themeTitle = (id: string) => questionnaire.sections.find((s) => s.id === id)?.title[language] ?? id;
  const level = questionnaire.levels.find((l) => l.id === result.level);
  const next = questionnaire.levels.find((l) => l.id === result.nextLevel);

  const themes: ThemeView[] = result.themes.map((theme) => {
    const counted = result.questions.filter((r) => r.themeId === theme.id && r.counts);
    return {
      id: theme.id,
      title: themeTitle(theme.id),
      score: theme.score,
      band: questionnaire.bands.find((b) => b.id === theme.band)?.label[language] ?? theme.band,
      inPlace: counted.filter(isInPlace).map((r) => questionText(questionnaire, r.questionId, language)),
      missing: counted
        .filter((r) => !isInPlace(r))
        .map((r) => questionText(questionnaire, r.questionId, language)),
      tips: [
        ...new Set(
          counted
            .filter((r) => !isInPlace(r))
            .flatMap((r) => {
              const question = findQuestion(questionnaire, r.questionId)?.question;
              return question?.type === 'scale' ? question.tips : [];
            }),
        ),
      ].flatMap((tipId) => buildTip(questionnaire, [tipId], language) ?? []),
    };
  });

  const strengths = result.questions
    .filter(isInPlace)
    .sort((a, b) => b.weight - a.weight || b.points / b.maxPoints - a.points / a.maxPoints)
    .map((r) => questionText(questionnaire, r.questionId, language));

  const actions: ActionView[] = result.actions.slice(0, MAX_ACTIONS).map((action, index) => {
    const neededFor = action.unblocks[0];
    return {
      rank: index + 1,
      questionId: action.questionId,
      themeTitle: themeTitle(action.themeId),
      question: questionText(questionnaire, action.questionId, language),
      current: optionLabel(questionnaire, action.questionId, action.fromOptionId, language),
      target: optionLabel(questionnaire, action.questionId, action.toOptionId, language),
      gain: Math.round(action.overallGain * 10) / 10,
      neededFor: neededFor
        ? (questionnaire.levels.find((l) => l.id === neededFor)?.label[language] ?? neededFor)
        : null,
      isQuickWin: action.isQuickWin,
      tip: buildTip(questionnaire, action.tips, language),
    };
  });

  const evidence = listThemes(questionnaire).map((theme) => ({
    themeTitle: theme.title[language],
    items: theme.questions
      .filter((q): q is ScaleQuestion => q.type === 'scale')
      .flatMap((q) => {
        const r = result.questions.find((x) => x.questionId === q.id);
        if (!r || !r.counts) return [];
        return [{ question: q.text[language], evidence: q.evidence[language], isReady: isInPlace(r) }];
      }),
  }));

  const appendix = questionnaire.sections.map((section) => ({
    sectionTitle: section.title[language],
    items: section.questions.map((q) => ({
      question: q.text[language],
      answer: isQuestionShown(questionnaire, answers, q.id)
        ? optionLabel(questionnaire, q.id, answers[q.id] ?? null, language)
        : REPORT_TEXTS.notShown[language],
    })),
  }));

  return {
    language,
    title: REPORT_TEXTS.title[language],
    organisationName: file.organisationName ?? null,
    questionnaireVersion: questionnaire.version,
    level: {
      id: result.level,
      label: level?.label[language] ?? result.level,
      description: level?.description[language] ?? '',
    },
    nextLevel: next ? { id: next.id, label: next.label[language] } : null,
    recognitionReady: result.recognitionReady,
    overall: result.overall,
    blockers: result.blockers.map((b) => describeBlocker(questionnaire, b, language)),
    themes,
    strengths,
    actions,
    toFindOut: result.toFindOut.map((id) => {
      const placed = findQuestion(questionnaire, id);
      return {
        question: questionText(questionnaire, id, language),
        themeTitle: themeTitle(placed?.section.id ?? ''),
        evidence: placed?.question.type === 'scale' ? placed.question.evidence[language] : '',
      };
    }),
    unanswered: result.unanswered.map((id) => questionText(questionnaire, id, language)),
    legalCheck: buildLegalCheck(questionnaire, answers, result, language),
    evidence,
    nextSteps: buildNextSteps(result, language),
    figures: FIGURES.map((f) => ({
      value: f.value[language],
      text: f.text[language],
      source: f.source,
      year: f.year,
    })),
    disclaimer: REPORT_TEXTS.disclaimer[language],
    appendix,
  };
}
