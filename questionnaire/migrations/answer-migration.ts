/**
 * Migrations of saved and exported answers from an older version of a questionnaire to the current one.
 *
 * The answers file is a public contract: the app, the command line tool and advisors' files all use it.
 * Every version of a questionnaire that changes question ids, options or scales ships a migration step
 * here, so no saved or exported scan is ever lost. Storage (src/scan) and the CLI both read answers
 * files through `readAnswersFile` in ../answers-file.ts, which calls `migrateAnswers`.
 *
 * A step is data: for each question of the new version, where its answer comes from.
 */
import type { Answers } from '../questions.ts';
import { ZORGVRIENDELIJK_WERKGEVERSCHAP_1_TO_2 } from './zorgvriendelijk-werkgeverschap-1-to-2.ts';
import { ZORGVRIENDELIJK_WERKGEVERSCHAP_2_TO_3 } from './zorgvriendelijk-werkgeverschap-2-to-3.ts';
import { ZORGVRIENDELIJK_WERKGEVERSCHAP_3_TO_3_1 } from './zorgvriendelijk-werkgeverschap-3-to-3.1.ts';

/** Where the answer to a question of the new version comes from. */
export type AnswerSource =
  /** The same question id and the same option ids. */
  | { kind: 'same' }
  /** Another (old) question, with its option ids translated; an option missing from `options` keeps its id. */
  | {
      kind: 'from';
      question: string;
      options?: Readonly<Record<string, string>>;
      /** Why the answer should be checked: a question that was split, or a new scale for the same question. */
      change: 'split' | 'rescaled' | 'renamed';
    }
  /** Derived from several old answers; returns the new option id, or undefined when they do not tell. */
  | { kind: 'derived'; questions: readonly string[]; derive: (old: Answers) => string | undefined };

export interface MigrationStep {
  questionnaireId: string;
  from: string;
  to: string;
  /** Every question of the new version that takes an answer from the old one. */
  answers: Readonly<Record<string, AnswerSource>>;
  /** Old questions that no longer exist and whose answer goes nowhere, with the reason. */
  dropped: Readonly<Record<string, string>>;
}

/** All migration steps, oldest first. */
export const MIGRATION_STEPS: readonly MigrationStep[] = [
  ZORGVRIENDELIJK_WERKGEVERSCHAP_1_TO_2,
  ZORGVRIENDELIJK_WERKGEVERSCHAP_2_TO_3,
  ZORGVRIENDELIJK_WERKGEVERSCHAP_3_TO_3_1,
];

/** What a migration did, so that the user can check the answers that were translated. */
export interface MigrationNote {
  /** The question of the new version (or, for a dropped answer, of the old one). */
  questionId: string;
  kind: 'split' | 'rescaled' | 'renamed' | 'derived' | 'dropped';
  /** The old question the answer came from. */
  fromQuestionId: string;
  /** The old answer. */
  fromOptionId: string;
}

export interface MigrationResult {
  from: string;
  to: string;
  answers: Record<string, string>;
  notes: MigrationNote[];
}

/**
 * What the user should hear about a migration: the questions of the new version whose answer to check
 * (each once, in order), and the old questions whose answer was dropped.
 */
export function summariseMigration(migration: MigrationResult): { toCheck: string[]; dropped: string[] } {
  const toCheck = migration.notes.filter((note) => note.kind !== 'dropped').map((note) => note.questionId);
  const dropped = migration.notes.filter((note) => note.kind === 'dropped').map((note) => note.questionId);
  return { toCheck: [...new Set(toCheck)], dropped };
}

/** Whether the text is a version of a questionnaire: three whole numbers, "x.y.z" ("3.0.0", not "3.0" or "v3"). */
export function isVersion(text: string): boolean {
  return /^\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(text);
}

/**
 * Compares two versions "x.y.z": negative when a is older, 0 when equal, positive when a is newer.
 * A text that is not a version (see `isVersion`: "banana", "", "1.2") is older than every version, because it
 * can never be a newer questionnaire; two such texts compare as text, so the order is still total.
 */
export function compareVersions(a: string, b: string): number {
  const isVersionA = isVersion(a);
  const isVersionB = isVersion(b);
  if (!isVersionA || !isVersionB) {
    if (isVersionA !== isVersionB) return isVersionA ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const difference = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function applyStep(
  step: MigrationStep,
  old: Answers,
): { answers: Record<string, string>; notes: MigrationNote[] } {
  const answers: Record<string, string> = {};
  const notes: MigrationNote[] = [];
  for (const [questionId, source] of Object.entries(step.answers)) {
    switch (source.kind) {
      case 'same': {
        const answer = old[questionId];
        if (answer !== undefined) answers[questionId] = answer;
        break;
      }
      case 'from': {
        const answer = old[source.question];
        if (answer === undefined) break;
        const translated = source.options?.[answer] ?? answer;
        answers[questionId] = translated;
        // A split question always asks for a check; otherwise only when the answer itself changed.
        if (source.change === 'split' || translated !== answer || source.question !== questionId) {
          notes.push({
            questionId,
            kind: source.change,
            fromQuestionId: source.question,
            fromOptionId: answer,
          });
        }
        break;
      }
      case 'derived': {
        const answer = source.derive(old);
        const from = source.questions.find((id) => old[id] !== undefined);
        if (answer === undefined || from === undefined) break;
        answers[questionId] = answer;
        notes.push({ questionId, kind: 'derived', fromQuestionId: from, fromOptionId: old[from] ?? '' });
        break;
      }
    }
  }
  for (const questionId of Object.keys(step.dropped)) {
    const answer = old[questionId];
    if (answer !== undefined)
      notes.push({ questionId, kind: 'dropped', fromQuestionId: questionId, fromOptionId: answer });
  }
  return { answers, notes };
}

/**
 * Migrates answers made with `fromVersion` of a questionnaire up to `toVersion`, step by step.
 * Returns undefined when there is no path (an unknown version, or a newer one).
 * Answers that the new version cannot place are left to the caller's checks; nothing here throws.
 */
export function migrateAnswers(
  questionnaireId: string,
  fromVersion: string,
  toVersion: string,
  answers: Answers,
): MigrationResult | undefined {
  let version = fromVersion;
  let current: Record<string, string> = { ...answers };
  const notes: MigrationNote[] = [];
  while (version !== toVersion) {
    const step = MIGRATION_STEPS.find((s) => s.questionnaireId === questionnaireId && s.from === version);
    if (!step || compareVersions(step.to, toVersion) > 0) return undefined;
    const applied = applyStep(step, current);
    current = applied.answers;
    notes.push(...applied.notes);
    version = step.to;
  }
  return { from: fromVersion, to: toVersion, answers: current, notes };
}

/**
 * Carries data keyed by question id (the evidence folder) from `fromVersion` to `toVersion`, along the
 * same steps as the answers: a kept question keeps its entry, a renamed or split question takes the entry
 * of the question it came from, a derived one the entry of the first old question that has one. Entries
 * of dropped questions go. Returns undefined when there is no path.
 */
export function migrateByQuestion<T>(
  questionnaireId: string,
  fromVersion: string,
  toVersion: string,
  entries: Readonly<Record<string, T>>,
): Record<string, T> | undefined {
  let version = fromVersion;
  let current: Record<string, T> = { ...entries };
  while (version !== toVersion) {
    const step = MIGRATION_STEPS.find((s) => s.questionnaireId === questionnaireId && s.from === version);
    if (!step || compareVersions(step.to, toVersion) > 0) return undefined;
    const next: Record<string, T> = {};
    for (const [questionId, source] of Object.entries(step.answers)) {
      const from =
        source.kind === 'same'
          ? questionId
          : source.kind === 'from'
            ? source.question
            : source.questions.find((id) => current[id] !== undefined);
      const entry = from === undefined ? undefined : current[from];
      if (entry !== undefined) next[questionId] = entry;
    }
    current = next;
    version = step.to;
  }
  return current;
}
