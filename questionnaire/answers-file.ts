/**
 * The answers file: what the web app saves, exports and imports, and what the command line tool scores.
 *
 * It names the questionnaire (id and version) it was made with, and holds the answers keyed by
 * question id, each the id of the chosen option. Organisation name and respondent role are optional;
 * nothing else about a person is stored.
 */
import { z } from 'zod';
import { IdSchema, type Questionnaire } from './schema.ts';
import { formatIssues, formatPath } from './format-issues.ts';
import { findQuestion, getOptions, type Answers } from './questions.ts';
import type { ParseResult } from './parse-questionnaire.ts';

export const ANSWERS_FORMAT = 'quickscan-answers';
export const ANSWERS_FORMAT_VERSION = 1;

/** Files larger than this are refused before they are read: a real answers file is a few kilobytes. */
export const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;

export const AnswersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT, {
    error: `must be "${ANSWERS_FORMAT}": this is not a quick scan answers file`,
  }),
  formatVersion: z.literal(ANSWERS_FORMAT_VERSION, {
    error: `must be ${ANSWERS_FORMAT_VERSION}: this answers file was made by another version of the app`,
  }),
  questionnaire: z.strictObject({
    id: IdSchema,
    version: z.string().min(1),
  }),
  organisationName: z.string().trim().max(200).optional(),
  respondentRole: z.string().trim().max(100).optional(),
  /** When the answers were last changed (ISO 8601). */
  updatedAt: z.iso.datetime({ offset: true }).optional(),
  answers: z.record(IdSchema, IdSchema),
});
export type AnswersFile = z.infer<typeof AnswersFileSchema>;

/** A new answers file for this questionnaire. */
export function createAnswersFile(
  questionnaire: Questionnaire,
  answers: Answers,
  meta: { organisationName?: string; respondentRole?: string; updatedAt?: string } = {},
): AnswersFile {
  return {
    format: ANSWERS_FORMAT,
    formatVersion: ANSWERS_FORMAT_VERSION,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    ...meta,
    answers: { ...answers },
  };
}

/**
 * Checks that the answers fit this questionnaire: the same id and version, and every answer
 * names an existing question and one of its options. Returns one readable line per problem.
 */
export function checkAnswersAgainstQuestionnaire(questionnaire: Questionnaire, file: AnswersFile): string[] {
  const problems: string[] = [];
  if (file.questionnaire.id !== questionnaire.id) {
    problems.push(
      `at questionnaire.id: made for questionnaire "${file.questionnaire.id}", not for "${questionnaire.id}"`,
    );
  } else if (file.questionnaire.version !== questionnaire.version) {
    problems.push(
      `at questionnaire.version: made with version ${file.questionnaire.version} of the questionnaire; this is version ${questionnaire.version}`,
    );
  }
  if (problems.length > 0) return problems;
  for (const [questionId, optionId] of Object.entries(file.answers)) {
    const where = formatPath(['answers', questionId]);
    const placed = findQuestion(questionnaire, questionId);
    if (!placed) {
      problems.push(`at ${where}: there is no question "${questionId}" in this questionnaire`);
      continue;
    }
    const options = getOptions(questionnaire, placed.question);
    if (!options.some((option) => option.id === optionId)) {
      const allowed = options.map((option) => option.id).join(', ');
      problems.push(`at ${where}: "${optionId}" is not an option of this question (options: ${allowed})`);
    }
  }
  return problems;
}

/**
 * Parses raw data (from a JSON file or from browser storage) as an answers file for this questionnaire.
 * Never throws; on failure each issue is one readable line with the path where it is.
 */
export function parseAnswersFile(questionnaire: Questionnaire, data: unknown): ParseResult<AnswersFile> {
  const parsed = AnswersFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, issues: formatIssues(parsed.error) };
  const problems = checkAnswersAgainstQuestionnaire(questionnaire, parsed.data);
  if (problems.length > 0) return { ok: false, issues: problems };
  return { ok: true, value: parsed.data };
}

export interface SalvagedAnswers {
  /** A valid answers file with everything that could be read. */
  file: AnswersFile;
  /** How many answers were kept. */
  kept: number;
  /** How many answers were dropped because their question or option does not exist. */
  dropped: number;
}

/**
 * Keeps what can be read from damaged or foreign data: every answer that names an existing question
 * and one of its options, and the organisation name if it is valid. Returns undefined when nothing
 * at all can be read (not an object, or no answers object).
 */
export function salvageAnswersFile(questionnaire: Questionnaire, data: unknown): SalvagedAnswers | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const rawAnswers = record.answers;
  if (rawAnswers === null || typeof rawAnswers !== 'object' || Array.isArray(rawAnswers)) return undefined;
  const answers: Record<string, string> = {};
  let dropped = 0;
  for (const [questionId, optionId] of Object.entries(rawAnswers as Record<string, unknown>)) {
    const placed = findQuestion(questionnaire, questionId);
    const isValid =
      placed !== undefined &&
      typeof optionId === 'string' &&
      getOptions(questionnaire, placed.question).some((option) => option.id === optionId);
    if (isValid) answers[questionId] = optionId;
    else dropped += 1;
  }
  const name = AnswersFileSchema.shape.organisationName.safeParse(record.organisationName);
  const role = AnswersFileSchema.shape.respondentRole.safeParse(record.respondentRole);
  const file = createAnswersFile(questionnaire, answers, {
    ...(name.success && name.data ? { organisationName: name.data } : {}),
    ...(role.success && role.data ? { respondentRole: role.data } : {}),
  });
  return { file, kept: Object.keys(answers).length, dropped };
}
