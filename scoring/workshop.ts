/**
 * Workshop: several participants' scans of one organisation side by side, what they disagree on,
 * and one agreed (consensus) answer set. Pure: no React, no DOM, no clock.
 *
 * Disagreement on a question is the mean difference over every pair of participants who were asked it
 * and answered it (0 = all the same, 1 = as far apart as possible):
 * - two answers on the scale: the difference of their points as a share of the question's best points;
 * - "weet niet" against a real answer: 0.25 (a gap in knowledge, less than a difference of view);
 * - "niet van toepassing" against an answer on the scale: 0.5;
 * - intake (choice) questions: 1 when the answers differ.
 * A question about the person filling in (`aboutRespondent`, such as their role) is never a disagreement.
 *
 * Consensus, per question, among the participants who were asked it: the most common real answer;
 * on a tie the more cautious one (fewest points; "niet van toepassing" only when all tied answers are
 * that; on an intake question the first option in the questionnaire's order). "Weet niet" never wins
 * over a real answer; only when everyone who answered said "weet niet" is that the consensus. The
 * advisor's settled answers override the suggestion. Answers to questions that the consensus intake
 * hides are left out.
 */
import {
  createAnswersFile,
  participantRole,
  PARTICIPANT_ROLES,
  type AnswersFile,
  type ParticipantRole,
} from '../questionnaire/answers-file.ts';
import {
  findQuestion,
  getOptions,
  isQuestionShown,
  listQuestions,
  listShownQuestionIds,
  type Answers,
} from '../questionnaire/questions.ts';
import type { LevelId, Question, Questionnaire, ThemeId } from '../questionnaire/schema.ts';
import { scoreSummary, type ScoreSummary } from './score-questionnaire.ts';

export interface WorkshopInput {
  answers: Answers;
  role?: ParticipantRole | undefined;
}

export interface ThemeSpread {
  id: ThemeId;
  /** The score of each participant, in participant order. */
  scores: number[];
  min: number;
  max: number;
}

export interface RoleAnswers {
  /** null: participants without a role. */
  role: ParticipantRole | null;
  /** The answers of this role's participants, most common first, with how many gave each. */
  answers: { optionId: string; count: number }[];
}

export interface QuestionComparison {
  questionId: string;
  /** The theme of a scored question; null for an intake question. */
  themeId: ThemeId | null;
  /** Each participant's answer, in participant order; null when not asked (hidden) or not answered. */
  answers: (string | null)[];
  /** 0–1, see the module comment; 0 when fewer than two participants answered. */
  disagreement: number;
  /** How many different answers were given. */
  distinct: number;
  /** The suggested consensus answer, or null when nobody answered. */
  suggested: string | null;
  /** The answers per role, roles in the order of `PARTICIPANT_ROLES`, participants without a role last. */
  byRole: RoleAnswers[];
  /** Whether the roles' most common answers differ (at least two roles answered). */
  rolesDiffer: boolean;
}

export interface WorkshopComparison {
  /** Per participant: scores and level. */
  results: ScoreSummary[];
  levels: LevelId[];
  overall: { scores: number[]; min: number; max: number };
  themes: ThemeSpread[];
  /** Every question, in questionnaire order. */
  questions: QuestionComparison[];
  /** The questions with any disagreement, most first (then most different answers, then questionnaire order). */
  disagreements: QuestionComparison[];
}

/** The roles in the order of the one list of roles, then participants without one. */
const ROLE_ORDER: readonly (ParticipantRole | null)[] = [...PARTICIPANT_ROLES, null];

type AnswerKind =
  | { kind: 'scored'; share: number; points: number }
  | { kind: 'unknown' | 'not-applicable' | 'per-cao' | 'choice' };

function classify(
  questionnaire: Questionnaire,
  question: Question,
  optionId: string,
): AnswerKind | undefined {
  const option = getOptions(questionnaire, question).find((o) => o.id === optionId);
  if (!option) return undefined;
  if (question.type === 'choice') return { kind: 'choice' };
  if ('points' in option) {
    const max = Math.max(
      1,
      ...getOptions(questionnaire, question).map((o) => ('points' in o ? o.points : 0)),
    );
    return { kind: 'scored', share: option.points / max, points: option.points };
  }
  return 'kind' in option ? { kind: option.kind } : { kind: 'choice' };
}

function pairDifference(a: AnswerKind, b: AnswerKind, sameOption: boolean): number {
  if (sameOption) return 0;
  if (a.kind === 'scored' && b.kind === 'scored') return Math.abs(a.share - b.share);
  if (a.kind === 'choice' || b.kind === 'choice') return 1;
  if (a.kind === 'unknown' || b.kind === 'unknown') return 0.25;
  return 0.5;
}

/** The answer of a participant to a question: null when the question is hidden for them or not (validly) answered. */
function answerOf(questionnaire: Questionnaire, answers: Answers, question: Question): string | null {
  const optionId = answers[question.id];
  if (optionId === undefined) return null;
  if (!getOptions(questionnaire, question).some((o) => o.id === optionId)) return null;
  return isQuestionShown(questionnaire, answers, question.id) ? optionId : null;
}

function measureDisagreement(
  questionnaire: Questionnaire,
  question: Question,
  answers: (string | null)[],
): number {
  const given = answers.flatMap((optionId) => {
    if (optionId === null) return [];
    const kind = classify(questionnaire, question, optionId);
    return kind ? [{ optionId, kind }] : [];
  });
  if (given.length < 2) return 0;
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < given.length; i += 1) {
    for (let j = i + 1; j < given.length; j += 1) {
      const a = given[i];
      const b = given[j];
      if (!a || !b) continue;
      total += pairDifference(a.kind, b.kind, a.optionId === b.optionId);
      pairs += 1;
    }
  }
  return Math.round((total / pairs) * 1000) / 1000;
}

/** How cautious an answer is on a tie: lower comes first. */
function cautionRank(questionnaire: Questionnaire, question: Question, optionId: string): number {
  const kind = classify(questionnaire, question, optionId);
  if (kind?.kind === 'scored') return kind.points;
  if (kind?.kind === 'not-applicable') return Number.MAX_SAFE_INTEGER;
  // "As our cao provides" says nothing about how much: after every scored answer, before "not applicable".
  if (kind?.kind === 'per-cao') return Number.MAX_SAFE_INTEGER - 1;
  // Intake (choice): the questionnaire's option order.
  return getOptions(questionnaire, question).findIndex((o) => o.id === optionId);
}

/** The suggested consensus answer among the given answers (null = not asked or not answered). */
export function suggestAnswer(
  questionnaire: Questionnaire,
  question: Question,
  answers: readonly (string | null)[],
): string | null {
  const counts = new Map<string, number>();
  let unknownId: string | null = null;
  for (const optionId of answers) {
    if (optionId === null) continue;
    const kind = classify(questionnaire, question, optionId);
    if (!kind) continue;
    if (kind.kind === 'unknown') {
      unknownId = optionId;
      continue;
    }
    counts.set(optionId, (counts.get(optionId) ?? 0) + 1);
  }
  if (counts.size === 0) return unknownId;
  const most = Math.max(...counts.values());
  const tied = [...counts.entries()].filter(([, count]) => count === most).map(([optionId]) => optionId);
  tied.sort((a, b) => cautionRank(questionnaire, question, a) - cautionRank(questionnaire, question, b));
  return tied[0] ?? null;
}

function groupByRole(
  answers: readonly (string | null)[],
  roles: readonly (ParticipantRole | undefined)[],
): RoleAnswers[] {
  return ROLE_ORDER.flatMap((role) => {
    const counts = new Map<string, number>();
    answers.forEach((optionId, index) => {
      if (optionId === null || (roles[index] ?? null) !== role) return;
      counts.set(optionId, (counts.get(optionId) ?? 0) + 1);
    });
    if (counts.size === 0) return [];
    const list = [...counts.entries()]
      .map(([optionId, count]) => ({ optionId, count }))
      .sort((a, b) => b.count - a.count);
    return [{ role, answers: list }];
  });
}

function spread(scores: number[]): { scores: number[]; min: number; max: number } {
  return {
    scores,
    min: scores.length > 0 ? Math.min(...scores) : 0,
    max: scores.length > 0 ? Math.max(...scores) : 0,
  };
}

/** Compares the participants' scans: score spread per theme, every question side by side, disagreements first. */
export function compareParticipants(
  questionnaire: Questionnaire,
  participants: readonly WorkshopInput[],
): WorkshopComparison {
  const results = participants.map((p) => scoreSummary(questionnaire, p.answers));
  const roles = participants.map((p) => p.role);
  const questions = listQuestions(questionnaire).map(({ question, section }, order) => {
    const answers = participants.map((p) => answerOf(questionnaire, p.answers, question));
    const byRole = groupByRole(answers, roles);
    const roleTops = new Set(byRole.filter((r) => r.role !== null).map((r) => r.answers[0]?.optionId));
    return {
      order,
      comparison: {
        questionId: question.id,
        themeId: section.kind === 'theme' ? section.id : null,
        answers,
        disagreement: measureDisagreement(questionnaire, question, answers),
        distinct: new Set(answers.filter((a) => a !== null)).size,
        suggested: suggestAnswer(questionnaire, question, answers),
        byRole,
        rolesDiffer: roleTops.size > 1,
      } satisfies QuestionComparison,
    };
  });
  const disagreements = questions
    .filter(({ comparison }) => comparison.disagreement > 0)
    .filter(({ comparison }) => !isAboutRespondent(questionnaire, comparison.questionId))
    .sort(
      (a, b) =>
        b.comparison.disagreement - a.comparison.disagreement ||
        b.comparison.distinct - a.comparison.distinct ||
        a.order - b.order,
    )
    .map(({ comparison }) => comparison);
  const themeIds = results[0]?.themes.map((t) => t.id) ?? [];
  return {
    results,
    levels: results.map((r) => r.level),
    overall: spread(results.map((r) => r.overall)),
    themes: themeIds.map((id) => ({
      id,
      ...spread(results.map((r) => r.themes.find((t) => t.id === id)?.score ?? 0)),
    })),
    questions: questions.map(({ comparison }) => comparison),
    disagreements,
  };
}

/**
 * The consensus answers: the suggestion per question, overridden by what the advisor settled
 * (an option id, or null to leave the question open), without answers the consensus intake hides.
 */
export function buildConsensus(
  questionnaire: Questionnaire,
  participants: readonly WorkshopInput[],
  settled: Readonly<Record<string, string | null>> = {},
): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const { question } of listQuestions(questionnaire)) {
    const hasSettled = Object.hasOwn(settled, question.id);
    const settledAnswer = hasSettled ? settled[question.id] : undefined;
    const valid =
      typeof settledAnswer === 'string' &&
      getOptions(questionnaire, question).some((o) => o.id === settledAnswer);
    const answer = valid
      ? settledAnswer
      : hasSettled && settledAnswer === null
        ? null
        : suggestAnswer(
            questionnaire,
            question,
            participants.map((p) => answerOf(questionnaire, p.answers, question)),
          );
    if (answer !== null && answer !== undefined) merged[question.id] = answer;
  }
  const shown = new Set(listShownQuestionIds(questionnaire, merged));
  return Object.fromEntries(Object.entries(merged).filter(([questionId]) => shown.has(questionId)));
}

/** A question about the person filling in (their role): it differs by nature, so it is no disagreement. */
function isAboutRespondent(questionnaire: Questionnaire, questionId: string): boolean {
  const question = findQuestion(questionnaire, questionId)?.question;
  return question?.type === 'choice' && question.aboutRespondent === true;
}

/** Whether a question id belongs to this questionnaire (for checking settled answers read from storage). */
export function isKnownQuestion(questionnaire: Questionnaire, questionId: string): boolean {
  return findQuestion(questionnaire, questionId) !== undefined;
}

/** The organisation name given most often (trimmed; on a tie the first in participant order), or undefined. */
export function commonOrganisationName(files: readonly AnswersFile[]): string | undefined {
  const counts = new Map<string, number>();
  for (const file of files) {
    const name = file.organisationName?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let top: string | undefined;
  for (const [name, count] of counts) if (top === undefined || count > (counts.get(top) ?? 0)) top = name;
  return top;
}

/**
 * The agreement as an answers file (the app's "save the agreement", the CLI's `merge`, the group
 * report): the consensus answers, the most common organisation name, no participant.
 */
export function buildConsensusFile(
  questionnaire: Questionnaire,
  files: readonly AnswersFile[],
  settled: Readonly<Record<string, string | null>> = {},
): AnswersFile {
  const answers = buildConsensus(
    questionnaire,
    files.map((file) => ({ answers: file.answers, role: participantRole(file) })),
    settled,
  );
  const organisationName = commonOrganisationName(files);
  return createAnswersFile(questionnaire, answers, organisationName ? { organisationName } : {});
}
