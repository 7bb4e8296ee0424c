/**
 * The scoring engine: a pure, total function from (questionnaire, answers) to a result.
 *
 * No React, no DOM, no clock, no randomness. The same answers always give the same result,
 * in the browser and in the command line tool. See docs/decisions/0002-scoring-model.md.
 */
import { LEVEL_IDS } from '../questionnaire/ids.ts';
import type {
  Effort,
  GatedLevelId,
  LevelId,
  Questionnaire,
  ScaleQuestion,
  ThemeId,
  ThemeSection,
} from '../questionnaire/schema.ts';
import {
  getBestOption,
  getMaxPoints,
  getScaleOptions,
  isOptionShown,
  isQuestionShown,
  listThemes,
  type Answers,
} from '../questionnaire/questions.ts';

/**
 * How a scored question counts:
 * - `scored`: answered on the scale; counts with its points.
 * - `unknown`: "weet niet"; counts as 0 points and is a point to find out.
 * - `unanswered`: shown but not answered (or answered with an option the question does not have); counts as 0.
 * - `not-applicable`: "niet van toepassing"; left out of the denominator.
 * - `per-cao`: "zoals onze cao regelt"; in place and meets the must-haves, left out of the denominator (the scan
 *   cannot judge a cao's own terms, so it neither rewards nor punishes them).
 * - `hidden`: not shown because of the intake; left out, and its answer (if any) is ignored.
 */
export type QuestionStatus = 'scored' | 'unknown' | 'unanswered' | 'not-applicable' | 'per-cao' | 'hidden';

export interface QuestionResult {
  questionId: string;
  themeId: ThemeId;
  status: QuestionStatus;
  /** The chosen option's id, when the question is shown and answered with a valid option. */
  optionId: string | null;
  points: number;
  maxPoints: number;
  weight: number;
  /** Whether the question takes part in the theme score (everything but hidden and not applicable). */
  counts: boolean;
  /** The answer is one the questionnaire marks as "in place" (`inPlace` on the option). */
  isInPlace: boolean;
}

export interface ThemeResult {
  id: ThemeId;
  /** 0–100, rounded to a whole number (half up). */
  score: number;
  /** The id of the band the score falls in. */
  band: string;
  /** Scored questions of the theme that are shown and applicable. */
  counted: number;
  /** Of those, how many have an answer on the scale (not "weet niet", not unanswered). */
  answered: number;
}

export type Blocker =
  | {
      kind: 'must-have';
      level: GatedLevelId;
      themeId: ThemeId;
      questionId: string;
      /** The option the answer must reach (or exceed in points). */
      atLeast: string;
      /** The current answer, or null when unanswered. */
      optionId: string | null;
    }
  | { kind: 'min-overall'; level: GatedLevelId; required: number; actual: number }
  | { kind: 'min-theme-score'; level: GatedLevelId; themeId: ThemeId; required: number; actual: number }
  | { kind: 'theme-in-lowest-band'; level: GatedLevelId; themeId: ThemeId; required: number; actual: number };

export interface Action {
  questionId: string;
  themeId: ThemeId;
  /** The current answer, or null when unanswered. */
  fromOptionId: string | null;
  /** The current answer is already in place: the action improves a practice that exists (ranked last). */
  isFromInPlace: boolean;
  /** The best option of the question: the answer this action aims for. */
  toOptionId: string;
  /** How many points the overall score would rise (unrounded, before the overall is rounded). */
  overallGain: number;
  /** How many points the theme score would rise (unrounded). */
  themeGain: number;
  /**
   * The levels this action removes a blocker of, lowest first: an unmet must-have of this question,
   * or a score threshold (overall, theme, lowest band) that the better answer lifts past.
   */
  unblocks: GatedLevelId[];
  /** How much work it usually takes (from the questionnaire). */
  effort: Effort;
  /** Low effort and a gain: worth doing first. */
  isQuickWin: boolean;
  tips: string[];
}

export interface ScoreResult {
  /** 0–100, the weighted mean of the theme scores, rounded to a whole number (half up). */
  overall: number;
  level: LevelId;
  /** The next level up, or null at the top. */
  nextLevel: LevelId | null;
  /** True from level `ready`: the answers meet every must-have and no theme is in the lowest band. */
  recognitionReady: boolean;
  themes: ThemeResult[];
  /** What keeps the organisation from the next level; empty at the top. */
  blockers: Blocker[];
  /** For every level above the first: what it needs and is not met (whatever the current level). */
  blockersByLevel: Record<GatedLevelId, Blocker[]>;
  /** Questions answered "weet niet", in questionnaire order: points to find out. */
  toFindOut: string[];
  /** Questions shown but not answered, in questionnaire order (intake included). */
  unanswered: string[];
  /** Improvement actions, most valuable first (see `rankActions`). */
  actions: Action[];
  /** Per scored question: how it counted. */
  questions: QuestionResult[];
}

const GATED_LEVELS: readonly GatedLevelId[] = ['on-the-way', 'ready', 'leading'];

/** How much an action's gain is discounted for its effort when actions are ranked. */
const EFFORT_FACTOR: Record<Effort, number> = { low: 1, medium: 2, high: 3 };

/** Rounds half up, and keeps floating-point noise (59.99999…) from changing a whole number. */
function roundScore(value: number): number {
  return Math.round(Math.round(value * 1e6) / 1e6);
}

function scoreQuestion(
  questionnaire: Questionnaire,
  answers: Answers,
  theme: ThemeSection,
  question: ScaleQuestion,
): QuestionResult {
  const maxPoints = getMaxPoints(questionnaire, question);
  const base = { questionId: question.id, themeId: theme.id, maxPoints, weight: question.weight };
  const none = { points: 0, isInPlace: false };
  if (!isQuestionShown(questionnaire, answers, question.id)) {
    return { ...base, ...none, status: 'hidden', optionId: null, counts: false };
  }
  const answer = answers[question.id];
  // An option the intake does not offer (a cao option without a cao) counts as no answer.
  const option = getScaleOptions(questionnaire, question).find(
    (o) => o.id === answer && isOptionShown(questionnaire, answers, o),
  );
  if (!option) return { ...base, ...none, status: 'unanswered', optionId: null, counts: true };
  if ('points' in option) {
    return {
      ...base,
      status: 'scored',
      optionId: option.id,
      points: option.points,
      counts: true,
      isInPlace: option.inPlace === true,
    };
  }
  if (option.kind === 'unknown')
    return { ...base, ...none, status: 'unknown', optionId: option.id, counts: true };
  if (option.kind === 'per-cao')
    return { ...base, points: 0, isInPlace: true, status: 'per-cao', optionId: option.id, counts: false };
  return { ...base, ...none, status: 'not-applicable', optionId: option.id, counts: false };
}

/** The exact (unrounded) score 0–100 of one theme; 0 when nothing counts. */
function exactThemeScore(results: readonly QuestionResult[]): number {
  const counting = results.filter((r) => r.counts && r.maxPoints > 0);
  const totalWeight = counting.reduce((sum, r) => sum + r.weight, 0);
  if (totalWeight === 0) return 0;
  return (100 * counting.reduce((sum, r) => sum + (r.weight * r.points) / r.maxPoints, 0)) / totalWeight;
}

interface ExactScores {
  questions: QuestionResult[];
  themes: { theme: ThemeSection; exact: number }[];
  overallExact: number;
}

/** How every scored question counts for these answers, in questionnaire order. */
function scoreQuestions(questionnaire: Questionnaire, answers: Answers): QuestionResult[] {
  return listThemes(questionnaire).flatMap((theme) =>
    theme.questions
      .filter((q): q is ScaleQuestion => q.type === 'scale')
      .map((q) => scoreQuestion(questionnaire, answers, theme, q)),
  );
}

/** The exact theme and overall scores from the question results. */
function computeExactScores(questionnaire: Questionnaire, questions: QuestionResult[]): ExactScores {
  const themes = listThemes(questionnaire).map((theme) => ({
    theme,
    exact: exactThemeScore(questions.filter((r) => r.themeId === theme.id)),
  }));
  const totalWeight = themes.reduce((sum, t) => sum + t.theme.weight, 0);
  const overallExact =
    totalWeight === 0 ? 0 : themes.reduce((sum, t) => sum + t.theme.weight * t.exact, 0) / totalWeight;
  return { questions, themes, overallExact };
}

function findBand(questionnaire: Questionnaire, score: number): string {
  const band = [...questionnaire.bands].reverse().find((b) => score >= b.min);
  return band?.id ?? questionnaire.bands[0]?.id ?? '';
}

/** A must-have of a level: a question whose answer must score at least `required` points. */
interface MustHaveRule {
  themeId: ThemeId;
  questionId: string;
  atLeast: string;
  /** The points of the `atLeast` option (infinite for an option the scale does not have: never met). */
  required: number;
}

/** The must-haves of each level, in questionnaire order, made once per questionnaire. */
const mustHaveRulesCache = new WeakMap<Questionnaire, Record<GatedLevelId, MustHaveRule[]>>();

function getMustHaveRules(questionnaire: Questionnaire): Record<GatedLevelId, MustHaveRule[]> {
  const cached = mustHaveRulesCache.get(questionnaire);
  if (cached) return cached;
  const rules: Record<GatedLevelId, MustHaveRule[]> = { 'on-the-way': [], ready: [], leading: [] };
  for (const theme of listThemes(questionnaire)) {
    for (const question of theme.questions) {
      if (question.type !== 'scale') continue;
      for (const mustHave of question.mustHaves) {
        const threshold = getScaleOptions(questionnaire, question).find((o) => o.id === mustHave.atLeast);
        rules[mustHave.level].push({
          themeId: theme.id,
          questionId: question.id,
          atLeast: mustHave.atLeast,
          required: threshold && 'points' in threshold ? threshold.points : Number.POSITIVE_INFINITY,
        });
      }
    }
  }
  mustHaveRulesCache.set(questionnaire, rules);
  return rules;
}

/** Everything a level needs that these scores do not meet (its own requirements only, not the levels below). */
function findLevelBlockers(
  questionnaire: Questionnaire,
  level: GatedLevelId,
  overall: number,
  themes: readonly ThemeResult[],
  resultsById: ReadonlyMap<string, QuestionResult>,
): Blocker[] {
  const blockers: Blocker[] = [];
  const definition = questionnaire.levels.find((l) => l.id === level);
  const requires = definition?.requires ?? {};

  for (const rule of getMustHaveRules(questionnaire)[level]) {
    const result = resultsById.get(rule.questionId);
    if (!result || result.status === 'hidden') continue;
    const isMet =
      (result.status === 'scored' && result.points >= rule.required) || result.status === 'per-cao';
    if (!isMet) {
      blockers.push({
        kind: 'must-have',
        level,
        themeId: rule.themeId,
        questionId: rule.questionId,
        atLeast: rule.atLeast,
        optionId: result.optionId,
      });
    }
  }

  if (requires.minOverall !== undefined && overall < requires.minOverall) {
    blockers.push({ kind: 'min-overall', level, required: requires.minOverall, actual: overall });
  }
  for (const theme of themes) {
    const required = requires.minThemeScores?.[theme.id];
    if (required !== undefined && theme.score < required) {
      blockers.push({ kind: 'min-theme-score', level, themeId: theme.id, required, actual: theme.score });
    }
  }
  const lowestBandEnd = questionnaire.bands[1]?.min;
  if (requires.noThemeInLowestBand && lowestBandEnd !== undefined) {
    for (const theme of themes) {
      if (theme.score < lowestBandEnd) {
        blockers.push({
          kind: 'theme-in-lowest-band',
          level,
          themeId: theme.id,
          required: lowestBandEnd,
          actual: theme.score,
        });
      }
    }
  }
  return blockers;
}

interface CoreResult {
  overallExact: number;
  overall: number;
  level: LevelId;
  themes: ThemeResult[];
  themeExact: Map<ThemeId, number>;
  questions: QuestionResult[];
  blockersByLevel: Record<GatedLevelId, Blocker[]>;
}

/**
 * Scores, levels and blockers from the question results. Which questions are shown depends on the intake
 * only, so a changed scored answer changes its own result and nothing else: the action ranking uses this
 * to try each better answer without scoring every question again.
 */
function scoreCore(questionnaire: Questionnaire, questionResults: QuestionResult[]): CoreResult {
  const exact = computeExactScores(questionnaire, questionResults);
  const overall = roundScore(exact.overallExact);
  const themes = exact.themes.map(({ theme, exact: value }) => {
    const results = exact.questions.filter((r) => r.themeId === theme.id && r.counts);
    const score = roundScore(value);
    return {
      id: theme.id,
      score,
      band: findBand(questionnaire, score),
      counted: results.length,
      answered: results.filter((r) => r.status === 'scored').length,
    };
  });
  const resultsById = new Map(exact.questions.map((r) => [r.questionId, r]));
  const blockersByLevel = {
    'on-the-way': findLevelBlockers(questionnaire, 'on-the-way', overall, themes, resultsById),
    ready: findLevelBlockers(questionnaire, 'ready', overall, themes, resultsById),
    leading: findLevelBlockers(questionnaire, 'leading', overall, themes, resultsById),
  };
  // Levels are gated: a level counts only when it and every level below it are met.
  let level: LevelId = 'start';
  for (const gated of GATED_LEVELS) {
    if (blockersByLevel[gated].length > 0) break;
    level = gated;
  }
  return {
    overallExact: exact.overallExact,
    overall,
    level,
    themes,
    themeExact: new Map(exact.themes.map((t) => [t.theme.id, t.exact])),
    questions: exact.questions,
    blockersByLevel,
  };
}

function levelRank(level: LevelId): number {
  return LEVEL_IDS.indexOf(level);
}

/** What a blocker is about, regardless of the numbers in it: the same key before and after an improvement. */
function blockerKey(blocker: Blocker): string {
  switch (blocker.kind) {
    case 'must-have':
      return `must-have:${blocker.questionId}`;
    case 'min-overall':
      return 'min-overall';
    case 'min-theme-score':
      return `min-theme-score:${blocker.themeId}`;
    case 'theme-in-lowest-band':
      return `theme-in-lowest-band:${blocker.themeId}`;
  }
}

/** The levels at which `after` has lost a blocker that `before` had. */
function findUnblockedLevels(before: CoreResult, after: CoreResult): GatedLevelId[] {
  return GATED_LEVELS.filter((level) => {
    const remaining = new Set(after.blockersByLevel[level].map(blockerKey));
    return before.blockersByLevel[level].some((blocker) => !remaining.has(blockerKey(blocker)));
  });
}

/**
 * The improvement actions for these answers: one per shown question that is not yet at its best option.
 *
 * Ranking: actions on a practice that is already in place come after every other action. Within that:
 * first the actions that remove a blocker of the next level (an unmet must-have, or a score
 * threshold the better answer lifts past); then those that remove a blocker of a higher level (lower
 * levels first); then the rest. Within each group, the largest gain in the overall score per unit of
 * effort comes first (low 1, medium 2, high 3), so quick wins lead; ties keep questionnaire order.
 */
function rankActions(questionnaire: Questionnaire, core: CoreResult): Action[] {
  const nextRank = levelRank(core.level) + 1;
  const resultsById = new Map(core.questions.map((r) => [r.questionId, r]));
  const actions: { action: Action; order: number }[] = [];
  let order = 0;
  for (const theme of listThemes(questionnaire)) {
    for (const question of theme.questions) {
      order += 1;
      if (question.type !== 'scale') continue;
      const result = resultsById.get(question.id);
      if (!result || !result.counts || (result.status === 'scored' && result.points >= result.maxPoints))
        continue;
      const best = getBestOption(questionnaire, question);
      if (!best) continue;
      // The question is shown (it counts), and being shown depends on the intake only: with its best option it
      // scores that option's points, as `scoreQuestion` would score it.
      const improvedResult: QuestionResult = {
        ...result,
        status: 'scored',
        optionId: best.id,
        points: best.points,
        counts: true,
        isInPlace: best.inPlace === true,
      };
      const improved = scoreCore(
        questionnaire,
        core.questions.map((r) => (r.questionId === question.id ? improvedResult : r)),
      );
      actions.push({
        order,
        action: {
          questionId: question.id,
          themeId: theme.id,
          fromOptionId: result.optionId,
          isFromInPlace: result.isInPlace,
          toOptionId: best.id,
          overallGain: improved.overallExact - core.overallExact,
          themeGain: (improved.themeExact.get(theme.id) ?? 0) - (core.themeExact.get(theme.id) ?? 0),
          unblocks: findUnblockedLevels(core, improved),
          effort: question.effort,
          isQuickWin: question.effort === 'low',
          tips: [...question.tips],
        },
      });
    }
  }
  const priority = (action: Action) => action.overallGain / EFFORT_FACTOR[action.effort];
  const group = (action: Action): number => {
    const first = action.unblocks[0];
    if (first === undefined) return Number.POSITIVE_INFINITY;
    const rank = levelRank(first);
    return rank <= nextRank ? 0 : rank;
  };
  return actions
    .sort(
      (a, b) =>
        Number(a.action.isFromInPlace) - Number(b.action.isFromInPlace) ||
        group(a.action) - group(b.action) ||
        priority(b.action) - priority(a.action) ||
        a.order - b.order,
    )
    .map(({ action }) => action);
}

/**
 * Scores a set of answers against a questionnaire.
 *
 * - Theme score (0–100): the weighted mean of the counting questions, each as points / best points.
 *   "Weet niet" and unanswered count as 0; "niet van toepassing" and hidden questions are left out.
 * - Overall (0–100): the weighted mean of the exact theme scores (theme weights), then rounded.
 * - Level: gated, never an average. Each level above `start` needs its own must-haves and score
 *   requirements met, and every level below it. `blockers` lists exactly what keeps the next level out.
 *
 * Total: answers to unknown questions are ignored and an answer with an option the question does not
 * have counts as unanswered, so this never throws for a valid questionnaire. Parse answers files
 * with `parseAnswersFile` first to tell the user about such problems.
 *
 * @param questionnaire a parsed questionnaire (see `parseQuestionnaire`)
 * @param answers option ids keyed by question id
 */
export function scoreQuestionnaire(questionnaire: Questionnaire, answers: Answers): ScoreResult {
  const core = scoreCore(questionnaire, scoreQuestions(questionnaire, answers));
  const nextLevel = LEVEL_IDS[levelRank(core.level) + 1] ?? null;
  const blockers = nextLevel === null || nextLevel === 'start' ? [] : core.blockersByLevel[nextLevel];
  const toFindOut = core.questions.filter((r) => r.status === 'unknown').map((r) => r.questionId);
  const unanswered = questionnaire.sections
    .flatMap((section) => section.questions)
    .filter((q) => isQuestionShown(questionnaire, answers, q.id))
    .filter((q) =>
      q.type === 'choice'
        ? !q.options.some((o) => o.id === answers[q.id])
        : core.questions.find((r) => r.questionId === q.id)?.status === 'unanswered',
    )
    .map((q) => q.id);
  return {
    overall: core.overall,
    level: core.level,
    nextLevel,
    recognitionReady: levelRank(core.level) >= levelRank('ready'),
    themes: core.themes,
    blockers,
    blockersByLevel: core.blockersByLevel,
    toFindOut,
    unanswered,
    actions: rankActions(questionnaire, core),
    questions: core.questions,
  };
}

/** The scores and level of a set of answers, without the action plan. */
export interface ScoreSummary {
  overall: number;
  level: LevelId;
  themes: ThemeResult[];
  questions: QuestionResult[];
}

/**
 * The scores and the level only: the same numbers as `scoreQuestionnaire`, without ranking the actions
 * (which tries every better answer). For comparing many scans at once, such as a workshop's participants.
 */
export function scoreSummary(questionnaire: Questionnaire, answers: Answers): ScoreSummary {
  const core = scoreCore(questionnaire, scoreQuestions(questionnaire, answers));
  return { overall: core.overall, level: core.level, themes: core.themes, questions: core.questions };
}
