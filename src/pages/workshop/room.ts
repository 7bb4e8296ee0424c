/**
 * The workshop in a room, on the advisor's device: what happens to a code read by the camera, from a photo or from a
 * pasted link (`receiveCode`), and the address the invitation carries (`appAddress`). The participants' side is in
 * src/scan/join-workshop.ts.
 */
import { decodeAnswersCode, decodeInvitation, extractCode } from '../../../questionnaire/answers-code.ts';
import { participantRole } from '../../../questionnaire/answers-file.ts';
import type { Questionnaire } from '../../../questionnaire/schema.ts';
import type { WorkshopStore } from '../../scan/workshop-store.ts';
import type { ReceiveOutcome } from './receive.ts';

/**
 * Decodes one code through the same parser and migrations as an answers file and hands the participant to the
 * workshop: a new participant, the same one again (counted once), or a code that is refused with its reason.
 */
export function receiveCode(
  questionnaire: Questionnaire,
  workshop: WorkshopStore,
  text: string,
): ReceiveOutcome {
  const code = extractCode(text);
  if (code === null) return { kind: 'not-a-code' };
  const room = workshop.getState().room;
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
  if (!room) return { kind: 'no-room' };
  if (decoded.workshopId !== room.workshopId) return { kind: 'other-workshop' };
  const { received } = workshop.receiveParticipants([{ file: decoded.value, source: 'room' }]);
  const [result] = received;
  const count = workshop.getState().participants.length;
  const role = participantRole(decoded.value) ?? null;
  if (!result) return { kind: 'damaged' };
  if (result.kind === 'added')
    return { kind: 'added', role, number: result.number, count, migrated: decoded.migration !== null };
  return { kind: result.kind, role, number: result.number, count };
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
