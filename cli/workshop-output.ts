/**
 * The JSON that `quickscan compare`, `merge` and `progress` print: the workshop comparison, the consensus
 * answers file and the progress between two scans, with labels in one language.
 */
import { participantRole, type AnswersFile } from '../questionnaire/answers-file.ts';
import type { Language, Questionnaire } from '../questionnaire/schema.ts';
import { compareProgress, type QuestionChange } from '../scoring/progress.ts';
import { buildConsensusFile, compareParticipants } from '../scoring/workshop.ts';
import { createLabels, type Labels } from '../templates/labels.ts';
import {
  decideRolePrivacy,
  describeRolePrivacy,
  doGroupsDiffer,
  groupAnswers,
  privateParticipantLabel,
  privateRoleLabel,
} from '../templates/role-privacy.ts';

/** An answers file as read from disk: where it came from and what it holds. */
export interface LoadedAnswersFile {
  path: string;
  file: AnswersFile;
}

const toWorkshopInput = ({ file }: LoadedAnswersFile) => ({
  answers: file.answers,
  role: participantRole(file),
});

function levelOf(labels: Labels, levelId: string) {
  return { id: levelId, label: labels.level(levelId) };
}

/**
 * The output of `compare`: every participant, the score spread per theme and the disagreements, most first.
 * Roles follow the group report's privacy rule (templates/role-privacy.ts): a role held by one participant is
 * not shown apart (its `role` is null and its answers count under "Overige rollen" or the whole group) unless
 * `showSingleRoles` is set (`--show-single-roles`).
 */
export function buildCompareOutput(
  questionnaire: Questionnaire,
  files: readonly LoadedAnswersFile[],
  language: Language,
  options: { showSingleRoles?: boolean } = {},
) {
  const labels = createLabels(questionnaire, language);
  const inputs = files.map(toWorkshopInput);
  const comparison = compareParticipants(questionnaire, inputs);
  const privacy = decideRolePrivacy(
    inputs.map((input) => input.role),
    options.showSingleRoles ?? false,
    language,
  );
  const namesGiven = files.filter(({ file }) => file.participant?.name?.trim()).length;
  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    language,
    privacy: {
      showSingleRoles: privacy.showSingleRoles,
      lines: describeRolePrivacy(privacy, namesGiven, language),
      groups: privacy.groups.map((group) => ({
        key: group.key,
        label: group.label,
        count: group.members.length,
      })),
    },
    participants: files.map(({ path, file }, index) => ({
      file: path,
      name: file.participant?.name ?? null,
      role: privacy.shownRole[index] ?? null,
      roleLabel: privateRoleLabel(privacy, index, language),
      label: privateParticipantLabel(file.participant, index, privacy, language),
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
    disagreements: comparison.disagreements.map((question) => {
      const byRole = groupAnswers(question.answers, privacy);
      return {
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
        byRole: byRole.map(({ group, answers }) => ({
          group: group.key,
          label: group.label,
          answers: answers.map(({ optionId, count }) => ({
            optionId,
            label: labels.option(question.questionId, optionId),
            count,
          })),
        })),
        rolesDiffer: doGroupsDiffer(byRole),
      };
    }),
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
