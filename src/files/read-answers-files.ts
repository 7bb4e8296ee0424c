/**
 * Reading answers files the user picks or drops: the one place in the app where a file becomes answers.
 * A file over the size limit is refused before it is read; everything else goes through
 * `readAnswersFileText` (and so `parseAnswersFile`), the same boundary as the command line tool.
 */
import {
  MAX_ANSWERS_FILE_BYTES,
  readAnswersFileText,
  formatBytes,
  type AnswersFile,
  type AnswersFileProblem,
} from '../../questionnaire/answers-file.ts';
import type { MigrationResult } from '../../questionnaire/migrations/answer-migration.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';

export type ReadFileResult =
  | { ok: true; fileName: string; file: AnswersFile; migration: MigrationResult | null }
  | { ok: false; fileName: string; problem: AnswersFileProblem | 'unreadable'; detail: string };

/** Reads one picked or dropped file; never throws. */
export async function readAnswersFile(questionnaire: Questionnaire, file: File): Promise<ReadFileResult> {
  const fileName = file.name;
  if (file.size > MAX_ANSWERS_FILE_BYTES) {
    return {
      ok: false,
      fileName,
      problem: 'too-large',
      detail: `${formatBytes(file.size)}; at most ${formatBytes(MAX_ANSWERS_FILE_BYTES)}`,
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      ok: false,
      fileName,
      problem: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  const result = readAnswersFileText(questionnaire, text, file.size);
  if (result.ok) return { ok: true, fileName, file: result.value, migration: result.migration };
  return { ok: false, fileName, problem: result.problem, detail: result.issues.slice(0, 3).join('; ') };
}

/** Reads several files, each on its own: one bad file never stops the others. */
export function readAnswersFiles(
  questionnaire: Questionnaire,
  files: Iterable<File>,
): Promise<ReadFileResult[]> {
  return Promise.all([...files].map((file) => readAnswersFile(questionnaire, file)));
}
