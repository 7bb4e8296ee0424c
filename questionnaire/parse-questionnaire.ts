/**
 * The one door through which a questionnaire definition enters the app or the command line tool.
 */
import { QuestionnaireSchema, type Questionnaire } from './schema.ts';
import { formatIssues } from './format-issues.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: string[] };

/**
 * Checks raw data (from a JSON file) against the questionnaire contract, including every
 * cross-reference. On failure, each issue is one readable line with the path where it is.
 */
export function parseQuestionnaire(data: unknown): ParseResult<Questionnaire> {
  const parsed = QuestionnaireSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: formatIssues(parsed.error, data) };
}
