/**
 * What happened to one code the advisor's device read (camera, photo or pasted link): the contract between the
 * collecting panel (which reads codes and says what happened) and the workshop room (which decodes and keeps them).
 */
import type { ParticipantRole } from '../../../questionnaire/answers-file.ts';

export type ReceiveOutcome =
  /** A new participant: their role (null when none), their number in the workshop, and how many there are now. */
  | { kind: 'added'; role: ParticipantRole | null; number: number; count: number; migrated: boolean }
  /** The same participant again with changed answers: their entry is replaced, still counted once. */
  | { kind: 'updated'; role: ParticipantRole | null; number: number; count: number }
  /** The same participant again with the same answers: nothing changes. */
  | { kind: 'duplicate'; role: ParticipantRole | null; number: number; count: number }
  /** A code of another workshop. */
  | { kind: 'other-workshop' }
  /** No workshop has been started on this device, so there is nothing to collect into. */
  | { kind: 'no-room' }
  /** The invitation's code, not a participant's answers. */
  | { kind: 'invitation' }
  /** Made with a newer version of the quick scan or of its questionnaire. */
  | { kind: 'newer' }
  /** A code of this app that was damaged (cut short, misread, changed). */
  | { kind: 'damaged' }
  /** Not a code of this app at all (another QR code, a web address). */
  | { kind: 'not-a-code' };

/**
 * Takes the texts read at once (one QR code, or every pasted line) and says what happened to each, in order. All of
 * them are kept in one change of the workshop: 30 pasted links are one save and one render, not 30.
 */
export type Receive = (texts: readonly string[]) => ReceiveOutcome[];
