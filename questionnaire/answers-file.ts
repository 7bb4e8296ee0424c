/**
 * The answers file: what the web app saves, exports and imports, and what the command line tool scores.
 *
 * It names the questionnaire (id and version) it was made with, and holds the answers keyed by
 * question id, each the id of the chosen option. Organisation name, respondent role and (for a workshop)
 * the participant's name and role are optional; nothing else about a person is stored.
 *
 * Format versions: 1 had no `participant`; 2 adds it; 3 adds the organisation's own `notes` per theme
 * and its `evidence` folder per question; 4 adds its application `drafts`, one text per open question of the
 * application; 5 adds `scannedAt`, the day the scan was made (set by the app when the first answer is given, and
 * editable for an older scan). An older file is read as version 5 unchanged, because every addition is optional
 * (see `upgradeFormat`); a file without `scannedAt` has no known scan day, and the app asks for it where it matters
 * (progress). 6 widens `participant` for a workshop held in a room: one list of roles for the intake and the
 * workshop (`PARTICIPANT_ROLES`, the options of the intake question `intake-role`), the participant's random `id` (so
 * that the same participant handed over twice counts once) and the `workshop` it belongs to. A file of format 1–5
 * whose workshop role was set apart from its intake answer gets that role as its intake answer too (see
 * `reconcileRole`). Every change to this format bumps `ANSWERS_FORMAT_VERSION` and adds a step there.
 */
import './zod-config.ts';
import * as z from 'zod/mini';
import { ApplicationQuestionIdSchema, IdSchema, ThemeIdSchema } from './ids.ts';
import type { Questionnaire } from './schema.ts';
import { formatIssues, formatPath } from './format-issues.ts';
import { findQuestion, getOptions, type Answers } from './questions.ts';
import { decodeJsonBytes, MAX_JSON_DEPTH, parseJsonText, toSafeLine, TOO_DEEP_ISSUE } from './json-text.ts';
import {
  compareVersions,
  isVersion,
  migrateAnswers,
  migrateByQuestion,
  type MigrationResult,
} from './migrations/answer-migration.ts';

export const ANSWERS_FORMAT = 'quickscan-answers';
export const ANSWERS_FORMAT_VERSION = 6;

/**
 * The one list of roles, for the intake question `intake-role` (its option ids, in this order) and for a workshop
 * participant. A test checks that the shipped questionnaire's options are exactly these.
 */
export const PARTICIPANT_ROLES = [
  'hr',
  'director',
  'manager',
  'works-council',
  'employee',
  'carer',
  'advisor',
  'other',
] as const;
/** The intake question whose answer is the respondent's role. */
export const ROLE_QUESTION_ID = 'intake-role';
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/** A random id (base64url, 8–32 characters): of a participant, or of the workshop it belongs to. */
export const RandomIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{8,32}$/, { error: 'must be 8 to 32 letters, digits, "-" or "_"' }));

/**
 * Who filled in the scan, for a workshop: all optional, names are never required. Format 6 adds `id` (the
 * participant's random id) and `workshop` (the random id of the workshop whose invitation they answered).
 */
export const ParticipantSchema = z.strictObject({
  name: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  role: z.optional(ParticipantRoleSchema),
  id: z.optional(RandomIdSchema),
  workshop: z.optional(RandomIdSchema),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** The most characters of an organisation's name. */
export const MAX_ORGANISATION_NAME_LENGTH = 200;

/** The most characters of the organisation's own words per theme ("Wat heeft u al concreet gedaan?"). */
export const MAX_NOTE_LENGTH = 2000;
/** The most characters of where a piece of evidence is kept ("HR-handboek §4.2"). */
export const MAX_EVIDENCE_WHERE_LENGTH = 200;

/**
 * What the organisation wrote per theme, kept exactly as typed (never trimmed, never markup). Keyed by
 * theme id; an unknown theme is refused by `checkAnswersAgainstQuestionnaire`, with its path.
 */
export const NotesSchema = z.record(
  IdSchema,
  z.string().check(z.maxLength(MAX_NOTE_LENGTH, { error: `must be at most ${MAX_NOTE_LENGTH} characters` })),
);
export type Notes = z.infer<typeof NotesSchema>;

/** The most characters of the organisation's draft answer to one open question of the application. */
export const MAX_DRAFT_LENGTH = 10_000;

/**
 * The organisation's own draft answers to the open questions of the application, kept exactly as typed (never
 * trimmed, never markup). Keyed by application question id; an unknown id is refused by
 * `checkAnswersAgainstQuestionnaire`, with its path. A question without a key has no edited draft yet: the report
 * then suggests one from the notes and the answers.
 */
export const DraftsSchema = z.record(
  IdSchema,
  z
    .string()
    .check(z.maxLength(MAX_DRAFT_LENGTH, { error: `must be at most ${MAX_DRAFT_LENGTH} characters` })),
);
export type Drafts = z.infer<typeof DraftsSchema>;

/** One piece of suggested evidence: whether the organisation has it, and where it is. */
export const EvidenceEntrySchema = z.strictObject({
  have: z.boolean({ error: 'must be true or false' }),
  where: z.string().check(
    z.maxLength(MAX_EVIDENCE_WHERE_LENGTH, {
      error: `must be at most ${MAX_EVIDENCE_WHERE_LENGTH} characters`,
    }),
  ),
});
export type EvidenceEntry = z.infer<typeof EvidenceEntrySchema>;

/** The evidence folder, keyed by the id of the question whose evidence it is. */
export const EvidenceSchema = z.record(IdSchema, EvidenceEntrySchema);
export type Evidence = z.infer<typeof EvidenceSchema>;

/**
 * Keys that must never appear anywhere in an answers file: JSON.parse makes them ordinary keys, but
 * code that copies objects could turn them into prototype changes. Refused, never silently dropped.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A calendar day as YYYY-MM-DD that exists (no 31 February), from 2000 to 2099: the day a scan was made. A scan
 * cannot be made before the Erkenning existed, and a date far ahead is a typing error.
 */
export const ScanDateSchema = z.string().check(
  z.regex(/^20\d\d-\d\d-\d\d$/, { error: 'must be a day as YYYY-MM-DD' }),
  z.refine((value) => isRealDay(value), { error: 'must be a day that exists' }),
);

/** Whether a YYYY-MM-DD text names a day that exists in the calendar. */
export function isRealDay(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Files larger than this are refused before they are read: a real answers file is a few kilobytes. */
export const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;

export const AnswersFileSchema = z.strictObject({
  format: z.literal(ANSWERS_FORMAT, {
    error: `must be "${ANSWERS_FORMAT}": this is not a quick scan answers file`,
  }),
  formatVersion: z.literal(ANSWERS_FORMAT_VERSION, {
    error: `must be ${ANSWERS_FORMAT_VERSION}: this answers file was made by another version of the app`,
  }),
  participant: z.optional(ParticipantSchema),
  questionnaire: z.strictObject({
    id: IdSchema,
    /** Any text: one that is not a version this app can read is refused by `migrateFile`, as `unreadable-version`. */
    version: z.string(),
  }),
  organisationName: z.optional(z.string().check(z.trim(), z.maxLength(MAX_ORGANISATION_NAME_LENGTH))),
  respondentRole: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  /** When the answers were last changed (ISO 8601). */
  updatedAt: z.optional(z.iso.datetime({ offset: true })),
  /** Format 5: the day the scan was made (YYYY-MM-DD, the organisation's own calendar day). */
  scannedAt: z.optional(ScanDateSchema),
  answers: z.record(IdSchema, IdSchema),
  /** Format 3: the organisation's own words per theme, keyed by theme id. */
  notes: z.optional(NotesSchema),
  /** Format 3: the evidence folder, keyed by question id. */
  evidence: z.optional(EvidenceSchema),
  /** Format 4: the draft answers to the open questions of the application, keyed by application question id. */
  drafts: z.optional(DraftsSchema),
});
export type AnswersFile = z.infer<typeof AnswersFileSchema>;

/** A new answers file for this questionnaire. */
export function createAnswersFile(
  questionnaire: Questionnaire,
  answers: Answers,
  meta: {
    organisationName?: string;
    respondentRole?: string;
    participant?: Participant;
    updatedAt?: string;
    scannedAt?: string;
    notes?: Notes;
    evidence?: Evidence;
    drafts?: Drafts;
  } = {},
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
  for (const themeId of Object.keys(file.notes ?? {})) {
    if (!ThemeIdSchema.safeParse(themeId).success) {
      const themes = ThemeIdSchema.options.join(', ');
      problems.push(
        `at ${formatPath(['notes', themeId])}: there is no theme "${themeId}" (themes: ${themes})`,
      );
    }
  }
  for (const draftId of Object.keys(file.drafts ?? {})) {
    if (!ApplicationQuestionIdSchema.safeParse(draftId).success) {
      const ids = ApplicationQuestionIdSchema.options.join(', ');
      problems.push(
        `at ${formatPath(['drafts', draftId])}: there is no application question "${draftId}" (questions: ${ids})`,
      );
    }
  }
  for (const questionId of Object.keys(file.evidence ?? {})) {
    const where = formatPath(['evidence', questionId]);
    const placed = findQuestion(questionnaire, questionId);
    if (!placed) problems.push(`at ${where}: there is no question "${questionId}" in this questionnaire`);
    else if (placed.question.type !== 'scale')
      problems.push(`at ${where}: the question "${questionId}" has no evidence to collect`);
  }
  return problems;
}

/**
 * Why a file was refused, so that the app can say it in the user's language:
 * - `too-large`, `empty`, `not-json`: the file itself (see `readAnswersFileText`);
 * - `utf-16`, `not-utf-8`: the file is not UTF-8 text (see `decodeJsonBytes`);
 * - `duplicate-key`: an object in the file has the same key twice (see `parseJsonText`);
 * - `too-deep`: objects and arrays nested deeper than `MAX_JSON_DEPTH`;
 * - `forbidden-key`: a `__proto__`, `constructor` or `prototype` key somewhere;
 * - `not-answers`: not a quick scan answers file at all (wrong format or shape);
 * - `newer-format`: made by a newer version of the app;
 * - `foreign`: made for another questionnaire;
 * - `newer-version`: made with a newer version of this questionnaire;
 * - `unreadable-version`: made with a "version" of this questionnaire that is no version ("banana") or that no
 *   migration starts from (older than the first, or in between: 0.9.0, 1.5.0);
 * - `unknown-ids`: names questions or options this questionnaire does not have.
 */
export type AnswersFileProblem =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'utf-16'
  | 'not-utf-8'
  | 'duplicate-key'
  | 'too-deep'
  | 'forbidden-key'
  | 'not-answers'
  | 'newer-format'
  | 'foreign'
  | 'newer-version'
  | 'unreadable-version'
  | 'unknown-ids';

export type ReadAnswersResult =
  | {
      ok: true;
      value: AnswersFile;
      /** Set when the file was made with an older version of the questionnaire and has been migrated. */
      migration: MigrationResult | null;
    }
  | { ok: false; problem: AnswersFileProblem; issues: string[] };

/**
 * Brings a file made with an older version of this questionnaire up to the current version.
 * Returns the file unchanged when it is for another questionnaire or already current. Only a real version
 * above the current one is `newer-version`; a version that is none ("banana", "1.2") or that no migration
 * starts from (0.9.0, 1.5.0) is `unreadable-version`.
 */
function migrateFile(
  questionnaire: Questionnaire,
  file: AnswersFile,
):
  | { file: AnswersFile; migration: MigrationResult | null }
  | { problem: 'newer-version' | 'unreadable-version'; issue: string } {
  const made = file.questionnaire;
  if (made.id !== questionnaire.id || made.version === questionnaire.version)
    return { file, migration: null };
  const version = isVersion(made.version)
    ? made.version
    : toSafeLine(JSON.stringify(made.version.slice(0, 40)));
  const unreadable = {
    problem: 'unreadable-version',
    issue: `at questionnaire.version: made with version ${version} of the questionnaire, which this version of the quick scan cannot read`,
  } as const;
  if (!isVersion(made.version)) return unreadable;
  if (compareVersions(made.version, questionnaire.version) > 0) {
    return {
      problem: 'newer-version',
      issue: `at questionnaire.version: made with version ${made.version} of the questionnaire, which is newer than this one (${questionnaire.version}): use a newer version of the quick scan`,
    };
  }
  const migration = migrateAnswers(questionnaire.id, made.version, questionnaire.version, file.answers);
  if (!migration) return unreadable;
  const evidence = file.evidence
    ? migrateByQuestion(questionnaire.id, made.version, questionnaire.version, file.evidence)
    : undefined;
  return {
    file: {
      ...file,
      questionnaire: { id: made.id, version: questionnaire.version },
      answers: migration.answers,
      ...(evidence ? { evidence } : {}),
    },
    migration,
  };
}

/**
 * Parses raw data (from a JSON file or from browser storage) as an answers file for this questionnaire.
 * A file made with an older version of the questionnaire is migrated first (see ./migrations), and
 * the result says so. Never throws; on failure each issue is one readable line with the path where it is.
 */
export function parseAnswersFile(questionnaire: Questionnaire, data: unknown): ReadAnswersResult {
  const forbidden = findForbiddenKey(data);
  if (forbidden?.problem === 'too-deep') return { ok: false, problem: 'too-deep', issues: [TOO_DEEP_ISSUE] };
  if (forbidden) {
    const where = formatPath(forbidden.path);
    const key = String(forbidden.path.at(-1));
    return {
      ok: false,
      problem: 'forbidden-key',
      issues: [`at ${where}: the key "${key}" is not allowed in an answers file`],
    };
  }
  const upgraded = upgradeFormat(data);
  if ('problem' in upgraded) return { ok: false, ...upgraded };
  const parsed = AnswersFileSchema.safeParse(upgraded.data);
  if (!parsed.success) return { ok: false, problem: 'not-answers', issues: formatIssues(parsed.error) };
  const migrated = migrateFile(questionnaire, parsed.data);
  if ('issue' in migrated) return { ok: false, problem: migrated.problem, issues: [migrated.issue] };
  const problems = checkAnswersAgainstQuestionnaire(questionnaire, migrated.file);
  if (problems.length > 0) {
    const foreign = migrated.file.questionnaire.id !== questionnaire.id;
    return { ok: false, problem: foreign ? 'foreign' : 'unknown-ids', issues: problems };
  }
  const file =
    upgraded.fromFormat !== undefined ? reconcileRole(questionnaire, migrated.file) : migrated.file;
  return { ok: true, value: file, migration: migrated.migration };
}

/**
 * Up to format 5 a workshop participant's role (set by the advisor, from a shorter list) was kept apart from their
 * own intake answer, whose options lacked "works council", "employee" and "carer". Since format 6 they are one: the
 * workshop role, where one was set, becomes the intake answer as well (it is the more specific, and the one the
 * group saw). A file without a workshop role keeps its intake answer, which is its role (`participantRole`).
 */
export function reconcileRole(questionnaire: Questionnaire, file: AnswersFile): AnswersFile {
  const role = file.participant?.role;
  if (!role || file.answers[ROLE_QUESTION_ID] === role) return file;
  const placed = findQuestion(questionnaire, ROLE_QUESTION_ID);
  if (!placed || !getOptions(questionnaire, placed.question).some((option) => option.id === role))
    return file;
  return { ...file, answers: { ...file.answers, [ROLE_QUESTION_ID]: role } };
}

/** Whether this is a workshop participant's scan, made from an advisor's invitation (it has both random ids). */
export function isWorkshopParticipant(file: Pick<AnswersFile, 'participant'>): boolean {
  return file.participant?.workshop !== undefined && file.participant.id !== undefined;
}

/**
 * The role of whoever filled in this file: the workshop role when one was set (an advisor may correct it), else
 * their own answer to the intake question `intake-role` when it is one of `PARTICIPANT_ROLES`, else none.
 */
export function participantRole(
  file: Pick<AnswersFile, 'participant' | 'answers'>,
): ParticipantRole | undefined {
  if (file.participant?.role) return file.participant.role;
  const parsed = ParticipantRoleSchema.safeParse(file.answers[ROLE_QUESTION_ID]);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The first forbidden key anywhere in the data (depth first) with its path, or the path of the first object or
 * array nested deeper than `MAX_JSON_DEPTH` (`too-deep`), or undefined when there is neither. Walks with an
 * explicit stack, never recursion, so that no data (from a file, from storage, or built in code, even with
 * cycles) can overflow the call stack.
 */
export function findForbiddenKey(
  data: unknown,
): { problem: 'forbidden-key' | 'too-deep'; path: PropertyKey[] } | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  // An object reached twice (shared or in a cycle, only possible in data built in code) is walked once.
  const seen = new WeakSet<object>();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { value, path } = entry;
    const key = path.at(-1);
    if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) return { problem: 'forbidden-key', path };
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    if (path.length >= MAX_JSON_DEPTH) return { problem: 'too-deep', path };
    seen.add(value);
    // Own keys only (a sparse array built in code has no holes to walk); array indexes as numbers, for the path.
    const isArray = Array.isArray(value);
    const children = Object.keys(value).map((child) =>
      isArray && /^\d+$/.test(child) ? Number(child) : child,
    );
    // Pushed last to first, so that they are walked first to last.
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index] ?? '';
      stack.push({ value: Reflect.get(value, child), path: [...path, child] });
    }
  }
  return undefined;
}

/**
 * Brings an answers file of an older format version up to the current one. Version 1 lacks the optional
 * `participant`, `notes`, `evidence`, `drafts` and `scannedAt`, version 2 the last four, version 3 the last two,
 * version 4 the `scannedAt`, version 5 the participant's `id` and `workshop` and the roles `advisor` and `other`, so
 * each is read as version 6 as it is: nothing in it changes meaning (a file without `scannedAt` has no known scan
 * day). The one change of meaning, the role, is made after the questionnaire migration (`reconcileRole`), because it
 * needs the intake's new options. A newer format version is refused.
 */
function upgradeFormat(
  data: unknown,
): { data: unknown; fromFormat?: number } | { problem: 'newer-format' | 'not-answers'; issues: string[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { data };
  const version: unknown = Reflect.get(data, 'formatVersion');
  if (version === 1 || version === 2 || version === 3 || version === 4 || version === 5)
    return { data: { ...data, formatVersion: ANSWERS_FORMAT_VERSION }, fromFormat: version };
  if (Reflect.get(data, 'format') !== ANSWERS_FORMAT) return { data };
  if (typeof version === 'number' && Number.isInteger(version) && version > ANSWERS_FORMAT_VERSION) {
    return {
      problem: 'newer-format',
      issues: [
        `at formatVersion: format version ${version} is newer than this app reads (${ANSWERS_FORMAT_VERSION}): use a newer version of the quick scan`,
      ],
    };
  }
  return { data };
}

export type ReadAnswersTextResult =
  (ReadAnswersResult & { ok: true }) | { ok: false; problem: AnswersFileProblem; issues: string[] };

/**
 * Reads the bytes of an answers file (from a file picker or a drop), as the command line tool does: refuses a
 * file over `MAX_ANSWERS_FILE_BYTES`, then bytes that are not UTF-8 text (UTF-16 included, see
 * `decodeJsonBytes`), then reads the text with `readAnswersFileText`. Never throws.
 */
export function readAnswersFileBytes(questionnaire: Questionnaire, bytes: Uint8Array): ReadAnswersTextResult {
  if (bytes.length > MAX_ANSWERS_FILE_BYTES) return tooLarge(bytes.length);
  const decoded = decodeJsonBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem, issues: [decoded.issue] };
  return readAnswersFileText(questionnaire, decoded.text, bytes.length);
}

/**
 * Reads the text of an answers file (a decoded file, a saved snapshot): refuses a file over
 * `MAX_ANSWERS_FILE_BYTES` before parsing, then what `parseJsonText` refuses (empty, not JSON, nested too
 * deeply, a key twice in one object), then parses with `parseAnswersFile`. A byte order mark is ignored.
 * Never throws.
 */
export function readAnswersFileText(
  questionnaire: Questionnaire,
  text: string,
  byteSize: number = new TextEncoder().encode(text).length,
): ReadAnswersTextResult {
  if (byteSize > MAX_ANSWERS_FILE_BYTES) return tooLarge(byteSize);
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, issues: [parsed.issue] };
  return parseAnswersFile(questionnaire, parsed.data);
}

function tooLarge(byteSize: number): ReadAnswersTextResult & { ok: false } {
  return {
    ok: false,
    problem: 'too-large',
    issues: [
      `the file is too large (${formatBytes(byteSize)}; at most ${formatBytes(MAX_ANSWERS_FILE_BYTES)})`,
    ],
  };
}

/** "1.0 MiB" or "12 KiB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

export interface SalvagedAnswers {
  /** A valid answers file with everything that could be read. */
  file: AnswersFile;
  /** How many answers were kept. */
  kept: number;
  /** How many answers were dropped because their question or option does not exist. */
  dropped: number;
}

/** The least an object must have for its answers to be read, whatever else is wrong with it. */
const SalvageableSchema = z.object({
  answers: z.record(z.string(), z.unknown()),
  questionnaire: z.catch(z.optional(z.object({ id: z.string(), version: z.string() })), undefined),
  organisationName: z.optional(z.unknown()),
  respondentRole: z.optional(z.unknown()),
  participant: z.optional(z.unknown()),
  notes: z.optional(z.unknown()),
  evidence: z.optional(z.unknown()),
  drafts: z.optional(z.unknown()),
  scannedAt: z.optional(z.unknown()),
});

/**
 * Keeps what can be read from damaged or foreign data: every answer that names an existing question
 * and one of its options (after migrating answers of an older version of this questionnaire), and the
 * organisation name and role if they are valid. Returns undefined when nothing at all can be read
 * (not an object, or no answers object).
 */
export function salvageAnswersFile(questionnaire: Questionnaire, data: unknown): SalvagedAnswers | undefined {
  const loose = SalvageableSchema.safeParse(data);
  if (!loose.success) return undefined;
  const entries = Object.entries(loose.data.answers);
  let raw: Answers = Object.fromEntries(
    entries.flatMap(([questionId, optionId]) =>
      typeof optionId === 'string' && !FORBIDDEN_KEYS.has(questionId)
        ? [[questionId, optionId] as const]
        : [],
    ),
  );
  let dropped = entries.length - Object.keys(raw).length;
  const made = loose.data.questionnaire;
  if (made && made.id === questionnaire.id && compareVersions(made.version, questionnaire.version) < 0) {
    const migrated = migrateAnswers(questionnaire.id, made.version, questionnaire.version, raw);
    if (migrated) {
      dropped += migrated.notes.filter((note) => note.kind === 'dropped').length;
      raw = migrated.answers;
    }
  }
  const answers: Record<string, string> = {};
  for (const [questionId, optionId] of Object.entries(raw)) {
    const placed = findQuestion(questionnaire, questionId);
    const isValid =
      placed !== undefined &&
      getOptions(questionnaire, placed.question).some((option) => option.id === optionId);
    if (isValid) answers[questionId] = optionId;
    else dropped += 1;
  }
  const name = AnswersFileSchema.shape.organisationName.safeParse(loose.data.organisationName);
  const role = AnswersFileSchema.shape.respondentRole.safeParse(loose.data.respondentRole);
  const participant = ParticipantSchema.safeParse(loose.data.participant);
  const scannedAt = ScanDateSchema.safeParse(loose.data.scannedAt);
  const notes = salvageTexts(loose.data.notes, (key) => ThemeIdSchema.safeParse(key).success, NotesSchema);
  const evidence = salvageEvidence(questionnaire, loose.data.evidence);
  const drafts = salvageTexts(
    loose.data.drafts,
    (key) => ApplicationQuestionIdSchema.safeParse(key).success,
    DraftsSchema,
  );
  const file = createAnswersFile(questionnaire, answers, {
    ...(name.success && name.data ? { organisationName: name.data } : {}),
    ...(role.success && role.data ? { respondentRole: role.data } : {}),
    ...(participant.success ? { participant: participant.data } : {}),
    ...(scannedAt.success ? { scannedAt: scannedAt.data } : {}),
    ...(notes ? { notes } : {}),
    ...(evidence ? { evidence } : {}),
    ...(drafts ? { drafts } : {}),
  });
  return { file, kept: Object.keys(answers).length, dropped };
}

/**
 * Every text of `data` (notes per theme, drafts per application question) that is valid on its own: a known key and
 * a text that `schema` accepts. Undefined when none is.
 */
function salvageTexts(
  data: unknown,
  isKnown: (key: string) => boolean,
  schema: typeof NotesSchema,
): Record<string, string> | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const texts: Record<string, string> = {};
  for (const [key, text] of Object.entries(data)) {
    const parsed = schema.safeParse({ [key]: text });
    if (isKnown(key) && parsed.success) texts[key] = parsed.data[key] ?? '';
  }
  return Object.keys(texts).length > 0 ? texts : undefined;
}

/** Every evidence entry that is valid on its own, for a question of this questionnaire that has evidence. */
function salvageEvidence(questionnaire: Questionnaire, data: unknown): Evidence | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const evidence: Evidence = {};
  for (const [questionId, entry] of Object.entries(data)) {
    const parsed = EvidenceEntrySchema.safeParse(entry);
    const isScale = findQuestion(questionnaire, questionId)?.question.type === 'scale';
    if (parsed.success && isScale && !FORBIDDEN_KEYS.has(questionId)) evidence[questionId] = parsed.data;
  }
  return Object.keys(evidence).length > 0 ? evidence : undefined;
}
