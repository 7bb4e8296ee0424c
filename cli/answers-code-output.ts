/**
 * The pure parts of `quickscan encode` and `quickscan decode` (see questionnaire/answers-code.ts): which workshop and
 * participant a file is encoded for, and what of a file a code does not carry.
 */
import type { AnswersFile } from '../questionnaire/answers-file.ts';

export type PreparedForCode =
  | {
      ok: true;
      file: AnswersFile;
      /** The participant id made for this code, when the file had none. */
      madeParticipantId?: string;
    }
  | { ok: false; missing: 'participant.workshop' | 'participant.id' };

/**
 * The file as it is encoded: with `workshop` (from --workshop) as its workshop, and a new participant id from
 * `makeId` when it has none; without `workshop`, the file must have both already.
 */
export function prepareForCode(
  file: AnswersFile,
  workshop: string | undefined,
  makeId: () => string,
): PreparedForCode {
  const participant = file.participant ?? {};
  if (workshop === undefined) {
    if (participant.workshop === undefined) return { ok: false, missing: 'participant.workshop' };
    if (participant.id === undefined) return { ok: false, missing: 'participant.id' };
    return { ok: true, file };
  }
  if (participant.id !== undefined)
    return { ok: true, file: { ...file, participant: { ...participant, workshop } } };
  const id = makeId();
  return {
    ok: true,
    file: { ...file, participant: { ...participant, workshop, id } },
    madeParticipantId: id,
  };
}

/** What the file holds that a code does not carry, in words ("notes", "evidence", "drafts"), in that order. */
export function listNotCarried(file: AnswersFile): string[] {
  const parts: [string, Readonly<Record<string, unknown>> | undefined][] = [
    ['notes', file.notes],
    ['evidence', file.evidence],
    ['drafts', file.drafts],
  ];
  return parts
    .filter(([, value]) => value !== undefined && Object.keys(value).length > 0)
    .map(([name]) => name);
}
