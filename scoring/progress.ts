/**
 * Progress between an earlier and a later scan of the same organisation: per theme then, now and the
 * change; the level then and now; which actions of the earlier plan are now in place; what got worse.
 * Pure: both scans are scored here.
 */
import { getBestOption, findQuestion, type Answers } from '../questionnaire/questions.ts';
import type { LevelId, Questionnaire, ThemeId } from '../questionnaire/schema.ts';
import { scoreQuestionnaire, type QuestionResult, type ScoreResult } from './score-questionnaire.ts';

export interface ThemeProgress {
  id: ThemeId;
  then: number;
  now: number;
  change: number;
}

export interface QuestionChange {
  questionId: string;
  themeId: ThemeId;
  /** The answer then and now (null: not answered or not asked). */
  from: string | null;
  to: string | null;
  /** Points as a share of the question's best points, then and now (0–1). */
  shareThen: number;
  shareNow: number;
}

export interface ProgressResult {
  overall: { then: number; now: number; change: number };
  level: { then: LevelId; now: LevelId };
  themes: ThemeProgress[];
  /**
   * Actions of the earlier plan whose answer has now reached the action's aim, or is now marked in place
   * and was not then; in the order of the earlier plan.
   */
  nowInPlace: QuestionChange[];
  /** Actions of the earlier plan that improved but are not yet there. */
  improved: QuestionChange[];
  /** Questions that score fewer points now than then (including a real answer with points that became "weet niet"). */
  worse: QuestionChange[];
  earlier: ScoreResult;
  later: ScoreResult;
}

function share(result: QuestionResult | undefined): number {
  if (!result || result.maxPoints === 0) return 0;
  return result.points / result.maxPoints;
}

/** Compares an earlier scan with a later one (both answer sets for this questionnaire). */
export function compareProgress(
  questionnaire: Questionnaire,
  earlier: Answers,
  later: Answers,
): ProgressResult {
  const then = scoreQuestionnaire(questionnaire, earlier);
  const now = scoreQuestionnaire(questionnaire, later);
  const nowById = new Map(now.questions.map((q) => [q.questionId, q]));
  const change = (a: QuestionResult, b: QuestionResult | undefined): QuestionChange => ({
    questionId: a.questionId,
    themeId: a.themeId,
    from: a.optionId,
    to: b?.status === 'hidden' ? null : (b?.optionId ?? null),
    shareThen: share(a),
    shareNow: share(b),
  });

  const nowInPlace: QuestionChange[] = [];
  const improved: QuestionChange[] = [];
  for (const action of then.actions) {
    const before = then.questions.find((q) => q.questionId === action.questionId);
    const after = nowById.get(action.questionId);
    if (!before || !after || after.status === 'hidden') continue;
    const placed = findQuestion(questionnaire, action.questionId);
    const best =
      placed?.question.type === 'scale' ? getBestOption(questionnaire, placed.question) : undefined;
    // An answer that was already in place then and still is has not newly reached anything.
    const reached =
      (after.isInPlace && !before.isInPlace) ||
      (best !== undefined && after.status === 'scored' && after.points >= best.points);
    if (reached) nowInPlace.push(change(before, after));
    else if (after.status === 'scored' && after.points > before.points) improved.push(change(before, after));
  }
  const worse = then.questions
    .filter((before) => {
      const after = nowById.get(before.questionId);
      if (!after || before.status !== 'scored' || !after.counts) return false;
      // Fewer points now; "Nooit" (0 points) that became "weet niet" (0 points) is no loss.
      return after.points < before.points;
    })
    .map((before) => change(before, nowById.get(before.questionId)));

  return {
    overall: { then: then.overall, now: now.overall, change: now.overall - then.overall },
    level: { then: then.level, now: now.level },
    themes: then.themes.map((theme) => {
      const later = now.themes.find((t) => t.id === theme.id)?.score ?? 0;
      return { id: theme.id, then: theme.score, now: later, change: later - theme.score };
    }),
    nowInPlace,
    improved,
    worse,
    earlier: then,
    later: now,
  };
}
