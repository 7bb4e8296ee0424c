import { describe, expect, it } from 'vitest';
import type { ParticipantRole } from '../questionnaire/answers-file.ts';
import {
  decideRolePrivacy,
  describeRolePrivacy,
  doGroupsDiffer,
  groupAnswers,
  privateParticipantLabel,
  privateRoleLabel,
  type RolePrivacy,
} from './role-privacy.ts';

type Role = ParticipantRole | null;

/** Every answer a reader can learn per group, and for the whole group (the total). */
function publishedSums(privacy: RolePrivacy): number[][] {
  return privacy.groups.map((group) => group.members);
}

/**
 * Whether a reader can isolate one participant from the groups shown and the total: any union of groups,
 * or the total minus any union of groups, that holds exactly one participant.
 */
function canIsolateOne(privacy: RolePrivacy, count: number): boolean {
  const groups = publishedSums(privacy);
  for (let mask = 1; mask < 1 << groups.length; mask += 1) {
    const union = groups.filter((_, index) => mask & (1 << index)).flat();
    if (union.length === 1 || count - union.length === 1) return true;
  }
  return false;
}

const ROOMS: [string, Role[]][] = [
  ['HR, director, manager and a carer', ['hr', 'director', 'manager', 'carer']],
  ['two HR, two managers and a carer', ['hr', 'hr', 'manager', 'manager', 'carer']],
  ['three HR and a carer', ['hr', 'hr', 'hr', 'carer']],
  ['two HR, three employees and a carer', ['hr', 'employee', 'hr', 'employee', 'employee', 'carer']],
  ['two HR, a carer and someone without a role', ['hr', 'hr', 'carer', null]],
  ['an HR person and a carer', ['hr', 'carer']],
  [
    'two HR, two managers, two employees and a carer',
    ['hr', 'hr', 'manager', 'manager', 'employee', 'employee', 'carer'],
  ],
];

describe('decideRolePrivacy', () => {
  it.each(ROOMS)('with %s, no group view lets a reader single out one person', (_name, roles) => {
    const privacy = decideRolePrivacy(roles, false, 'nl');
    for (const group of privacy.groups) expect(group.members.length).toBeGreaterThanOrEqual(2);
    expect(canIsolateOne(privacy, roles.length)).toBe(false);
    // Every participant is counted in exactly one group.
    expect(privacy.groups.flatMap((g) => g.members).sort((a, b) => a - b)).toEqual(roles.map((_, i) => i));
    const carer = roles.indexOf('carer');
    expect(privacy.shownRole[carer]).toBeNull();
    expect(privacy.groups.some((g) => g.key === 'carer')).toBe(false);
  });

  it('merges several single roles into "Overige rollen" and keeps the roles held by two apart', () => {
    const privacy = decideRolePrivacy(['hr', 'director', 'hr', 'carer'], false, 'nl');
    expect(privacy.groups.map((g) => [g.label, g.members])).toEqual([
      ['HR', [0, 2]],
      ['Overige rollen', [1, 3]],
    ]);
    expect(privacy.singleRoles).toEqual(['director', 'carer']);
    expect(privacy.foldedRoles).toEqual([]);
    expect(privacy.shownRole).toEqual(['hr', null, 'hr', null]);
  });

  it('folds the smallest other role in with one single carer, so that nobody can subtract the carer out', () => {
    const privacy = decideRolePrivacy(['hr', 'hr', 'hr', 'manager', 'manager', 'carer'], false, 'nl');
    expect(privacy.groups.map((g) => [g.key, g.members])).toEqual([
      ['hr', [0, 1, 2]],
      ['other-roles', [3, 4, 5]],
    ]);
    expect(privacy.foldedRoles).toEqual(['manager']);
  });

  it('counts a single carer next to one other role in the total only: "Alle deelnemers"', () => {
    const privacy = decideRolePrivacy(['hr', 'hr', 'carer'], false, 'en');
    expect(privacy.groups).toEqual([
      { key: 'everyone', kind: 'everyone', role: null, label: 'All participants', members: [0, 1, 2] },
    ]);
    expect(privacy.shownRole).toEqual([null, null, null]);
  });

  it('shows two carers as a role of their own', () => {
    const privacy = decideRolePrivacy(['carer', 'hr', 'carer', 'hr'], false, 'nl');
    expect(privacy.groups.map((g) => [g.label, g.members])).toEqual([
      ['HR', [1, 3]],
      ['Medewerker met mantelzorg', [0, 2]],
    ]);
    expect(privacy.singleRoles).toEqual([]);
    expect(privacy.shownRole).toEqual(['carer', 'hr', 'carer', 'hr']);
  });

  it('shows every role apart, the single carer too, when the advisor chooses so', () => {
    const privacy = decideRolePrivacy(['hr', 'director', 'manager', 'carer'], true, 'nl');
    expect(privacy.groups.map((g) => [g.key, g.members])).toEqual([
      ['hr', [0]],
      ['director', [1]],
      ['manager', [2]],
      ['carer', [3]],
    ]);
    expect(privacy.shownRole).toEqual(['hr', 'director', 'manager', 'carer']);
    expect(privacy.singleRoles).toEqual(['hr', 'director', 'manager', 'carer']);
  });
});

describe('the labels of participants in the group views', () => {
  const roles: Role[] = ['hr', 'carer', 'hr', 'director'];
  const privacy = decideRolePrivacy(roles, false, 'nl');

  it('name a participant by number and the role only where it is shown apart, and by name only when given', () => {
    const participants = [
      { role: 'hr' as const },
      { role: 'carer' as const, name: 'Sanne' },
      { role: 'hr' as const },
      { role: 'director' as const },
    ];
    expect(participants.map((p, index) => privateParticipantLabel(p, index, privacy, 'nl'))).toEqual([
      'Deelnemer 1 (HR)',
      'Sanne',
      'Deelnemer 3 (HR)',
      'Deelnemer 4',
    ]);
    expect(roles.map((_, index) => privateRoleLabel(privacy, index, 'nl'))).toEqual([
      'HR',
      'Niet apart getoond',
      'HR',
      'Niet apart getoond',
    ]);
  });

  it('show the carer’s role and number when single roles are shown apart', () => {
    const open = decideRolePrivacy(roles, true, 'en');
    expect(privateParticipantLabel({ role: 'carer' }, 1, open, 'en')).toBe(
      'Participant 2 (Employee who cares for someone)',
    );
  });
});

describe('groupAnswers', () => {
  it('counts every answer in the group it belongs to, and never a single carer’s answer alone', () => {
    const privacy = decideRolePrivacy(['hr', 'hr', 'manager', 'manager', 'carer'], false, 'nl');
    const groups = groupAnswers(['yes', 'yes', 'no', 'partly', 'no'], privacy);
    expect(groups.map((g) => [g.group.label, g.answers])).toEqual([
      ['HR', [{ optionId: 'yes', count: 2 }]],
      [
        'Overige rollen',
        [
          { optionId: 'no', count: 2 },
          { optionId: 'partly', count: 1 },
        ],
      ],
    ]);
    expect(doGroupsDiffer(groups)).toBe(true);
  });

  it('leaves out a group nobody in answered', () => {
    const privacy = decideRolePrivacy(['hr', 'hr', 'carer', 'carer'], false, 'nl');
    expect(groupAnswers(['yes', 'no', null, null], privacy).map((g) => g.group.key)).toEqual(['hr']);
  });
});

describe('describeRolePrivacy', () => {
  it('says in plain sentences that the single carer is not shown apart, and why', () => {
    const privacy = decideRolePrivacy(['hr', 'hr', 'manager', 'manager', 'carer'], false, 'nl');
    expect(describeRolePrivacy(privacy, 0, 'nl')).toEqual([
      'Het groepsrapport toont de scores per deelnemer met nummer en rol, en per vraag wat elke rol antwoordde.',
      'Er staan geen namen in: geen deelnemer gaf een naam.',
      'De rol medewerker met mantelzorg heeft één deelnemer en staat daarom niet apart: de antwoorden tellen mee onder "Overige rollen".',
      'Zo kan niemand die antwoorden terugrekenen uit de andere rollen. Daarom staat ook leidinggevende niet apart.',
    ]);
  });

  it('names the single roles and the names given, in English too', () => {
    const privacy = decideRolePrivacy(['hr', 'director', 'carer'], false, 'en');
    expect(describeRolePrivacy(privacy, 1, 'en').slice(1)).toEqual([
      'A name is there only where the participant gave it (1×).',
      'The roles HR, director and employee who cares for someone each have one participant and are therefore not shown apart: the answers count in the group’s total only.',
    ]);
  });

  it('warns when the advisor shows single roles apart', () => {
    const privacy = decideRolePrivacy(['hr', 'hr', 'carer'], true, 'nl');
    expect(describeRolePrivacy(privacy, 0, 'nl')[2]).toBe(
      'U koos ervoor ook rollen met één deelnemer apart te tonen. De antwoorden van medewerker met mantelzorg zijn dan van één persoon.',
    );
  });

  it('says nothing about single roles when every role has two or more participants', () => {
    const privacy = decideRolePrivacy(['hr', 'hr', 'carer', 'carer'], false, 'nl');
    expect(describeRolePrivacy(privacy, 0, 'nl')).toHaveLength(2);
  });
});
