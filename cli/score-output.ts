/**
 * The JSON that `quickscan score` prints: the scoring result with labels and sentences in one language.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import { findQuestion } from '../questionnaire/questions.ts';
import type { Language, Questionnaire } from '../questionnaire/schema.ts';
import type { ScoreResult } from '../scoring/score-questionnaire.ts';
import { REPORT_TEXTS } from '../templates/content/report-texts.ts';
import { describeBlocker } from '../templates/describe-blocker.ts';

export function buildScoreOutput(
  questionnaire: Questionnaire,
  file: AnswersFile,
  result: ScoreResult,
  language: Language,
) {
  const levelOf = (id: string | null) => {
    const level = questionnaire.levels.find((l) => l.id === id);
    return level ? { id: level.id, label: level.label[language] } : null;
  };
  const questionText = (id: string) => findQuestion(questionnaire, id)?.question.text[language] ?? id;
  const sectionTitle = (id: string) => questionnaire.sections.find((s) => s.id === id)?.title[language] ?? id;
  const bandLabel = (id: string) => questionnaire.bands.find((b) => b.id === id)?.label[language] ?? id;
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...(file.organisationName ? { organisationName: file.organisationName } : {}),
    language,
    overall: result.overall,
    level: levelOf(result.level),
    nextLevel: levelOf(result.nextLevel),
    recognitionReady: result.recognitionReady,
    themes: result.themes.map((theme) => ({
      id: theme.id,
      title: sectionTitle(theme.id),
      score: theme.score,
      band: { id: theme.band, label: bandLabel(theme.band) },
      counted: theme.counted,
      answered: theme.answered,
    })),
    blockers: result.blockers.map((blocker) => ({
      ...blocker,
      text: describeBlocker(questionnaire, blocker, language),
    })),
    toFindOut: result.toFindOut.map((id) => ({ questionId: id, text: questionText(id) })),
    unanswered: result.unanswered.map((id) => ({ questionId: id, text: questionText(id) })),
    actions: result.actions.map((action) => ({
      questionId: action.questionId,
      themeId: action.themeId,
      text: questionText(action.questionId),
      fromOptionId: action.fromOptionId,
      toOptionId: action.toOptionId,
      overallGain: Math.round(action.overallGain * 10) / 10,
      unblocks: action.unblocks,
      tips: action.tips.map((key) => ({ key, title: questionnaire.tips[key]?.title[language] ?? key })),
    })),
    disclaimer: REPORT_TEXTS.disclaimer[language],
  };
}
