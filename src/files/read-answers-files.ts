/**
 * Reading answers files the user picks or drops: the one place in the app where a file becomes answers.
 * A file over the size limit is refused before it is read; everything else is read as bytes and goes through
 * `readAnswersFileBytes` (and so `decodeJsonBytes`, `parseJsonText` and `parseAnswersFile`), the same
 * boundary as the command line tool: a UTF-16 file gets the same answer in both.
 */
import {
  MAX_ANSWERS_FILE_BYTES,
  readAnswersFileBytes,
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
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return {
      ok: false,
      fileName,
      problem: 'unreadable',
      detail: error instanceof Error ? error.message : String(error),
    };
  }
  const result = readAnswersFileBytes(questionnaire, bytes);
  if (result.ok) return { ok: true, fileName, file: result.value, migration: result.migration };
  return { ok: false, fileName, problem: result.problem, detail: result.issues.slice(0, 3).join('; ') };
}

/**
 * Reads several files, each on its own: one bad file never stops the others. Should reading one fail in a way
 * `readAnswersFile` did not foresee, that file is `unreadable` with the reason, and the others are still read.
 */
export async function readAnswersFiles(
  questionnaire: Questionnaire,
  files: Iterable<File>,
): Promise<ReadFileResult[]> {
  const list = [...files];
  const settled = await Promise.allSettled(list.map((file) => readAnswersFile(questionnaire, file)));
  return settled.map((outcome, index) =>
    outcome.status === 'fulfilled'
      ? outcome.value
      : {
          ok: false,
          fileName: list[index]?.name ?? '',
          problem: 'unreadable',
          detail: outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason),
        },
  );
}
