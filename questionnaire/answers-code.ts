/**
 * The answers code: a short text that carries a workshop invitation to the participants' phones, and each
 * participant's answers back to the advisor's device, in a QR code or a link, with no server. A public contract
 * beside the answers file (see README, "The answers code").
 *
 * Two kinds share one framing. Every byte before the checksum is covered by it:
 *
 *   byte 0        marker 0x41: a code of this app (with format version 1 every code starts "QQE")
 *   byte 1        code format version (`CODE_FORMAT_VERSION`)
 *   byte 2        kind: 1 invitation, 2 answers
 *   byte 3        code table number: the questionnaire and its version (see ./code-tables/code-tables.ts)
 *   ...           the body of the kind
 *   last 4 bytes  CRC-32 (IEEE 802.3, as zip and PNG use it) of every byte before it, big-endian
 *
 * Every later code format version keeps the marker, the version byte and the checksum at the end, so an older app
 * can always tell a newer code from a damaged one.
 *
 * Body of an invitation: workshop id, organisation name, the intake's answers.
 * Body of answers: workshop id, participant id, role, scan day, participant name, organisation name, every answer.
 * - id: 1 byte with its number of characters (8–32), then each base64url character in 6 bits, padded with zero
 *   bits to a whole byte;
 * - role: 1 byte, 0 = none, else the position in `CODE_ROLES` + 1;
 * - scan day: 2 bytes big-endian, 0 = none, else days since 2000-01-01 + 1;
 * - text (name, organisation name): its UTF-8 length + 1 as an unsigned LEB128 number (0 = none), then the bytes
 *   (a lone surrogate, which is no text, is carried as U+FFFD);
 * - answers: per question of the table in table order (the intake's questions only, in an invitation), the option's
 *   position + 1 (0 = unanswered) in as few bits as the question's options need, padded with zero bits to a whole
 *   byte.
 * The bytes are written as base64url without padding: safe in a URL fragment, and in a QR code's byte mode.
 *
 * A decoded code becomes a plain answers file object for the table's questionnaire version and goes through
 * `parseAnswersFile`, so the same checks and migrations run as for a file: a code made with an older version of the
 * questionnaire is migrated. Notes, evidence, drafts and the free-text respondent role are never in a code.
 *
 * Pure: no DOM, no clock; randomness only in `newWorkshopId` / `newParticipantId`. Runs in the browser and in Node.
 */
import {
  ANSWERS_FORMAT,
  parseAnswersFile,
  RandomIdSchema,
  type AnswersFile,
  type AnswersFileProblem,
} from './answers-file.ts';
import {
  findCodeTable,
  findCodeTableByNumber,
  highestCodeTableNumber,
  listTableQuestions,
  type CodeTable,
} from './code-tables/code-tables.ts';
import type { MigrationResult } from './migrations/answer-migration.ts';
import type { Answers } from './questions.ts';
import type { Questionnaire } from './schema.ts';

/** The code format this app writes and the newest it reads. */
export const CODE_FORMAT_VERSION = 1;

/** The first byte of every code of this app. */
const CODE_MARKER = 0x41;

const KIND_BYTES = { invitation: 1, answers: 2 } as const;
export type AnswersCodeKind = keyof typeof KIND_BYTES;

/**
 * The participant roles of code format 1, frozen: a role is carried as its position here + 1. A new role in the
 * answers file needs a new code format version (a test checks that every role of the answers file is here).
 */
export const CODE_ROLES: readonly string[] = [
  'hr',
  'director',
  'manager',
  'works-council',
  'employee',
  'carer',
  'advisor',
  'other',
];

/** The answers file format version a decoded code is read as: the one that code format 1 was made for. */
const CODE_ANSWERS_FORMAT_VERSION = 6;

/** The section whose questions an invitation carries. */
const INTAKE_SECTION_ID = 'intake';

/** As the answers file allows. */
const MAX_NAME_LENGTH = 100;
const MAX_ORGANISATION_NAME_LENGTH = 200;

const HEADER_BYTES = 4;
const CHECKSUM_BYTES = 4;

/** The first day a scan day can be: the scan day is carried as days since this one. */
const FIRST_DAY_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a code sits in a link: a participant's answers, and an invitation. */
const ANSWERS_LINK_PATH = '#/workshop/ontvang/';
const INVITATION_LINK_PATH = '#/doe-mee/';

/**
 * What is wrong with a code, besides what `parseAnswersFile` finds in what it carries:
 * - `not-a-code`: not a code of this app at all (another QR code, a web address, empty);
 * - `damaged-code`: a code of this app that was changed, cut short or misread (impossible length, checksum);
 * - `newer-code`: made by a newer version of the app, with a newer code format;
 * - `newer-version`: made with a newer version of the questionnaire (a table number this app does not know yet);
 * - `wrong-kind`: an invitation where a participant's answers were expected, or the other way round.
 */
export type AnswersCodeProblem =
  'not-a-code' | 'damaged-code' | 'newer-code' | 'newer-version' | 'wrong-kind';

export type CodeFailure = { ok: false; problem: AnswersCodeProblem | AnswersFileProblem; issues: string[] };

export type DecodeAnswersResult =
  | {
      ok: true;
      /** The participant's answers file, with `participant.id` and `participant.workshop`. */
      value: AnswersFile;
      /** Set when the code was made with an older version of the questionnaire and has been migrated. */
      migration: MigrationResult | null;
      workshopId: string;
    }
  | CodeFailure;

export interface Invitation {
  workshopId: string;
  /** The organisation's name, as the advisor typed it (may be empty). */
  organisationName: string;
  /** The intake's answers (question id to option id); answers to other questions are not carried. */
  intake: Answers;
}

export type DecodeInvitationResult =
  | {
      ok: true;
      workshopId: string;
      organisationName: string;
      /** The intake's answers, migrated to the questionnaire of this app. */
      intake: Record<string, string>;
      /** The version of the questionnaire the invitation was made with. */
      questionnaireVersion: string;
      /** Set when the invitation was made with an older version of the questionnaire and has been migrated. */
      migration: MigrationResult | null;
    }
  | CodeFailure;

// ---------------------------------------------------------------------------------------------------------------
// Encoding

/**
 * The answers code of a workshop participant's answers file: workshop id, participant id, role, name (when given),
 * scan day, organisation name and every answer. Notes, evidence and drafts are not carried.
 *
 * Throws (a programmer error) when the file lacks `participant.workshop` or `participant.id`, is not for this
 * version of this questionnaire, or holds what a valid answers file cannot; and when this questionnaire version has
 * no code table (a test makes sure the shipped one has).
 */
export function encodeAnswersCode(questionnaire: Questionnaire, file: AnswersFile): string {
  const table = requireTable(questionnaire);
  if (file.questionnaire.id !== questionnaire.id || file.questionnaire.version !== questionnaire.version) {
    throw new Error(
      `encodeAnswersCode: the file is for ${file.questionnaire.id} ${file.questionnaire.version}, not ${questionnaire.id} ${questionnaire.version}`,
    );
  }
  const participant = file.participant;
  if (participant?.workshop === undefined || participant.id === undefined) {
    throw new Error('encodeAnswersCode: the file needs participant.workshop and participant.id');
  }
  const writer = new CodeWriter();
  writeHeader(writer, 'answers', table);
  writeId(writer, participant.workshop, 'participant.workshop');
  writeId(writer, participant.id, 'participant.id');
  writer.byte(encodeRole(participant.role));
  writer.uint16(encodeDay(file.scannedAt));
  writeText(writer, participant.name, MAX_NAME_LENGTH, 'participant.name');
  writeText(writer, file.organisationName, MAX_ORGANISATION_NAME_LENGTH, 'organisationName');
  writeAnswers(writer, listTableQuestions(table), file.answers);
  return finishCode(writer);
}

/**
 * The code of a workshop invitation: the workshop id, the organisation's name and its intake, answered once by the
 * advisor. Throws (a programmer error) for a workshop id that is not 8–32 base64url characters, a name over 200
 * characters, or an answer that is not to an intake question of this questionnaire or not one of its options.
 */
export function encodeInvitation(questionnaire: Questionnaire, invitation: Invitation): string {
  const table = requireTable(questionnaire);
  const writer = new CodeWriter();
  writeHeader(writer, 'invitation', table);
  writeId(writer, invitation.workshopId, 'workshopId');
  writeText(writer, invitation.organisationName, MAX_ORGANISATION_NAME_LENGTH, 'organisationName');
  writeAnswers(writer, listIntakeQuestions(table), invitation.intake);
  return finishCode(writer);
}

function requireTable(questionnaire: Questionnaire): CodeTable {
  const table = findCodeTable(questionnaire.id, questionnaire.version);
  if (!table) {
    throw new Error(
      `no code table for ${questionnaire.id} ${questionnaire.version}: freeze one with cli/write-code-table.ts`,
    );
  }
  return table;
}

function listIntakeQuestions(table: CodeTable) {
  return listTableQuestions(table).filter((question) => question.sectionId === INTAKE_SECTION_ID);
}

function writeHeader(writer: CodeWriter, kind: AnswersCodeKind, table: CodeTable): void {
  writer.byte(CODE_MARKER);
  writer.byte(CODE_FORMAT_VERSION);
  writer.byte(KIND_BYTES[kind]);
  writer.byte(table.number);
}

function finishCode(writer: CodeWriter): string {
  const body = writer.finish();
  const checksum = crc32(body);
  const bytes = new Uint8Array(body.length + CHECKSUM_BYTES);
  bytes.set(body);
  new DataView(bytes.buffer).setUint32(body.length, checksum);
  return toBase64Url(bytes);
}

function writeId(writer: CodeWriter, id: string, field: string): void {
  if (!RandomIdSchema.safeParse(id).success) {
    throw new Error(`${field} must be 8 to 32 base64url characters`);
  }
  writer.byte(id.length);
  for (const char of id) writer.bits(BASE64URL.indexOf(char), 6);
  writer.align();
}

function writeText(writer: CodeWriter, text: string | undefined, maxLength: number, field: string): void {
  if (text === undefined) {
    writer.varint(0);
    return;
  }
  if (text.length > maxLength) throw new Error(`${field} must be at most ${maxLength} characters`);
  const bytes = new TextEncoder().encode(text);
  writer.varint(bytes.length + 1);
  writer.bytes(bytes);
}

function encodeRole(role: string | undefined): number {
  if (role === undefined) return 0;
  const index = CODE_ROLES.indexOf(role);
  if (index < 0) throw new Error(`the role "${role}" has no place in code format ${CODE_FORMAT_VERSION}`);
  return index + 1;
}

function encodeDay(day: string | undefined): number {
  if (day === undefined) return 0;
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number);
  const days = (Date.UTC(year, month - 1, date) - FIRST_DAY_MS) / DAY_MS;
  if (!Number.isInteger(days) || days < 0 || days > 0xfffe)
    throw new Error(`scannedAt "${day}" is not a day`);
  return days + 1;
}

function writeAnswers(
  writer: CodeWriter,
  questions: readonly { id: string; options: readonly string[] }[],
  answers: Answers,
): void {
  const carried = new Set(questions.map((question) => question.id));
  for (const questionId of Object.keys(answers)) {
    if (!carried.has(questionId)) throw new Error(`answers: "${questionId}" cannot be carried in this code`);
  }
  for (const question of questions) {
    const answer = answers[question.id];
    const index = answer === undefined ? -1 : question.options.indexOf(answer);
    if (answer !== undefined && index < 0) {
      throw new Error(`answers.${question.id}: "${answer}" is not one of its options`);
    }
    writer.bits(index + 1, bitsFor(question.options.length));
  }
  writer.align();
}

/** The bits an answer of a question with this many options takes: enough for 0 (unanswered) to `count`. */
function bitsFor(count: number): number {
  return Math.max(1, Math.ceil(Math.log2(count + 1)));
}

// ---------------------------------------------------------------------------------------------------------------
// Decoding

/**
 * Reads a participant's answers code (a bare code, or a link or text that holds one: see `extractCode`) and parses
 * what it carries as an answers file with `parseAnswersFile`, so that a code made with an older version of the
 * questionnaire is migrated. Never throws; on failure `problem` says what kind (see `AnswersCodeProblem`, and
 * `AnswersFileProblem` for what the answers file parser finds) and each issue is one readable English line.
 */
export function decodeAnswersCode(questionnaire: Questionnaire, text: string): DecodeAnswersResult {
  const opened = openCode(text, 'answers');
  if (!opened.ok) return opened;
  const { table, reader } = opened;
  let data;
  try {
    const workshop = readId(reader, 'the workshop id');
    const id = readId(reader, 'the participant id');
    const role = decodeRole(reader.byte());
    const scannedAt = decodeDay(reader.uint16());
    const name = readText(reader, 'the name');
    const organisationName = readText(reader, 'the organisation name');
    const answers = readAnswers(reader, listTableQuestions(table));
    reader.end();
    data = {
      format: ANSWERS_FORMAT,
      formatVersion: CODE_ANSWERS_FORMAT_VERSION,
      questionnaire: { id: table.questionnaire.id, version: table.questionnaire.version },
      participant: {
        id,
        workshop,
        ...(role !== undefined ? { role } : {}),
        ...(name !== undefined ? { name } : {}),
      },
      ...(organisationName !== undefined ? { organisationName } : {}),
      ...(scannedAt !== undefined ? { scannedAt } : {}),
      answers,
    };
  } catch (error) {
    if (error instanceof CodeDamage) return damaged(error.message);
    throw error;
  }
  const parsed = parseAnswersFile(questionnaire, data);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    value: parsed.value,
    migration: parsed.migration,
    workshopId: parsed.value.participant?.workshop ?? data.participant.workshop,
  };
}

/**
 * Reads a workshop invitation (a bare code, or a link or text that holds one) and migrates its intake answers to
 * this questionnaire, through `parseAnswersFile` as for any answers file. Never throws; fails as
 * `decodeAnswersCode` does.
 */
export function decodeInvitation(questionnaire: Questionnaire, text: string): DecodeInvitationResult {
  const opened = openCode(text, 'invitation');
  if (!opened.ok) return opened;
  const { table, reader } = opened;
  let data;
  try {
    const workshop = readId(reader, 'the workshop id');
    const organisationName = readText(reader, 'the organisation name');
    const answers = readAnswers(reader, listIntakeQuestions(table));
    reader.end();
    data = {
      format: ANSWERS_FORMAT,
      formatVersion: CODE_ANSWERS_FORMAT_VERSION,
      questionnaire: { id: table.questionnaire.id, version: table.questionnaire.version },
      participant: { workshop },
      ...(organisationName !== undefined ? { organisationName } : {}),
      answers,
    };
  } catch (error) {
    if (error instanceof CodeDamage) return damaged(error.message);
    throw error;
  }
  const parsed = parseAnswersFile(questionnaire, data);
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    workshopId: parsed.value.participant?.workshop ?? data.participant.workshop,
    organisationName: parsed.value.organisationName ?? '',
    intake: { ...parsed.value.answers },
    questionnaireVersion: table.questionnaire.version,
    migration: parsed.migration,
  };
}

/** Thrown only inside decoding, for a code whose bytes do not fit its layout; becomes `damaged-code`. */
class CodeDamage extends Error {}

function damaged(issue: string): CodeFailure {
  return { ok: false, problem: 'damaged-code', issues: [`the code is damaged: ${issue}`] };
}

const KIND_WORDS: Record<AnswersCodeKind, string> = {
  invitation: "a workshop invitation, not a participant's answers",
  answers: "a participant's answers, not a workshop invitation",
};

/**
 * Checks the framing of a code (marker, length, checksum, format version, kind, table) and gives a reader of its
 * body, or the problem. Order matters: the checksum is checked before the version, so a changed bit anywhere is
 * `damaged-code`, never a made-up newer version.
 */
function openCode(
  text: string,
  expected: AnswersCodeKind,
): { ok: true; table: CodeTable; reader: CodeReader } | CodeFailure {
  const code = extractCode(text);
  if (code === null) {
    return {
      ok: false,
      problem: 'not-a-code',
      issues: [
        text.trim() === ''
          ? 'this is not a code of the quick scan: it is empty'
          : 'this is not a code of the quick scan: it holds characters that no code has',
      ],
    };
  }
  // A code of this app starts with the marker; one changed bit in it is still a (damaged) code of ours.
  const first =
    code.length >= 2 ? (BASE64URL.indexOf(code[0] ?? '') << 2) | (BASE64URL.indexOf(code[1] ?? '') >> 4) : -1;
  if (first < 0 || countBits(first ^ CODE_MARKER) > 1) {
    return {
      ok: false,
      problem: 'not-a-code',
      issues: ['this is not a code of the quick scan: it does not start as one'],
    };
  }
  const decoded = fromBase64Url(code);
  if (typeof decoded === 'string') return damaged(decoded);
  const bytes = decoded;
  if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES) {
    return damaged(`it is ${code.length} characters long, too short for a code`);
  }
  const bodyLength = bytes.length - CHECKSUM_BYTES;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (crc32(bytes.subarray(0, bodyLength)) !== view.getUint32(bodyLength)) {
    return damaged('its checksum does not match (a character was changed, added or lost)');
  }
  const [marker, version = 0, kindByte, tableNumber = 0] = bytes;
  if (marker !== CODE_MARKER) return damaged('at byte 1: it does not start as a code of the quick scan');
  if (version > CODE_FORMAT_VERSION) {
    return {
      ok: false,
      problem: 'newer-code',
      issues: [
        `the code was made by a newer version of the quick scan (code format ${version}; this one reads up to ${CODE_FORMAT_VERSION}): use a newer version of the quick scan`,
      ],
    };
  }
  if (version < 1) return damaged(`at byte 2: code format ${version} does not exist`);
  const kind =
    kindByte === KIND_BYTES.invitation
      ? 'invitation'
      : kindByte === KIND_BYTES.answers
        ? 'answers'
        : undefined;
  if (kind === undefined) return damaged(`at byte 3: kind ${String(kindByte)} does not exist`);
  if (kind !== expected) return { ok: false, problem: 'wrong-kind', issues: [`this is ${KIND_WORDS[kind]}`] };
  const table = findCodeTableByNumber(tableNumber);
  if (!table) {
    const highest = highestCodeTableNumber();
    return tableNumber > highest
      ? {
          ok: false,
          problem: 'newer-version',
          issues: [
            `the code was made with a newer version of the questionnaire (table ${tableNumber}; this quick scan knows up to ${highest}): use a newer version of the quick scan`,
          ],
        }
      : damaged(`at byte 4: questionnaire table ${tableNumber} does not exist`);
  }
  return { ok: true, table, reader: new CodeReader(bytes.subarray(HEADER_BYTES, bodyLength), HEADER_BYTES) };
}

function readId(reader: CodeReader, what: string): string {
  const at = reader.position();
  const length = reader.byte();
  if (length < 8 || length > 32)
    throw new CodeDamage(`at byte ${at + 1}: ${what} cannot be ${length} characters`);
  let id = '';
  for (let index = 0; index < length; index += 1) id += BASE64URL[reader.bits(6)] ?? '';
  reader.align();
  return id;
}

function readText(reader: CodeReader, what: string): string | undefined {
  const at = reader.position();
  const size = reader.varint();
  if (size === 0) return undefined;
  const bytes = reader.bytes(size - 1);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // A fatal TextDecoder throws only for bytes that are not UTF-8.
    throw new CodeDamage(`at byte ${at + 1}: ${what} is not UTF-8 text`);
  }
}

function decodeRole(value: number): string | undefined {
  if (value === 0) return undefined;
  const role = CODE_ROLES[value - 1];
  if (role === undefined) throw new CodeDamage(`role ${value} does not exist`);
  return role;
}

function decodeDay(value: number): string | undefined {
  if (value === 0) return undefined;
  return new Date(FIRST_DAY_MS + (value - 1) * DAY_MS).toISOString().slice(0, 10);
}

function readAnswers(
  reader: CodeReader,
  questions: readonly { id: string; options: readonly string[] }[],
): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const question of questions) {
    const value = reader.bits(bitsFor(question.options.length));
    if (value === 0) continue;
    const option = question.options[value - 1];
    if (option === undefined) {
      throw new CodeDamage(
        `at answers.${question.id}: option ${value} does not exist (the question has ${question.options.length})`,
      );
    }
    answers[question.id] = option;
  }
  reader.align();
  return answers;
}

// ---------------------------------------------------------------------------------------------------------------
// Links and ids

/**
 * The code in a text: a bare code, or any text or link that holds `#/workshop/ontvang/<code>` (answers) or
 * `#/doe-mee/<code>` (an invitation), such as a pasted message. Whitespace around it and a trailing slash or period
 * are ignored; the code ends at the first character that no code has. Null when there is none.
 */
export function extractCode(text: string): string | null {
  const trimmed = text.trim().replace(/[/.]+$/, '');
  const found = [ANSWERS_LINK_PATH, INVITATION_LINK_PATH]
    .map((path) => ({ path, at: trimmed.indexOf(path) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (found) {
    const code = /^[A-Za-z0-9_-]+/.exec(trimmed.slice(found.at + found.path.length));
    return code ? code[0] : null;
  }
  return /^[A-Za-z0-9_-]+$/.test(trimmed) ? trimmed : null;
}

/** The link that hands a participant's answers over: the app's address (without its fragment) and the code. */
export function answersLink(appUrl: string, code: string): string {
  return `${withoutFragment(appUrl)}${ANSWERS_LINK_PATH}${code}`;
}

/** The link of a workshop invitation: the app's address (without its fragment) and the code. */
export function invitationLink(appUrl: string, code: string): string {
  return `${withoutFragment(appUrl)}${INVITATION_LINK_PATH}${code}`;
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** A new random workshop id: 9 random bytes as 12 base64url characters. */
export function newWorkshopId(): string {
  return newRandomId();
}

/** A new random participant id: 9 random bytes as 12 base64url characters. */
export function newParticipantId(): string {
  return newRandomId();
}

/**
 * 9 random bytes as 12 base64url characters, never starting with "-": such an id would read as an option on a
 * command line (`quickscan encode FILE --workshop -Tyn5…`).
 */
function newRandomId(): string {
  for (;;) {
    const id = toBase64Url(crypto.getRandomValues(new Uint8Array(9)));
    if (!id.startsWith('-')) return id;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes: base64url, CRC-32, a bit writer and reader

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes as base64url text, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const count = Math.min(3, bytes.length - index);
    const value = ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    for (let char = 0; char <= count; char += 1) text += BASE64URL[(value >> (18 - 6 * char)) & 63] ?? '';
  }
  return text;
}

/**
 * Base64url text (without padding) as bytes, or what is wrong with it: a character outside base64url, a length no
 * bytes have, or a last character with bits that no bytes set.
 */
export function fromBase64Url(text: string): Uint8Array | string {
  if (text.length % 4 === 1)
    return `it is ${text.length} characters long, which no code is (a character was lost or added)`;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let index = 0; index < text.length; index += 1) {
    const value = BASE64URL.indexOf(text[index] ?? '');
    if (value < 0) return `at character ${index + 1}: ${JSON.stringify(text[index])} is not in a code`;
    buffer = ((buffer << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out] = (buffer >> bits) & 0xff;
      out += 1;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0)
    return `at character ${text.length}: no code ends like this (it was cut short, or a character was changed)`;
  return bytes;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, reflected, as zip, PNG and zlib's `crc32`) of the bytes, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function countBits(value: number): number {
  let count = 0;
  for (let rest = value; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** Writes bytes and bit fields, most significant bit first; a byte field starts at a whole byte. */
class CodeWriter {
  private readonly out: number[] = [];
  private buffer = 0;
  private pending = 0;

  bits(value: number, count: number): void {
    for (let bit = count - 1; bit >= 0; bit -= 1) {
      this.buffer = (this.buffer << 1) | ((value >> bit) & 1);
      this.pending += 1;
      if (this.pending === 8) {
        this.out.push(this.buffer);
        this.buffer = 0;
        this.pending = 0;
      }
    }
  }

  /** Pads the bit fields with zero bits to a whole byte. */
  align(): void {
    if (this.pending > 0) this.bits(0, 8 - this.pending);
  }

  byte(value: number): void {
    this.align();
    this.out.push(value & 0xff);
  }

  uint16(value: number): void {
    this.byte(value >> 8);
    this.byte(value);
  }

  /** An unsigned LEB128 number: 7 bits a byte, low bits first, the high bit set on every byte but the last. */
  varint(value: number): void {
    let rest = value;
    while (rest >= 0x80) {
      this.byte((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.byte(rest);
  }

  bytes(values: Uint8Array): void {
    for (const value of values) this.byte(value);
  }

  finish(): Uint8Array {
    this.align();
    return Uint8Array.from(this.out);
  }
}

/** Reads what `CodeWriter` wrote; throws `CodeDamage` past the end, for padding that is not zero, or for a long number. */
class CodeReader {
  private index = 0;
  private bit = 0;

  constructor(
    private readonly data: Uint8Array,
    /** Where `data` starts in the whole code, for the byte numbers in messages. */
    private readonly offset: number,
  ) {}

  /** The byte position in the whole code (counting from 0). */
  position(): number {
    return this.offset + this.index;
  }

  bits(count: number): number {
    let value = 0;
    for (let read = 0; read < count; read += 1) {
      const byte = this.data[this.index];
      if (byte === undefined) throw new CodeDamage(`it ends too early, at byte ${this.position() + 1}`);
      value = (value << 1) | ((byte >> (7 - this.bit)) & 1);
      this.bit += 1;
      if (this.bit === 8) {
        this.bit = 0;
        this.index += 1;
      }
    }
    return value;
  }

  align(): void {
    if (this.bit === 0) return;
    const at = this.position();
    if (this.bits(8 - this.bit) !== 0)
      throw new CodeDamage(`at byte ${at + 1}: the padding bits are not zero`);
  }

  byte(): number {
    this.align();
    return this.bits(8);
  }

  uint16(): number {
    return (this.byte() << 8) | this.byte();
  }

  /** An unsigned LEB128 number of at most 3 bytes (far more than any text in a code needs). */
  varint(): number {
    const at = this.position();
    let value = 0;
    for (let shift = 0; shift < 21; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return value;
    }
    throw new CodeDamage(`at byte ${at + 1}: a length is too large`);
  }

  bytes(count: number): Uint8Array {
    this.align();
    if (this.index + count > this.data.length) {
      throw new CodeDamage(`it ends too early, at byte ${this.offset + this.data.length + 1}`);
    }
    const bytes = this.data.subarray(this.index, this.index + count);
    this.index += count;
    return bytes;
  }

  /** Checks that nothing is left before the checksum. */
  end(): void {
    this.align();
    if (this.index !== this.data.length) {
      throw new CodeDamage(`at byte ${this.position() + 1}: more bytes follow than the code holds`);
    }
  }
}
