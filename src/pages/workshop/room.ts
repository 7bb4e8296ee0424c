/**
 * The workshop in a room, on the advisor's device: what happens to a code read by the camera, from a photo or from a
 * pasted link (`receiveCode`), and the address the invitation carries (`appAddress`). The participants' side is in
 * src/scan/join-workshop.ts.
 */
import { decodeAnswersCode, decodeInvitation, extractCode } from '../../../questionnaire/answers-code.ts';
import { participantRole, type AnswersFile } from '../../../questionnaire/answers-file.ts';
import type { Questionnaire } from '../../../questionnaire/schema.ts';
import type { WorkshopStore } from '../../scan/workshop-store.ts';
import type { ReceiveOutcome } from './receive.ts';

/**
 * Decodes each code through the same parser and migrations as an answers file and hands the participants to the
 * workshop in one change: new participants, the same one again (counted once), or codes refused with their reason.
 */
export function receiveCodes(
  questionnaire: Questionnaire,
  workshop: WorkshopStore,
  texts: readonly string[],
): ReceiveOutcome[] {
  const room = workshop.getState().room;
  const decoded = texts.map((text) => decodeOne(questionnaire, room?.workshopId ?? null, text));
  const accepted = decoded.flatMap((result) => ('file' in result ? [result] : []));
  const { received } = workshop.receiveParticipants(
    accepted.map(({ file }) => ({ file, source: 'room' as const })),
  );
  const count = workshop.getState().participants.length;
  let next = 0;
  return decoded.map((result) => {
    if (!('file' in result)) return result;
    const outcome = received[next];
    next += 1;
    const role = participantRole(result.file) ?? null;
    if (!outcome) return { kind: 'damaged' };
    if (outcome.kind === 'added')
      return { kind: 'added', role, number: outcome.number, count, migrated: result.migrated };
    return { kind: outcome.kind, role, number: outcome.number, count };
  });
}

/** One code: the participant's answers file to keep, or the reason it is refused. */
function decodeOne(
  questionnaire: Questionnaire,
  workshopId: string | null,
  text: string,
): { file: AnswersFile; migrated: boolean } | ReceiveOutcome {
  const code = extractCode(text);
  if (code === null) return { kind: 'not-a-code' };
  const decoded = decodeAnswersCode(questionnaire, code);
  if (!decoded.ok) {
    switch (decoded.problem) {
      case 'not-a-code':
        return { kind: 'not-a-code' };
      case 'wrong-kind':
        return decodeInvitation(questionnaire, code).ok ? { kind: 'invitation' } : { kind: 'damaged' };
      case 'newer-code':
      case 'newer-version':
      case 'newer-format':
        return { kind: 'newer' };
      default:
        // A checksum that holds around answers this questionnaire cannot read: damaged as far as the advisor can tell.
        return { kind: 'damaged' };
    }
  }
  if (workshopId === null) return { kind: 'no-room' };
  if (decoded.workshopId !== workshopId) return { kind: 'other-workshop' };
  return { file: decoded.value, migrated: decoded.migration !== null };
}

/**
 * The address the app is served from, without its fragment: what the invitation and the hand-over links carry, so
 * that they open this same app (on the room's network or its public address).
 */
export function appAddress(
  location: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location,
): string {
  return `${location.origin}${location.pathname}${location.search}`;
}
