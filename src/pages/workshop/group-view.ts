/**
 * What the workshop page and the projector show of the group, decided once per render from the participants:
 * the comparison (scoring/workshop.ts) and which roles may be shown apart (templates/role-privacy.ts), with each
 * participant's label in the group views. The React shell only renders this.
 */
import { useMemo } from 'react';
import { participantRole } from '../../../questionnaire/answers-file.ts';
import type { Language, Questionnaire } from '../../../questionnaire/schema.ts';
import { compareParticipants, type WorkshopComparison } from '../../../scoring/workshop.ts';
import {
  decideRolePrivacy,
  privateParticipantLabel,
  type RolePrivacy,
} from '../../../templates/role-privacy.ts';
import type { WorkshopParticipant } from '../../scan/workshop-store.ts';

export interface GroupView {
  comparison: WorkshopComparison;
  privacy: RolePrivacy;
  /** Each participant's label in the group views: "Deelnemer 3 (HR)", a name only when given. */
  labels: string[];
  /** How many participants gave their own name. */
  namesGiven: number;
}

export function useGroupView(
  questionnaire: Questionnaire,
  participants: readonly WorkshopParticipant[],
  showSingleRoles: boolean,
  language: Language,
): GroupView {
  return useMemo(() => {
    const roles = participants.map((p) => participantRole(p.file));
    const comparison = compareParticipants(
      questionnaire,
      participants.map((p, index) => ({ answers: p.file.answers, role: roles[index] })),
    );
    const privacy = decideRolePrivacy(roles, showSingleRoles, language);
    return {
      comparison,
      privacy,
      labels: participants.map((p, index) =>
        privateParticipantLabel(p.file.participant, index, privacy, language),
      ),
      namesGiven: participants.filter((p) => p.file.participant?.name?.trim()).length,
    };
  }, [questionnaire, participants, showSingleRoles, language]);
}
