/**
 * The words for workshop participants: their roles, and a label for each participant that never needs
 * a name ("Deelnemer 2 (HR)"). Used by the app, the group report and the command line tool.
 */
import type { Participant, ParticipantRole } from '../questionnaire/answers-file.ts';
import type { Language } from '../questionnaire/schema.ts';

export const ROLE_LABELS: Record<Language, Record<ParticipantRole, string>> = {
  nl: {
    hr: 'HR',
    director: 'Directie',
    manager: 'Leidinggevende',
    'works-council': 'OR, PVT of MR',
    employee: 'Medewerker',
    carer: 'Medewerker met mantelzorg',
    advisor: 'Adviseur',
    other: 'Anders',
  },
  en: {
    hr: 'HR',
    director: 'Director',
    manager: 'Manager',
    'works-council': 'Works council',
    employee: 'Employee',
    carer: 'Employee who cares for someone',
    advisor: 'Adviser',
    other: 'Other',
  },
};

const PARTICIPANT_WORD: Record<Language, string> = { nl: 'Deelnemer', en: 'Participant' };
const NO_ROLE: Record<Language, string> = { nl: 'Geen rol opgegeven', en: 'No role given' };

/** The label of a role; for no role, "Geen rol opgegeven". */
export function roleLabel(role: ParticipantRole | null | undefined, language: Language): string {
  return role ? ROLE_LABELS[language][role] : NO_ROLE[language];
}

/**
 * How a participant is named: the name if given, else "Deelnemer N"; the role in brackets if given.
 * @param index the participant's place in the list, from 0
 */
export function participantLabel(
  participant: Participant | undefined,
  index: number,
  language: Language,
): string {
  const name = participant?.name?.trim() || `${PARTICIPANT_WORD[language]} ${index + 1}`;
  return participant?.role ? `${name} (${ROLE_LABELS[language][participant.role]})` : name;
}
