/**
 * The JSON that `quickscan score` prints: the scoring result with labels and sentences in one language.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import type { MigrationResult } from '../questionnaire/migrations/answer-migration.ts';
import type { Language, Questionnaire } from '../questionnaire/schema.ts';
import type { ScoreResult } from '../scoring/score-questionnaire.ts';
import { pickReportTexts } from '../templates/content/report-texts.ts';
import { describeBlocker } from '../templates/describe-blocker.ts';
import { createLabels } from '../templates/labels.ts';

export function buildScoreOutput(
  questionnaire: Questionnaire,
  file: AnswersFile,
  result: ScoreResult,
  language: Language,
  migration: MigrationResult | null = null,
) {
  const labels = createLabels(questionnaire, language);
  const levelOf = (id: string | null) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level ? { id: level.id, label: level.label[language] } : null;
  };
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...(migration
      ? {
          migrated: {
            from: migration.from,
            to: migration.to,
            check: migration.notes.map((note) => ({
              questionId: note.questionId,
              change: note.kind,
              fromQuestionId: note.fromQuestionId,
              fromOptionId: note.fromOptionId,
            })),
          },
        }
      : {}),
    ...(file.organisationName ? { organisationName: file.organisationName } : {}),
    language,
    overall: result.overall,
    level: levelOf(result.level),
    nextLevel: levelOf(result.nextLevel),
    recognitionReady: result.recognitionReady,
    themes: result.themes.map((theme) => ({
      id: theme.id,
      title: labels.section(theme.id),
      score: theme.score,
      band: { id: theme.band, label: labels.band(theme.band) },
      counted: theme.counted,
      answered: theme.answered,
    })),
    blockers: result.blockers.map((blocker) => ({ ...blocker, ...describeBlocker(labels, blocker, result) })),
    toFindOut: result.toFindOut.map((id) => ({ questionId: id, text: labels.question(id) })),
    unanswered: result.unanswered.map((id) => ({ questionId: id, text: labels.question(id) })),
    notApplicable: result.questions
      .filter((r) => r.status === 'not-applicable')
      .map((r) => ({ questionId: r.questionId, text: labels.question(r.questionId) })),
    actions: result.actions.map((action) => ({
      questionId: action.questionId,
      themeId: action.themeId,
      text: labels.question(action.questionId),
      fromOptionId: action.fromOptionId,
      toOptionId: action.toOptionId,
      overallGain: Math.round(action.overallGain * 10) / 10,
      unblocks: action.unblocks,
      tips: action.tips.map((key) => ({ key, title: questionnaire.tips[key]?.title[language] ?? key })),
    })),
    disclaimer: pickReportTexts(language).disclaimer,
  };
}
