/**
 * The JSON that `quickscan compare`, `merge` and `progress` print: the workshop comparison, the consensus
 * answers file and the progress between two scans, with labels in one language.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';
import type { Language, Questionnaire } from '../questionnaire/schema.ts';
import { compareProgress, type QuestionChange } from '../scoring/progress.ts';
import { buildConsensusFile, compareParticipants } from '../scoring/workshop.ts';
import { createLabels, type Labels } from '../templates/labels.ts';
import { participantLabel } from '../templates/participant-labels.ts';

/** An answers file as read from disk: where it came from and what it holds. */
export interface LoadedAnswersFile {
  path: string;
  file: AnswersFile;
}

const toWorkshopInput = ({ file }: LoadedAnswersFile) => ({
  answers: file.answers,
  role: file.participant?.role,
});

function levelOf(labels: Labels, levelId: string) {
  return { id: levelId, label: labels.level(levelId) };
}

/** The output of `compare`: every participant, the score spread per theme and the disagreements, most first. */
export function buildCompareOutput(
  questionnaire: Questionnaire,
  files: readonly LoadedAnswersFile[],
  language: Language,
) {
  const labels = createLabels(questionnaire, language);
  const comparison = compareParticipants(questionnaire, files.map(toWorkshopInput));
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    language,
    participants: files.map(({ path, file }, index) => ({
      file: path,
      name: file.participant?.name ?? null,
      role: file.participant?.role ?? null,
      label: participantLabel(file.participant, index, language),
      overall: comparison.overall.scores[index] ?? 0,
      level: levelOf(labels, comparison.levels[index] ?? 'start'),
    })),
    overall: comparison.overall,
    themes: comparison.themes.map((theme) => ({
      id: theme.id,
      label: labels.section(theme.id),
      scores: theme.scores,
      min: theme.min,
      max: theme.max,
    })),
    disagreements: comparison.disagreements.map((question) => ({
      questionId: question.questionId,
      question: labels.question(question.questionId),
      themeId: question.themeId,
      answers: question.answers.map((optionId, index) => ({
        file: files[index]?.path ?? '',
        optionId,
        label: labels.option(question.questionId, optionId),
      })),
      disagreement: question.disagreement,
      suggested: question.suggested,
      suggestedLabel:
        question.suggested === null ? null : labels.option(question.questionId, question.suggested),
      rolesDiffer: question.rolesDiffer,
    })),
  };
}

/**
 * The output of `merge`: the suggested consensus as a valid answers file, with the most common
 * organisation name of the inputs and no participant.
 */
export function buildMergedFile(
  questionnaire: Questionnaire,
  files: readonly LoadedAnswersFile[],
): AnswersFile {
  return buildConsensusFile(
    questionnaire,
    files.map(({ file }) => file),
  );
}

/** The output of `progress`: scores and level then and now, and which answers changed for better or worse. */
export function buildProgressOutput(
  questionnaire: Questionnaire,
  earlier: LoadedAnswersFile,
  later: LoadedAnswersFile,
  language: Language,
) {
  const labels = createLabels(questionnaire, language);
  const progress = compareProgress(questionnaire, earlier.file.answers, later.file.answers);
  const describe = (change: QuestionChange) => ({
    questionId: change.questionId,
    question: labels.question(change.questionId),
    themeId: change.themeId,
    from: change.from,
    fromLabel: labels.option(change.questionId, change.from),
    to: change.to,
    toLabel: labels.option(change.questionId, change.to),
  });
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    language,
    files: { earlier: earlier.path, later: later.path },
    overall: progress.overall,
    level: {
      then: levelOf(labels, progress.level.then),
      now: levelOf(labels, progress.level.now),
    },
    themes: progress.themes.map(({ id, then, now, change }) => ({
      id,
      label: labels.section(id),
      then,
      now,
      change,
    })),
    nowInPlace: progress.nowInPlace.map(describe),
    improved: progress.improved.map(describe),
    worse: progress.worse.map(describe),
  };
}
