/**
 * Every text an organisation sees must be true for it. These tests gather all of it — every step of the
 * scan and the whole report model — for organisations that differ in size, cao, works council, roster
 * work, sector and role, and check the legal facts and the advice that each intake answer changes.
 */
import { describe, expect, it } from 'vitest';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import type { Language } from '../questionnaire/schema.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { buildReportModel } from './report-model.ts';
import { buildStepModel } from './step-model.ts';

const questionnaire = loadShipped();
const worst = createExampleAnswers(questionnaire, 'worst');
const mixed = createExampleAnswers(questionnaire, 'mixed');

/** Every string inside a value, depth first. */
function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

/** All that an organisation with these answers reads: each step of the scan, and the report. */
function textsSeenBy(answers: Record<string, string>, language: Language = 'nl', withIntake = true): string {
  const sections = questionnaire.sections.filter((s) => withIntake || s.kind !== 'intake');
  const steps = sections.map((s) => buildStepModel(questionnaire, answers, s.id, language));
  const report = buildReportModel(questionnaire, createAnswersFile(questionnaire, answers), language);
  return [...collectStrings(steps), ...collectStrings(report)].join('\n');
}

const report = (answers: Record<string, string>, language: Language = 'nl') =>
  buildReportModel(questionnaire, createAnswersFile(questionnaire, answers), language);
const step = (answers: Record<string, string>, sectionId: string, language: Language = 'nl') =>
  buildStepModel(questionnaire, answers, sectionId, language);
const helpOf = (answers: Record<string, string>, questionId: string, language: Language = 'nl') =>
  questionnaire.sections
    .map((s) => step(answers, s.id, language))
    .flatMap((m) => m?.questions ?? [])
    .find((q) => q.id === questionId)?.help;
const wfw = (answers: Record<string, string>, language: Language = 'nl') =>
  report(answers, language).legalCheck.items.find((item) => item.schemeId === 'wet-flexibel-werken');
const schemeRule = (schemeId: string, language: Language = 'nl') =>
  report(mixed, language).legalCheck.items.find((item) => item.schemeId === schemeId)?.rule ?? '';

const small = { ...worst, 'intake-size': 'fewer-than-10' };
const large = { ...worst, 'intake-size': '50-to-249' };

describe('legal facts for an employer with fewer than 10 employees', () => {
  it('never states the Wet flexibel werken deadlines as applying to it, anywhere in the scan or the report', () => {
    for (const language of ['nl', 'en'] as const) {
      const seen = textsSeenBy(small, language);
      expect(seen).not.toMatch(
        language === 'nl'
          ? /\b26 weken|\b2 maanden voor|\b1 maand voor/
          : /\b26 weeks|\b2 months before|\b1 month before/,
      );
      expect(seen).not.toMatch(
        language === 'nl' ? /geldt het verzoek|gaat het verzoek in/ : /request is granted|request stands/,
      );
    }
    // The same texts for a larger employer do state them: the check above can fail.
    expect(textsSeenBy(large)).toMatch(/26 weken/);
  });

  it('says the Wet flexibel werken largely does not apply, that an own arrangement is needed, and the 2022 rules', () => {
    const item = wfw(small);
    expect(item?.rule).toMatch(/geldt grotendeels niet/);
    expect(item?.rule).toMatch(/eigen regeling/);
    expect(item?.rule).toMatch(/2 augustus 2022/);
    expect(item?.rule).toMatch(/mantelzorgers/);
    expect(item?.rule).toMatch(/nagaan|controleer/i);
    expect(helpOf(small, 'legal-hours-arrangement-small')).toMatch(/2 augustus 2022/);
  });

  it('does not open the legal check with "these schemes apply to every employer"', () => {
    const intro = report(small).legalCheck.intro;
    expect(intro).toMatch(/grotendeels niet/);
    expect(intro).not.toMatch(/alle vier/);
    expect(report(large).legalCheck.intro).toMatch(/alle vier/);
  });

  it('gives a small employer the same care-leave calculator, which is true for every employer', () => {
    expect(report(small).calculator).toEqual(report(large).calculator);
  });
});

describe('legal facts for employers of 10 or more', () => {
  it('names the refusal ground for hours and times: a serious business or service interest', () => {
    expect(wfw(large)?.rule).toMatch(/zwaarwegend bedrijfs- of dienstbelang/);
    expect(wfw(large, 'en')?.rule).toMatch(/serious business or service interest/);
    expect(helpOf(large, 'legal-flexible-work-requests')).toMatch(/zwaarwegend bedrijfs- of dienstbelang/);
  });

  it('says that without a timely written answer the request is granted as asked', () => {
    expect(wfw(large)?.rule).toMatch(/schriftelijk/);
    expect(wfw(large)?.rule).toMatch(/zoals gevraagd/);
  });
});

describe('legal facts for every employer', () => {
  it('says who counts as a care recipient, and when care leave applies', () => {
    const rule = schemeRule('kortdurend-zorgverlof');
    for (const person of [/partner/, /kind/, /ouder/, /tweede graad/, /huisgenoot/, /sociale relatie/]) {
      expect(rule).toMatch(person);
    }
    expect(rule).toMatch(/noodzakelijke zorg|noodzakelijke verzorging/);
    expect(schemeRule('langdurend-zorgverlof')).toMatch(/levensbedreigend/);
    expect(schemeRule('kortdurend-zorgverlof', 'en')).toMatch(/social relationship/);
  });

  it('says statutory holiday days keep accruing during long-term care leave (not "holiday")', () => {
    expect(schemeRule('langdurend-zorgverlof')).toMatch(/wettelijke vakantiedagen/);
    expect(schemeRule('langdurend-zorgverlof', 'en')).toMatch(/statutory holiday/);
    expect(helpOf(mixed, 'legal-long-term-written')).toMatch(/wettelijke vakantiedagen/);
  });

  it('says calamity leave becomes short-term care leave after a day, and what that means for pay', () => {
    const rule = schemeRule('calamiteitenverlof');
    expect(rule).toMatch(/na 1 dag/);
    expect(rule).toMatch(/70%/);
    expect(helpOf(mixed, 'legal-calamity-applied')).toMatch(/70%/);
  });

  it('says leave saving and donating are about hours above the statutory minimum', () => {
    expect(helpOf(mixed, 'tailored-leave-saving')).toMatch(/boven het wettelijke minimum|bovenwettelijk/);
    expect(helpOf(mixed, 'tailored-leave-donating')).toMatch(/boven het wettelijke minimum|bovenwettelijk/);
  });

  it('dates every rule: the legal check, the calculator and the steps with legal rules', () => {
    const model = report(mixed);
    expect(model.legalCheck.asOf).toBe('stand 1 januari 2026');
    expect(model.calculator.asOf).toBe('stand 1 januari 2026');
    for (const sectionId of ['legal-leave', 'tailored']) {
      expect(step(mixed, sectionId)?.legalNote).toMatch(/stand 1 januari 2026/);
    }
    expect(step(mixed, 'openness')?.legalNote).toBeNull();
  });

  it('never says a cao or works-council arrangement deviates only in the employee’s favour', () => {
    for (const cao of ['yes', 'no', 'unknown']) {
      for (const council of ['works-council', 'staff-representation', 'none']) {
        const answers = { ...mixed, 'intake-cao': cao, 'intake-works-council': council };
        for (const language of ['nl', 'en'] as const) {
          const seen = textsSeenBy(answers, language);
          expect(seen).not.toMatch(language === 'nl' ? /vaak in het voordeel/ : /often in the employee/);
        }
        const deviation = report(answers).legalCheck.deviation;
        if (!(cao === 'no' && council === 'none')) expect(deviation).toMatch(/voordeel.*nadeel/);
        expect(deviation).toMatch(/geen juridisch advies/);
      }
    }
  });
});

describe('intake answers that change the advice', () => {
  it.each([
    ['yes', 'works-council', /Uw cao of een regeling met uw OR/],
    ['yes', 'staff-representation', /Uw cao of een regeling met uw PVT/],
    ['yes', 'none', /^Uw cao kan/],
    ['no', 'works-council', /regeling tussen werkgever en OR/],
    ['no', 'none', /Zonder cao en zonder OR of PVT gelden de wettelijke regels/],
    ['unknown', 'none', /Zoek uit of er een cao/],
  ])('cao %s and works council %s give the deviation note for that situation', (cao, council, pattern) => {
    const answers = { ...mixed, 'intake-cao': cao, 'intake-works-council': council };
    expect(report(answers).legalCheck.deviation).toMatch(pattern);
  });

  it('mentions "uw cao" only where a cao applies', () => {
    const seenWithout = textsSeenBy({ ...worst, 'intake-cao': 'no' });
    expect(seenWithout).not.toMatch(/\buw cao\b/i);
    expect(textsSeenBy({ ...worst, 'intake-cao': 'yes' })).toMatch(/\buw cao\b/i);
  });

  it('gives no advice to involve a works council that the intake says does not exist', () => {
    const mentions = (answers: Record<string, string>) =>
      // The intake asks whether there is a works council; everything after it must follow the answer.
      textsSeenBy(answers, 'nl', false)
        .split(/(?<=[.?!])\s+|\n/)
        .filter((sentence) => /\b(OR|PVT)\b/.test(sentence))
        // Saying there is none, and the intake question itself (and its place in the appendix), is fine.
        .filter(
          (sentence) =>
            !/Zonder cao en zonder OR|geen OR of PVT|^Heeft uw organisatie|^Ja, een|^Is de OR, PVT of MR/.test(
              sentence,
            ),
        );
    expect(mentions({ ...worst, 'intake-works-council': 'none', 'intake-cao': 'no' })).toEqual([]);
    expect(mentions({ ...worst, 'intake-works-council': 'works-council' }).length).toBeGreaterThan(0);
  });

  it('speaks of the PVT, not the OR, to an organisation with a staff representation', () => {
    const answers = { ...worst, 'intake-works-council': 'staff-representation' };
    expect(helpOf(answers, 'embedding-works-council')).toMatch(/PVT/);
    expect(helpOf(answers, 'embedding-works-council')).not.toMatch(/\bOR\b/);
  });

  it.each([
    ['none', ['flex-times', 'flex-home'], ['flex-roster-early', 'flex-roster-swap', 'flex-roster-wishes']],
    ['some', ['flex-times', 'flex-home', 'flex-roster-early', 'flex-roster-swap', 'flex-roster-wishes'], []],
    ['all', ['flex-roster-early', 'flex-roster-swap', 'flex-roster-wishes'], ['flex-times', 'flex-home']],
  ])('roster work "%s" asks the questions that fit it', (roster, shown, hidden) => {
    const ids =
      step({ ...worst, 'intake-roster': roster }, 'flexible-work')?.questions.map((q) => q.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(shown));
    for (const id of hidden) expect(ids).not.toContain(id);
  });

  it.each([
    ['hr', /leidinggevenden/],
    ['director', /HR/],
    ['manager', /HR en bij andere leidinggevenden/],
    ['advisor', /directie/],
  ])('a respondent in the role %s is told whom to ask about "weet niet"', (role, pattern) => {
    const whoToAsk = report({ ...mixed, 'intake-role': role }).toFindOut.whoToAsk;
    expect(whoToAsk).toMatch(pattern);
  });

  it('tells a director of a small employer to ask whoever does the personnel work, not an HR department', () => {
    const whoToAsk = report({ ...mixed, 'intake-role': 'director', 'intake-size': 'fewer-than-10' }).toFindOut
      .whoToAsk;
    expect(whoToAsk).not.toMatch(/\bHR\b/);
  });

  it('reminds a manager to answer for all managers, not only for themself', () => {
    const asManager = helpOf({ ...mixed, 'intake-role': 'manager' }, 'openness-managers-talk');
    const asHr = helpOf({ ...mixed, 'intake-role': 'hr' }, 'openness-managers-talk');
    expect(asManager).not.toBe(asHr);
    expect(asManager).toMatch(/alle leidinggevenden|niet alleen/);
  });

  it('suggests a small employer that the director can own the theme', () => {
    expect(helpOf(small, 'embedding-owner')).toMatch(/directeur/);
    expect(helpOf(large, 'embedding-owner')).not.toMatch(/kleine organisatie/);
  });
});
