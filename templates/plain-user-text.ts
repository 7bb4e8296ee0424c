/**
 * Text that a user typed (the organisation name, a participant's name, notes, where evidence is kept, drafts, the
 * label of an earlier scan), made safe to print among the report's own words.
 *
 * Unicode's bidirectional controls change the direction of the text around them: a name that starts with a
 * right-to-left override (U+202E) prints reversed, and so does whatever follows it on the line. A web page can
 * isolate such text (`<bdi>`), but a PDF made with react-pdf, a Word file and a CSV cell cannot. So the report model
 * takes user text in through `toPlainUserFile`, and every output made from the model (the PDF, Word, CSV and file
 * names) gets it without these controls. The answers file itself keeps the text exactly as typed.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';

/**
 * The bidirectional formatting characters (Unicode TR 9, "Explicit Directional Formatting Characters", and the
 * implicit marks): LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI (U+2066–U+2069), LRM and RLM
 * (U+200E, U+200F) and the Arabic letter mark (U+061C).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Whether the text holds a bidirectional control character. */
export function hasBidiControls(text: string): boolean {
  return new RegExp(BIDI_CONTROLS.source).test(text);
}

/**
 * The text without its bidirectional control characters; every other character stays, in its order, so right-to-left
 * script still reads right to left by its own letters. Pure and total.
 */
export function toPlainUserText(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Each value of a record of user texts made plain, keys unchanged. */
function toPlainRecord<T>(
  record: Readonly<Record<string, T>> | undefined,
  plain: (value: T) => T,
): Record<string, T> | undefined {
  if (record === undefined) return undefined;
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, plain(value)]));
}

/**
 * The answers file with every text the user typed made plain (`toPlainUserText`): the organisation name, the
 * respondent role, the participant's name, the notes, where evidence is kept and the drafts. Answers (ids only) and
 * everything else stay as they are; a field that is absent stays absent. For the report model, never for storage.
 */
export function toPlainUserFile(file: AnswersFile): AnswersFile {
  const plain: AnswersFile = { ...file };
  if (file.organisationName !== undefined) plain.organisationName = toPlainUserText(file.organisationName);
  if (file.respondentRole !== undefined) plain.respondentRole = toPlainUserText(file.respondentRole);
  if (file.participant?.name !== undefined)
    plain.participant = { ...file.participant, name: toPlainUserText(file.participant.name) };
  const notes = toPlainRecord(file.notes, toPlainUserText);
  if (notes) plain.notes = notes;
  const drafts = toPlainRecord(file.drafts, toPlainUserText);
  if (drafts) plain.drafts = drafts;
  const evidence = toPlainRecord(file.evidence, (entry) => ({
    ...entry,
    where: toPlainUserText(entry.where),
  }));
  if (evidence) plain.evidence = evidence;
  return plain;
}
