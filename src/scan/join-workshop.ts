/**
 * A participant joins a workshop on their own phone, from the advisor's invitation: their scan starts with the
 * organisation's intake as the advisor answered it, their own role (also their intake answer: one list of roles),
 * a name only if they gave one, and a random participant id so that handing over twice counts once. A scan already
 * on the phone is kept as a snapshot first: nothing is lost.
 */
import { newParticipantId } from '../../questionnaire/answers-code.ts';
import {
  createAnswersFile,
  ROLE_QUESTION_ID,
  type ParticipantRole,
} from '../../questionnaire/answers-file.ts';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import type { ScanStore } from './scan-store.ts';
import type { SnapshotStore } from './snapshot-store.ts';

export interface WorkshopInvitation {
  workshopId: string;
  organisationName: string;
  intake: Record<string, string>;
}

/**
 * Starts (or, for the same workshop, updates) the participant's scan.
 * @param today the scan's day (YYYY-MM-DD, the phone's clock)
 * @returns whether a scan that was on the phone was kept as a snapshot
 */
export function joinWorkshop(
  questionnaire: Questionnaire,
  store: ScanStore,
  snapshots: SnapshotStore,
  invitation: WorkshopInvitation,
  choice: { role: ParticipantRole; name?: string },
  today: string,
): boolean {
  const current = store.getState().file;
  const name = choice.name?.trim();
  if (current.participant?.workshop === invitation.workshopId && current.participant.id) {
    // The same workshop again (the link opened twice, or a new role chosen): the answers stay.
    store.replaceFile({
      ...current,
      participant: { ...current.participant, role: choice.role, ...(name ? { name } : { name: undefined }) },
      answers: { ...current.answers, [ROLE_QUESTION_ID]: choice.role },
    });
    store.dismissImported();
    return false;
  }
  const hadScan = Object.keys(current.answers).length > 0;
  if (hadScan) snapshots.add(current, 'workshop');
  const file = createAnswersFile(
    questionnaire,
    { ...invitation.intake, [ROLE_QUESTION_ID]: choice.role },
    {
      ...(invitation.organisationName ? { organisationName: invitation.organisationName } : {}),
      participant: {
        id: newParticipantId(),
        workshop: invitation.workshopId,
        role: choice.role,
        ...(name ? { name } : {}),
      },
      scannedAt: today,
    },
  );
  store.replaceFile(file);
  store.dismissImported();
  return hadScan;
}
