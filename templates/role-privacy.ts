/**
 * Privacy in a workshop group: which roles the group views (the group report, `quickscan compare`, the
 * workshop page's role views and the projector) may show apart, and how participants are named.
 *
 * The rule, so that a participant who is alone in their role (say the one carer in the room) can never be
 * picked out from what the group sees:
 * 1. Participants are grouped by their role; participants without a role form a group of their own.
 * 2. A group of two or more is shown apart, under its role.
 * 3. Groups of one ("single roles") are not shown apart (unless the advisor chooses to show them):
 *    - two or more single roles together form "Overige rollen", a group of at least two;
 *    - one single role alone would make "Overige rollen" a group of one, and a reader could also find its
 *      answers by subtracting every role shown from the whole group. So the smallest other group (on a tie the
 *      last in role order) is folded into "Overige rollen" too. When that leaves no role apart, there is one
 *      group, "Alle deelnemers": the answers count in the total only.
 * So every group shown has at least two participants (or is the whole workshop), the groups never overlap, and
 * any sum or difference of groups a reader can make is again a union of such groups: never one person.
 * The participant's own label shows their role only when their role is shown apart ("Deelnemer 3 (HR)"), and a
 * name only when the participant gave one themselves.
 * Pure: no React, no DOM.
 */
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from '../questionnaire/answers-file.ts';
import type { Language } from '../questionnaire/schema.ts';
import { roleLabel } from './participant-labels.ts';

/** `role`: one role; `no-role`: participants without one; `others`: roles folded together; `everyone`: all. */
export type RoleGroupKind = 'role' | 'no-role' | 'others' | 'everyone';

export interface RoleGroup {
  /** The role id, "no-role", "other-roles" or "everyone". */
  key: string;
  kind: RoleGroupKind;
  /** The role of a `role` group; null for the others. */
  role: ParticipantRole | null;
  /** "HR", "Geen rol opgegeven", "Overige rollen", "Alle deelnemers". */
  label: string;
  /** The participants in this group, by their index (from 0). */
  members: number[];
}

export interface RolePrivacy {
  showSingleRoles: boolean;
  /** The groups shown, in role order, then participants without a role, then "Overige rollen". */
  groups: RoleGroup[];
  /** Per participant (by index), the index of their group in `groups`. */
  groupOf: number[];
  /** Per participant, their role when it is shown apart; else null (also for no role). */
  shownRole: (ParticipantRole | null)[];
  /** The roles held by one participant (null: one participant without a role), in role order. */
  singleRoles: (ParticipantRole | null)[];
  /** Roles held by more than one participant that were folded into "Overige rollen" to protect a single role. */
  foldedRoles: (ParticipantRole | null)[];
}

const OTHER_ROLES: Record<Language, string> = { nl: 'Overige rollen', en: 'Other roles' };
const EVERYONE: Record<Language, string> = { nl: 'Alle deelnemers', en: 'All participants' };
const PARTICIPANT_WORD: Record<Language, string> = { nl: 'Deelnemer', en: 'Participant' };
/** In the participants table, for someone whose role is not shown apart. */
const NOT_SHOWN_APART: Record<Language, string> = { nl: 'Niet apart getoond', en: 'Not shown apart' };

const ROLE_ORDER: readonly (ParticipantRole | null)[] = [...PARTICIPANT_ROLES, null];

/**
 * Decides which roles are shown apart.
 * @param roles each participant's role, in participant order (null or undefined: no role)
 * @param showSingleRoles the advisor's choice to show a role held by one participant apart all the same
 */
export function decideRolePrivacy(
  roles: readonly (ParticipantRole | null | undefined)[],
  showSingleRoles: boolean,
  language: Language,
): RolePrivacy {
  const byRole = ROLE_ORDER.map((role) => ({
    role,
    members: roles.flatMap((r, index) => ((r ?? null) === role ? [index] : [])),
  })).filter((group) => group.members.length > 0);
  const singles = byRole.filter((group) => group.members.length === 1);
  const folded = new Set<ParticipantRole | null>();
  if (!showSingleRoles) {
    for (const group of singles) folded.add(group.role);
    if (singles.length === 1) {
      // Alone, the single role would be a group of one: fold the smallest other group in with it.
      const others = byRole.filter((group) => group.members.length > 1);
      const smallest = others.reduce<(typeof others)[number] | undefined>(
        (least, group) =>
          least === undefined || group.members.length <= least.members.length ? group : least,
        undefined,
      );
      if (smallest) folded.add(smallest.role);
    }
  }
  const apart = byRole.filter((group) => !folded.has(group.role));
  const rest = byRole
    .filter((group) => folded.has(group.role))
    .flatMap((group) => group.members)
    .sort((a, b) => a - b);
  const groups: RoleGroup[] = apart.map((group) => ({
    key: group.role ?? 'no-role',
    kind: group.role === null ? 'no-role' : 'role',
    role: group.role,
    label: roleLabel(group.role, language),
    members: group.members,
  }));
  if (rest.length > 0) {
    const isEveryone = rest.length === roles.length;
    groups.push({
      key: isEveryone ? 'everyone' : 'other-roles',
      kind: isEveryone ? 'everyone' : 'others',
      role: null,
      label: isEveryone ? EVERYONE[language] : OTHER_ROLES[language],
      members: rest,
    });
  }
  const groupOf = roles.map((_, index) => groups.findIndex((group) => group.members.includes(index)));
  return {
    showSingleRoles,
    groups,
    groupOf,
    shownRole: roles.map((role, index) =>
      groups[groupOf[index] ?? -1]?.kind === 'role' ? (role ?? null) : null,
    ),
    singleRoles: singles.map((group) => group.role),
    foldedRoles: byRole
      .filter((group) => folded.has(group.role) && group.members.length > 1)
      .map((group) => group.role),
  };
}

/**
 * How a participant is named in the group views: the name only when they gave one, else "Deelnemer N" (N: their
 * number, the order in which they arrived); their role in brackets only when it is shown apart.
 * @param index the participant's place in the list, from 0
 */
export function privateParticipantLabel(
  participant: Participant | undefined,
  index: number,
  privacy: RolePrivacy,
  language: Language,
): string {
  const name = participant?.name?.trim() || `${PARTICIPANT_WORD[language]} ${index + 1}`;
  const role = privacy.shownRole[index] ?? null;
  return role ? `${name} (${roleLabel(role, language)})` : name;
}

/** The role of a participant as the group views show it: the role, "Geen rol opgegeven" or "Niet apart getoond". */
export function privateRoleLabel(privacy: RolePrivacy, index: number, language: Language): string {
  const group = privacy.groups[privacy.groupOf[index] ?? -1];
  if (group?.kind === 'role' || group?.kind === 'no-role') return group.label;
  return NOT_SHOWN_APART[language];
}

export interface GroupAnswers {
  group: RoleGroup;
  /** The answers of this group's participants, most common first (on a tie in the order first given). */
  answers: { optionId: string; count: number }[];
}

/**
 * The answers to one question per group shown (groups nobody in answered are left out).
 * @param answers each participant's answer in participant order; null when not asked or not answered
 */
export function groupAnswers(answers: readonly (string | null)[], privacy: RolePrivacy): GroupAnswers[] {
  return privacy.groups.flatMap((group) => {
    const counts = new Map<string, number>();
    for (const index of group.members) {
      const optionId = answers[index];
      if (optionId === null || optionId === undefined) continue;
      counts.set(optionId, (counts.get(optionId) ?? 0) + 1);
    }
    if (counts.size === 0) return [];
    const list = [...counts.entries()]
      .map(([optionId, count]) => ({ optionId, count }))
      .sort((a, b) => b.count - a.count);
    return [{ group, answers: list }];
  });
}

/** Whether the groups' most common answers differ (at least two groups answered, "Alle deelnemers" is not a role). */
export function doGroupsDiffer(groups: readonly GroupAnswers[]): boolean {
  const tops = new Set(groups.filter((g) => g.group.kind !== 'everyone').map((g) => g.answers[0]?.optionId));
  return tops.size > 1;
}

/** A role's label inside a sentence: "medewerker met mantelzorg", but "HR" stays "HR". */
function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  const and = language === 'nl' ? ' en ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items.at(-1) ?? ''}`;
}

/**
 * What the group report shows, in two to four plain sentences: per participant the number and (shown) role,
 * names only where given, then which roles are not shown apart and why (`describeHiddenRoles`). Used by the
 * workshop page before the report is made and by `quickscan compare`.
 * @param namesGiven how many participants gave their own name
 */
export function describeRolePrivacy(privacy: RolePrivacy, namesGiven: number, language: Language): string[] {
  const nl = language === 'nl';
  return [
    nl
      ? 'Het groepsrapport toont de scores per deelnemer met nummer en rol, en per vraag wat elke rol antwoordde.'
      : 'The group report shows the scores per participant with number and role, and per question what each role answered.',
    namesGiven === 0
      ? nl
        ? 'Er staan geen namen in: geen deelnemer gaf een naam.'
        : 'It holds no names: no participant gave one.'
      : nl
        ? `Een naam staat er alleen bij als de deelnemer die zelf gaf (${namesGiven}×).`
        : `A name is there only where the participant gave it (${namesGiven}×).`,
    ...describeHiddenRoles(privacy, language),
  ];
}

/**
 * Which roles are not shown apart, and why (empty when every role has two or more participants); or, when the
 * advisor chose to show single roles apart, that their answers are then one person's. Also in the report itself.
 */
export function describeHiddenRoles(privacy: RolePrivacy, language: Language): string[] {
  const nl = language === 'nl';
  const roles = (list: readonly (ParticipantRole | null)[]) =>
    joinList(
      list.map((role) => inSentence(roleLabel(role, language))),
      language,
    );
  const lines: string[] = [];
  const single = privacy.singleRoles;
  if (single.length === 0) return lines;
  const singleText = roles(single);
  if (privacy.showSingleRoles) {
    lines.push(
      nl
        ? `U koos ervoor ook rollen met één deelnemer apart te tonen. De antwoorden van ${singleText} zijn dan van één persoon.`
        : `You chose to show roles with one participant apart too. The answers of ${singleText} are then one person’s.`,
    );
    return lines;
  }
  const everyone = privacy.groups.some((group) => group.kind === 'everyone');
  const target = everyone
    ? nl
      ? 'de antwoorden tellen alleen mee in het totaal van de groep'
      : 'the answers count in the group’s total only'
    : nl
      ? `de antwoorden tellen mee onder "${OTHER_ROLES.nl}"`
      : `the answers count under "${OTHER_ROLES.en}"`;
  lines.push(
    single.length === 1
      ? nl
        ? `De rol ${singleText} heeft één deelnemer en staat daarom niet apart: ${target}.`
        : `The role ${singleText} has one participant and is therefore not shown apart: ${target}.`
      : nl
        ? `De rollen ${singleText} hebben elk één deelnemer en staan daarom niet apart: ${target}.`
        : `The roles ${singleText} each have one participant and are therefore not shown apart: ${target}.`,
  );
  if (privacy.foldedRoles.length > 0) {
    const foldedText = roles(privacy.foldedRoles);
    lines.push(
      nl
        ? `Zo kan niemand die antwoorden terugrekenen uit de andere rollen. Daarom staat ook ${foldedText} niet apart.`
        : `That way nobody can work those answers out from the other roles. So ${foldedText} is not shown apart either.`,
    );
  }
  return lines;
}
