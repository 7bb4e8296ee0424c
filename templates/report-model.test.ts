import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import type { Language } from '../questionnaire/schema.ts';
import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';
import { loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { buildReportModel } from './report-model.ts';

const questionnaire = loadShipped();
const best = createExampleAnswers(questionnaire, 'best');
const worst = createExampleAnswers(questionnaire, 'worst');
const mixed = createExampleAnswers(questionnaire, 'mixed');

function modelFor(answers: Record<string, string>, language: Language = 'nl', organisationName?: string) {
  const file = createAnswersFile(questionnaire, answers, organisationName ? { organisationName } : {});
  return buildReportModel(questionnaire, file, language);
}

describe('buildReportModel', () => {
  it.each([
    ['start', worst],
    ['on-the-way', { ...best, 'openness-annual-conversation': 'sometimes' }],
    ['ready', { ...best, 'embedding-evaluation': 'occasionally' }],
    ['leading', best],
  ] as const)('gives the label and the meaning of level %s, in Dutch and in English', (levelId, answers) => {
    const level = questionnaire.levels.find((l) => l.id === levelId);
    for (const language of ['nl', 'en'] as const) {
      const model = modelFor(answers, language);
      expect(model.level).toEqual({
        id: levelId,
        label: level?.label[language],
        description: level?.description[language],
      });
    }
  });

  it('scores the answers it is given, so a report always belongs to its own scan', () => {
    for (const answers of [best, worst, mixed]) {
      const result = scoreQuestionnaire(questionnaire, answers);
      const model = modelFor(answers);
      expect([model.level.id, model.overall]).toEqual([result.level, result.overall]);
      expect(model.themes.map((t) => t.score)).toEqual(result.themes.map((t) => t.score));
    }
  });

  it('takes the score of the same answers from the caller, with the same report as a result', () => {
    for (const answers of [best, worst, mixed]) {
      const file = createAnswersFile(questionnaire, answers, { organisationName: 'De Linde' });
      const score = scoreQuestionnaire(questionnaire, answers);
      expect(buildReportModel(questionnaire, file, 'nl', { score })).toEqual(
        buildReportModel(questionnaire, file, 'nl'),
      );
    }
  });

  it('names the missing must-have of this scan that blocks the next level, with the answer needed', () => {
    const model = modelFor({ ...best, 'openness-annual-conversation': 'sometimes' });
    expect(model.nextLevel).toEqual({ id: 'ready', label: 'Erkenningsklaar' });
    expect(model.blockersTitle).toBe('Wat nog ontbreekt voor Erkenningsklaar');
    expect(model.blockers).toHaveLength(1);
    expect(model.blockers[0]?.text).toBe(
      'Zorg voor een naaste is nog geen vast onderwerp in het jaargesprek. Nodig: “Meestal”. Uw antwoord: “Soms”.',
    );
    // The level is said once, above the list, not in every blocker.
    expect(model.blockersIntro).toBe(
      'Deze scan vraagt deze punten voor “Erkenningsklaar”. Bij elk punt staat waarom.',
    );
    expect(model.blockers[0]?.reason).toMatch(/jaargesprek/);
    expect(model.recognitionReady).toBe(false);
    expect(model.readyNote).toBeNull();
  });

  it('says, when the answers are ready to apply, that the Erkenning committee decides', () => {
    for (const language of ['nl', 'en'] as const) {
      const model = modelFor(best, language);
      expect(model.recognitionReady).toBe(true);
      expect(model.readyNote).toMatch(language === 'nl' ? /erkenningscommissie/ : /Erkenning committee/);
      expect(model.readyNote).toMatch(language === 'nl' ? /van deze scan/ : /of this scan/);
      for (const levelId of ['ready', 'leading'] as const) {
        const description = questionnaire.levels.find((l) => l.id === levelId)?.description[language];
        expect(description).toMatch(language === 'nl' ? /erkenningscommissie/ : /committee/);
      }
    }
  });

  it('says nothing blocks at the top level', () => {
    const model = modelFor(best);
    expect(model.nextLevel).toBeNull();
    expect(model.blockers).toEqual([]);
    expect(model.actions).toEqual([]);
  });

  it('orders the action plan as the engine ranks it, and names the level each action is needed for', () => {
    const model = modelFor(mixed);
    const result = scoreQuestionnaire(questionnaire, mixed);
    expect(model.actions.map((a) => a.questionId)).toEqual(
      result.actions.slice(0, 10).map((a) => a.questionId),
    );
    expect(model.actions.map((a) => a.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const labels = Object.fromEntries(questionnaire.levels.map((l) => [l.id, l.label.nl]));
    model.actions.forEach((action, i) => {
      const unblocks = result.actions[i]?.unblocks[0];
      expect(action.neededFor).toBe(unblocks ? labels[unblocks] : null);
      expect(action.gain).toBeGreaterThan(0);
      expect(action.tip?.title).toBeTruthy();
      expect(action.current).not.toBe(action.target);
    });
    expect(model.actions[0]?.neededFor).toBe('Erkenningsklaar');
  });

  it('shows a real cao example under the tip it illustrates, with its period and source', () => {
    const model = modelFor(worst);
    const tailored = model.themes.find((t) => t.id === 'tailored');
    const donating = tailored?.tips.find((tip) => tip.example?.organisation === 'VGZ');
    expect(donating?.title).toBe(questionnaire.tips['tailored-leave-donating']?.title.nl);
    expect(donating?.example?.period).toMatch(/2018.2019/);
    expect(donating?.example?.source).toBe('Cao Inspirator (Werk&Mantelzorg, 2019)');
    // That a cao text may have changed since is said once per section, not under every example.
    expect(model.texts.examplesNote).toMatch(/kan sindsdien veranderd zijn/);
    // Every example shown sits under a tip that lists it.
    for (const theme of model.themes) {
      for (const tip of theme.tips) {
        if (!tip.example) continue;
        const tipEntry = Object.values(questionnaire.tips).find((t) => t.title.nl === tip.title);
        const listed = (tipEntry?.examples ?? []).map((id) => questionnaire.examples[id]?.organisation);
        expect(listed).toContain(tip.example.organisation);
      }
    }
  });

  it.each([
    ['government', 'Unie van Waterschappen'],
    ['industry-construction', 'Grolsch'],
  ])('prefers an example from the same sector (%s: %s)', (sector, organisation) => {
    const model = modelFor({ ...worst, 'intake-sector': sector });
    const tip = model.themes
      .find((t) => t.id === 'tailored')
      ?.tips.find((t) => t.title === questionnaire.tips['tailored-agree-together']?.title.nl);
    expect(tip?.example?.organisation).toBe(organisation);
  });

  it('shows the GEO sector example to an organisation in energy, waste and environment', () => {
    const model = modelFor({ ...worst, 'intake-sector': 'energy-waste-environment' });
    const organisations = model.themes.flatMap((t) => t.tips).map((tip) => tip.example?.organisation);
    expect(organisations.some((o) => o?.includes('GEO'))).toBe(true);
  });

  it('builds the legal check from practice first: not in order, to find out, applied but not written, in order', () => {
    const model = modelFor({
      ...best,
      'legal-long-term-granted': 'refused-otherwise',
      'legal-calamity-applied': 'unknown',
      'legal-short-term-written': 'no',
    });
    expect(Object.fromEntries(model.legalCheck.items.map((item) => [item.schemeId, item.status]))).toEqual({
      calamiteitenverlof: 'to-find-out',
      'kortdurend-zorgverlof': 'applied-not-written',
      'langdurend-zorgverlof': 'not-in-order',
      'wet-flexibel-werken': 'in-order',
      'informatie-over-verlof': 'in-order',
    });
    expect(model.legalCheck.items.map((item) => item.statusLabel)).toEqual([
      'Nog uitzoeken',
      'Toegepast, nog niet beschreven',
      'Niet op orde',
      'Op orde',
      'Op orde',
    ]);
    const [calamity, shortTerm, longTerm] = model.legalCheck.items;
    expect(calamity?.reason).toMatch(/^Dit weet u nog niet: Krijgen medewerkers calamiteitenverlof/);
    expect(shortTerm?.reason).toMatch(/^Kortdurend zorgverlof staat nog niet/);
    expect(longTerm?.reason).toMatch(/^De organisatie weigert langdurend zorgverlof soms om andere redenen/);
    expect(longTerm?.summary).toBe(longTerm?.findings.join(' '));
    expect(model.legalCheck.items.slice(3).map((item) => item.reason)).toEqual([null, null]);
    // What each state means is said once, most urgent first; whom to ask goes with "to find out".
    expect(model.legalCheck.legend.map((entry) => entry.status)).toEqual([
      'not-in-order',
      'to-find-out',
      'applied-not-written',
      'in-order',
    ]);
    expect(model.legalCheck.legend[1]?.meaning).toMatch(/navragen/);
    expect(model.legalCheck.legend[2]?.meaning).toMatch(/Dat is genoeg voor de wet/);
    expect(modelFor(worst).legalCheck.items.every((item) => item.status === 'not-in-order')).toBe(true);
  });

  it('never states a finding in place as a question, anywhere in the report', () => {
    for (const answers of [best, worst, mixed]) {
      const model = modelFor(answers);
      const inPlace = [
        ...model.strengths.items,
        ...model.themes.flatMap((t) => t.inPlace),
        ...model.application.questions.flatMap((q) => q.suggestion.split(/(?<=[.!?])\s+/).filter(Boolean)),
        ...model.legalCheck.items.filter((i) => i.status === 'in-order').flatMap((i) => i.findings),
      ];
      for (const finding of inPlace) expect(finding, finding).not.toMatch(/\?$/);
    }
  });

  it('never lists a question both as in place and among the first actions', () => {
    for (const answers of [best, worst, mixed]) {
      const model = modelFor(answers);
      const result = scoreQuestionnaire(questionnaire, answers);
      const inPlace = new Set(result.questions.filter((r) => r.isInPlace).map((r) => r.questionId));
      expect(model.actions.filter((action) => inPlace.has(action.questionId))).toEqual([]);
    }
  });

  it('gives the legal check the date of the law and a two-sided note on deviations', () => {
    for (const [language, date, twoSided] of [
      ['nl', 'stand 1 januari 2026', /voordeel.*nadeel/],
      ['en', 'as of 1 January 2026', /favour.*disadvantage/],
    ] as const) {
      const { legalCheck } = modelFor(mixed, language);
      expect(legalCheck.asOf).toBe(date);
      expect(legalCheck.deviation).toMatch(twoSided);
    }
  });

  it('lists the points to find out, with whom to ask, the evidence suggestions and the next step on the 4B route', () => {
    const model = modelFor(mixed);
    const result = scoreQuestionnaire(questionnaire, mixed);
    expect(model.toFindOut.items).toHaveLength(result.toFindOut.length);
    expect(model.toFindOut.items.length).toBeGreaterThan(0);
    expect(model.toFindOut.items[0]?.evidence).toBeTruthy();
    expect(model.toFindOut.whoToAsk).toMatch(/^U kunt dit navragen bij/);
    expect(model.evidence.groups.map((group) => group.themeTitle)).toEqual([
      'Bespreekbaarheid',
      'Wettelijke regelingen',
      'Flexibel werken',
      'Maatwerk',
      'Borging',
    ]);
    const items = model.evidence.groups.flatMap((g) => g.items);
    expect(items.some((item) => item.status === 'to-collect' && item.statusLabel === 'Nog verzamelen')).toBe(
      true,
    );
    expect(
      items.some((item) => item.status === 'arrange-first' && item.statusLabel === 'Eerst regelen'),
    ).toBe(true);
    expect(model.evidence.intro).toMatch(/geen officiële lijst/);
    expect(model.evidence.intro).toMatch(/onze eigen suggestie/);
    expect(model.nextSteps.map((step) => step.id)).toEqual([
      'bespreken',
      'beschrijven',
      'bekwamen',
      'borgen',
    ]);
    expect(model.nextSteps.filter((step) => step.status === 'current')).toHaveLength(1);
    expect(
      modelFor(best).nextSteps.every((step) => step.status === 'done' && step.statusLabel === 'Gedaan'),
    ).toBe(true);
  });

  it('lists the first six strengths and says how many more there are', () => {
    const model = modelFor(best);
    const inPlace = scoreQuestionnaire(questionnaire, best).questions.filter((q) => q.isInPlace).length;
    expect(model.strengths.items).toHaveLength(6);
    expect(model.strengths.more).toBe(`en ${inPlace - 6} andere punten`);
    expect(modelFor(worst).strengths).toEqual({ items: [], more: null });
  });

  it('gives each figure its source and year, and the care-sector figure only to care organisations', () => {
    for (const figure of modelFor(mixed, 'en').figures) {
      expect(figure.source).toBeTruthy();
      expect(figure.year).toBeGreaterThanOrEqual(2017);
    }
    const values = (sector: string) =>
      modelFor({ ...mixed, 'intake-sector': sector }).figures.map((f) => f.value);
    expect(values('care-welfare')).toContain('1 op 3');
    expect(values('education')).not.toContain('1 op 3');
  });

  it('keeps the organisation name exactly as typed', () => {
    const name = '<script>alert(1)</script> & Zn. "’t Hoekje"';
    const model = modelFor(mixed, 'nl', name);
    expect(model.organisationName).toBe(name);
    expect(model.forOrganisation).toBe(`Voor: ${name}`);
  });

  it('shows every question and its answer in the appendix, and marks questions the intake left out', () => {
    const model = modelFor(best);
    const items = model.appendix.flatMap((section) => section.items);
    const all = questionnaire.sections.flatMap((s) => s.questions);
    expect(items).toHaveLength(all.length);
    const hidden = scoreQuestionnaire(questionnaire, best).questions.filter((q) => q.status === 'hidden');
    expect(
      items.filter((item) => item.answer === 'Niet gevraagd (past niet bij uw organisatie)'),
    ).toHaveLength(hidden.length);
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('chooses every label in the language of the report', () => {
    const nl = modelFor(mixed, 'nl');
    const en = modelFor(mixed, 'en');
    expect(nl.texts.legalCheck).toBe('Wettelijke check');
    expect(en.texts.legalCheck).toBe('Legal check');
    expect(en.overallLine).toBe(`Overall score: ${en.overall} out of 100`);
    expect(en.calculator.title).toBe('How much care leave?');
    expect(en.themes[0]?.scoreLine).toMatch(/^Score \d+ out of 100 · /);
  });
});

describe('a questionnaire without its tips (as the app has it before a report page loads them)', () => {
  it('is refused with a clear message instead of giving a report without tips', () => {
    const file = createAnswersFile(questionnaire, worst);
    expect(() => buildReportModel({ ...questionnaire, tips: {}, examples: {} }, file, 'nl')).toThrow(
      /The questionnaire has no tip ".+": a report needs the questionnaire with its tips and examples/,
    );
    expect(() => buildReportModel({ ...questionnaire, examples: {} }, file, 'nl')).toThrow(
      /The questionnaire has no example ".+"/,
    );
  });
});

describe('answers "niet van toepassing"', () => {
  it('are listed in the report, so that an advisor can challenge them', () => {
    const mini = loadMiniQuestionnaire();
    const file = createAnswersFile(mini, { o1: 'arranged', o2: 'not-applicable' });
    const model = buildReportModel(mini, file, 'nl');
    expect(model.notApplicable).toEqual([
      { question: 'Question o2? (nl)', themeTitle: 'Theme openness (nl)' },
    ]);
    expect(model.texts.notApplicableIntro).toMatch(/Kijk of dat klopt/);
  });
});
