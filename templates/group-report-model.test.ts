import { describe, expect, it } from 'vitest';
import { createAnswersFile, type AnswersFile, type Participant } from '../questionnaire/answers-file.ts';
import { createExampleAnswers, type ExampleProfile } from '../questionnaire/example-answers.ts';
import { findQuestion, getOptions } from '../questionnaire/questions.ts';
import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';
import { buildConsensus, compareParticipants } from '../scoring/workshop.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { buildGroupReportModel, MAX_SPREAD_DOTS } from './group-report-model.ts';
import { createLabels } from './labels.ts';

const questionnaire = loadShipped();
const PROFILES = ['best', 'worst', 'mixed'] as const;
const ROLES = ['hr', 'manager', 'carer'] as const;

function fileFor(
  profile: ExampleProfile,
  meta: { organisationName?: string; participant?: Participant } = {},
) {
  return createAnswersFile(questionnaire, createExampleAnswers(questionnaire, profile), meta);
}

/** Best (HR, named), worst (manager) and mixed (carer), all for the same organisation. */
function threeParticipants(
  organisationNames: (string | undefined)[] = ['Zorgzaam B.V.', 'Zorgzaam B.V.', undefined],
) {
  return PROFILES.map((profile, index) => {
    const name = organisationNames[index];
    return {
      file: fileFor(profile, {
        ...(name ? { organisationName: name } : {}),
        participant: index === 0 ? { name: 'Anna', role: ROLES[index] } : { role: ROLES[index] },
      }),
    };
  });
}

/** The file without any role: no workshop role and no answer to the intake's role question. */
function withoutRole(file: AnswersFile): AnswersFile {
  const { ['intake-role']: _role, ...answers } = file.answers;
  return { ...file, answers };
}

const participants = threeParticipants();
const inputs = participants.map(({ file }) => ({ answers: file.answers, role: file.participant?.role }));
const model = buildGroupReportModel(questionnaire, participants, {}, 'nl');
/** The same group with the advisor's choice to show single roles apart: every role here has one participant. */
const open = buildGroupReportModel(questionnaire, participants, {}, 'nl', { showSingleRoles: true });

describe('buildGroupReportModel', () => {
  it('names each participant by name or number, with the role when single roles are shown apart, and gives their own level and score', () => {
    expect(model.participantCount).toBe(3);
    expect(model.participantCountLine).toBe('Aantal deelnemers: 3');
    expect(open.participants.map((p) => [p.number, p.label, p.role, p.roleLabel])).toEqual([
      [1, 'Anna (HR)', 'hr', 'HR'],
      [2, 'Deelnemer 2 (Leidinggevende)', 'manager', 'Leidinggevende'],
      [3, 'Deelnemer 3 (Medewerker met mantelzorg)', 'carer', 'Medewerker met mantelzorg'],
    ]);
    const labels = createLabels(questionnaire, 'nl');
    participants.forEach(({ file }, index) => {
      const result = scoreQuestionnaire(questionnaire, file.answers);
      expect(model.participants[index]?.overall).toBe(result.overall);
      expect(model.participants[index]?.levelLabel).toBe(labels.level(result.level));
    });
  });

  it('uses a label passed in instead of the one made from the file, and "Geen rol opgegeven" without a role', () => {
    const group = buildGroupReportModel(
      questionnaire,
      [{ file: withoutRole(fileFor('best')), label: 'Team Noord' }, { file: withoutRole(fileFor('worst')) }],
      {},
      'nl',
    );
    expect(group.participants.map((p) => [p.label, p.roleLabel])).toEqual([
      ['Team Noord', 'Geen rol opgegeven'],
      ['Deelnemer 2', 'Geen rol opgegeven'],
    ]);
  });

  it('gives the spread of the overall and every theme score: each participant’s own score, the lowest and the highest', () => {
    const results = participants.map(({ file }) => scoreQuestionnaire(questionnaire, file.answers));
    const overall = results.map((r) => r.overall);
    expect(model.spread.overall).toEqual({
      id: 'overall',
      label: 'Totaalscore',
      scores: overall,
      min: Math.min(...overall),
      max: Math.max(...overall),
      range: Math.max(...overall) - Math.min(...overall),
    });
    expect(model.spread.themes.map((t) => t.id)).toEqual(results[0]?.themes.map((t) => t.id));
    for (const row of model.spread.themes) {
      const scores = results.map((r) => r.themes.find((t) => t.id === row.id)?.score);
      expect(row.scores).toEqual(scores);
      expect(row.min).toBe(Math.min(...row.scores));
      expect(row.max).toBe(Math.max(...row.scores));
      expect(row.range).toBe(row.max - row.min);
      expect(row.label).toBe(createLabels(questionnaire, 'nl').section(row.id));
    }
  });

  it('lists the ten main disagreements, most first, in the order of compareParticipants, and says how many more', () => {
    const comparison = compareParticipants(questionnaire, inputs);
    const { items, more, empty } = model.disagreements;
    expect(items).toHaveLength(10);
    expect(items.map((d) => d.questionId)).toEqual(
      comparison.disagreements.slice(0, 10).map((d) => d.questionId),
    );
    const measures = items.map((d) => d.measure);
    expect(measures).toEqual([...measures].sort((a, b) => b - a));
    expect(more).toBe(
      `Bij nog ${comparison.disagreements.length - 10} andere vragen verschillen de antwoorden.`,
    );
    expect(empty).toBeNull();
    for (const item of items) {
      expect(item.question).toBe(findQuestion(questionnaire, item.questionId)?.question.text.nl);
      expect(item.themeTitle).not.toBe('');
      expect(['Grote verschillen', 'Enige verschillen', 'Kleine verschillen']).toContain(item.measureLabel);
    }
    expect(items[0]?.measureLabel).toBe('Grote verschillen');
  });

  it('by default names nobody by a role held by one participant, and counts their answers only in the whole group', () => {
    expect(model.participants.map((p) => [p.number, p.label, p.role, p.roleLabel])).toEqual([
      [1, 'Anna', null, 'Niet apart getoond'],
      [2, 'Deelnemer 2', null, 'Niet apart getoond'],
      [3, 'Deelnemer 3', null, 'Niet apart getoond'],
    ]);
    const labels = createLabels(questionnaire, 'nl');
    for (const item of model.disagreements.items) {
      expect(item.byRole.map((r) => [r.groupKey, r.roleLabel])).toEqual([['everyone', 'Alle deelnemers']]);
      expect(item.byRole[0]?.answers.reduce((sum, a) => sum + a.count, 0)).toBe(3);
      expect(JSON.stringify(item.byRole)).not.toContain('mantelzorg');
      const own = participants.map(({ file }) =>
        labels.option(item.questionId, file.answers[item.questionId] ?? null),
      );
      for (const answer of own) expect(item.byRole[0]?.line).toContain(answer);
    }
    expect(JSON.stringify(model.participants)).not.toContain('mantelzorg');
    expect(model.privacy.showSingleRoles).toBe(false);
    expect(model.privacy.groups).toEqual([{ key: 'everyone', label: 'Alle deelnemers', count: 3 }]);
    expect(model.privacy.lines).toContain(
      'De rollen HR, leidinggevende en medewerker met mantelzorg hebben elk één deelnemer en staan daarom niet apart: de antwoorden tellen alleen mee in het totaal van de groep.',
    );
    expect(model.privacy.lines).toContain('Een naam staat er alleen bij als de deelnemer die zelf gaf (1×).');
  });

  it('shows two carers as a role, and merges the single roles into "Overige rollen"', () => {
    const roles = ['carer', 'hr', 'carer', 'director', 'manager'] as const;
    const group = buildGroupReportModel(
      questionnaire,
      roles.map((role, index) => ({
        file: fileFor(PROFILES[index % 3] ?? 'mixed', { participant: { role } }),
      })),
      {},
      'nl',
    );
    expect(group.participants.map((p) => p.label)).toEqual([
      'Deelnemer 1 (Medewerker met mantelzorg)',
      'Deelnemer 2',
      'Deelnemer 3 (Medewerker met mantelzorg)',
      'Deelnemer 4',
      'Deelnemer 5',
    ]);
    expect(group.privacy.groups).toEqual([
      { key: 'carer', label: 'Medewerker met mantelzorg', count: 2 },
      { key: 'other-roles', label: 'Overige rollen', count: 3 },
    ]);
    const first = group.disagreements.items[0];
    expect(first?.byRole.map((r) => [r.roleLabel, r.answers.reduce((sum, a) => sum + a.count, 0)])).toEqual([
      ['Medewerker met mantelzorg', 2],
      ['Overige rollen', 3],
    ]);
  });

  it('says what each role answered, with the answer labels and how many gave each (single roles shown apart)', () => {
    const labels = createLabels(questionnaire, 'nl');
    for (const item of open.disagreements.items) {
      expect(item.byRole.map((r) => r.roleLabel)).toEqual([
        'HR',
        'Leidinggevende',
        'Medewerker met mantelzorg',
      ]);
      item.byRole.forEach((group, index) => {
        const own = participants[index]?.file.answers[item.questionId];
        expect(group.answers).toEqual([{ label: labels.option(item.questionId, own ?? null), count: 1 }]);
        expect(group.line).toBe(`${labels.option(item.questionId, own ?? null)} (1×)`);
      });
    }
  });

  it('counts the answers of participants who share a role', () => {
    const same = PROFILES.map((profile) => ({ file: fileFor(profile, { participant: { role: 'hr' } }) }));
    const extra = { file: fileFor('best', { participant: { role: 'hr' } }) };
    const group = buildGroupReportModel(questionnaire, [...same, extra], {}, 'en');
    const first = group.disagreements.items[0];
    expect(first?.byRole).toHaveLength(1);
    expect(first?.byRole[0]?.roleLabel).toBe('HR');
    expect(first?.byRole[0]?.answers.reduce((sum, a) => sum + a.count, 0)).toBe(4);
    expect(first?.byRole[0]?.answers[0]?.count).toBe(2);
  });

  it('builds the joint outcome from the consensus answers, so its level is the level of scoring them', () => {
    const consensus = buildConsensus(questionnaire, inputs, {});
    const result = scoreQuestionnaire(questionnaire, consensus);
    expect(model.consensus.level.id).toBe(result.level);
    expect(model.consensus.overall).toBe(result.overall);
    expect(model.consensus.themes.map((t) => t.score)).toEqual(result.themes.map((t) => t.score));
    expect(model.consensus.language).toBe('nl');
    expect(model.consensus.progress).toBeNull();
    const labels = createLabels(questionnaire, 'nl');
    for (const item of model.disagreements.items) {
      expect(item.isSettled).toBe(false);
      expect(item.consensusTitle).toBe('Voorstel voor het gezamenlijke antwoord');
      expect(item.consensus).toBe(labels.option(item.questionId, consensus[item.questionId] ?? null));
    }
  });

  it('uses what the group settled, in the joint outcome and on the disagreement, and leaves a question open when settled as null', () => {
    const [first, second] = model.disagreements.items;
    if (!first || !second) throw new Error('expected disagreements');
    const placed = findQuestion(questionnaire, second.questionId);
    const options = placed ? getOptions(questionnaire, placed.question) : [];
    const chosen = options.at(-1)?.id ?? '';
    const settled = { [first.questionId]: null, [second.questionId]: chosen };
    const group = buildGroupReportModel(questionnaire, participants, settled, 'nl');
    const byId = new Map(group.disagreements.items.map((d) => [d.questionId, d]));
    expect(byId.get(first.questionId)).toMatchObject({
      isSettled: true,
      consensusTitle: 'Afgesproken antwoord',
      consensus: 'Open gelaten',
    });
    expect(byId.get(second.questionId)).toMatchObject({
      isSettled: true,
      consensusTitle: 'Afgesproken antwoord',
      consensus: createLabels(questionnaire, 'nl').option(second.questionId, chosen),
    });
    const result = scoreQuestionnaire(questionnaire, buildConsensus(questionnaire, inputs, settled));
    expect([group.consensus.level.id, group.consensus.overall]).toEqual([result.level, result.overall]);
  });

  it('names the organisation as most participants did (the same rule as the merged file), and none when nobody did', () => {
    expect(model.organisationName).toBe('Zorgzaam B.V.');
    expect(model.consensus.organisationName).toBe('Zorgzaam B.V.');
    const differ = buildGroupReportModel(questionnaire, threeParticipants(['B', 'A', 'A']), {}, 'nl');
    expect(differ.organisationName).toBe('A');
    expect(differ.consensus.organisationName).toBe('A');
    const none = buildGroupReportModel(
      questionnaire,
      threeParticipants([undefined, undefined, undefined]),
      {},
      'nl',
    );
    expect(none.organisationName).toBeNull();
  });

  it('lists as many disagreements as asked, and says so when nobody disagrees', () => {
    const three = buildGroupReportModel(questionnaire, participants, {}, 'en', { maxDisagreements: 3 });
    expect(three.disagreements.items).toHaveLength(3);
    expect(three.disagreements.more).toMatch(/^The answers also differ on \d+ other questions\.$/);
    const same: { file: AnswersFile }[] = [{ file: fileFor('mixed') }, { file: fileFor('mixed') }];
    const agreed = buildGroupReportModel(questionnaire, same, {}, 'nl');
    expect(agreed.disagreements.items).toEqual([]);
    expect(agreed.disagreements.more).toBeNull();
    expect(agreed.disagreements.empty).toBe('De deelnemers gaven bij elke vraag hetzelfde antwoord.');
    expect(agreed.spread.overall.range).toBe(0);
  });

  it('says plainly, in Dutch and in English, that it is a group’s self-assessment, independent, not the Erkenning and not legal advice', () => {
    expect(model.title).toContain('Groepsrapport');
    expect(model.intro).toContain('3 deelnemers');
    expect(model.intro).toContain('zelfbeoordeling door een groep');
    expect(model.disclaimer).toContain('niet gemaakt door of voor Werk&Mantelzorg');
    expect(model.disclaimer).toContain('geen Erkenning');
    expect(model.disclaimer).toContain('beslist de erkenningscommissie');
    expect(model.disclaimer).toContain('geen juridisch advies');
    const en = buildGroupReportModel(questionnaire, participants, {}, 'en');
    expect(en.title).toContain('Group report');
    expect(en.intro).toContain('self-assessment by a group');
    expect(en.disclaimer).toContain('not made by or for Werk&Mantelzorg');
    expect(en.disclaimer).toContain('not the Erkenning');
    expect(en.disclaimer).toContain('Nor is it legal advice');
    expect(en.participants[1]?.label).toBe('Participant 2');
    const enOpen = buildGroupReportModel(questionnaire, participants, {}, 'en', { showSingleRoles: true });
    expect(enOpen.participants[1]?.label).toBe('Participant 2 (Manager)');
    expect(en.disagreements.items[0]?.measureLabel).toBe('Large differences');
    expect(en.consensus.language).toBe('en');
  });

  it('is plain data that survives a structured clone (it is posted to the PDF worker)', () => {
    expect(structuredClone(model)).toEqual(model);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('draws every participant as a dot up to 15 participants; with more the chart summarises, and the texts say so', () => {
    const group = (count: number, language: 'nl' | 'en' = 'nl') =>
      buildGroupReportModel(
        questionnaire,
        Array.from({ length: count }, (_, index) => ({ file: fileFor(PROFILES[index % 3] ?? 'mixed') })),
        {},
        language,
      );
    const fifteen = group(MAX_SPREAD_DOTS);
    expect(fifteen.spread.showsEachParticipant).toBe(true);
    expect(fifteen.spread.intro).toContain('Elke stip is een deelnemer');
    expect(fifteen.participantsIntro).toContain('Het nummer vindt u terug in de grafiek.');
    const sixteen = group(MAX_SPREAD_DOTS + 1);
    expect(sixteen.spread.showsEachParticipant).toBe(false);
    expect(sixteen.spread.intro).toContain(
      'Er zijn 16 deelnemers. Dat zijn te veel om elke deelnemer als stip te tekenen.',
    );
    expect(sixteen.spread.intro).toContain('De score van elke deelnemer staat in de tabel hieronder.');
    expect(sixteen.spread.caption).toBe('Laagste, middelste en hoogste score, van 0 tot 100');
    expect(sixteen.participantsIntro).toContain('Het nummer vindt u terug in de tabel met scores.');
    const english = group(MAX_SPREAD_DOTS + 1, 'en');
    expect(english.spread.intro).toContain('There are 16 participants.');
    expect(english.participantsIntro).toContain('You find the number again in the table of scores.');
    // Every participant keeps their row: the scores of all of them, in order.
    expect(sixteen.spread.overall.scores).toHaveLength(16);
    expect(sixteen.participants.map((p) => p.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
  });

  it('works without participants', () => {
    const empty = buildGroupReportModel(questionnaire, [], {}, 'nl');
    expect(empty.participants).toEqual([]);
    expect(empty.spread.themes).toHaveLength(5);
    expect(empty.spread.overall).toMatchObject({ scores: [], min: 0, max: 0 });
    expect(empty.disagreements.empty).not.toBeNull();
  });
});

describe('counts in the group report', () => {
  it('are written as people in the language write them: 1.000 in Dutch, 1,000 in English', () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({
      file: fileFor(PROFILES[index % 3] ?? 'mixed'),
    }));
    const nl = buildGroupReportModel(questionnaire, many, {}, 'nl', { maxDisagreements: 1 });
    expect(nl.participantCountLine).toBe('Aantal deelnemers: 1.000');
    expect(nl.intro).toContain('1.000 deelnemers');
    expect(nl.spread.intro).toContain('Er zijn 1.000 deelnemers.');
    expect(nl.disagreements.items[0]?.byRole[0]?.line).toMatch(/\(\d{3}×\)/);
    const en = buildGroupReportModel(questionnaire, many, {}, 'en', { maxDisagreements: 1 });
    expect(en.participantCountLine).toBe('Number of participants: 1,000');
  }, 30_000);
});
