import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloneMiniDefinition, loadMiniQuestionnaire } from '../tests/fixtures/mini-questionnaire.ts';
import { createQuestionnaireJsonSchema } from './json-schema.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import { listQuestions, listThemes } from './questions.ts';

const definitionsDir = new URL('./definitions/', import.meta.url);
const definitionFiles = readdirSync(definitionsDir).filter((name) => name.endsWith('.json'));

describe('the shipped definitions', () => {
  it('include at least one definition file', () => {
    expect(definitionFiles.length).toBeGreaterThan(0);
  });

  it.each(definitionFiles)('%s parses without issues', (name) => {
    const parsed = parseQuestionnaire(JSON.parse(readFileSync(new URL(name, definitionsDir), 'utf8')));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it.each(definitionFiles)('%s has the intake and the five themes with 35 to 48 scored questions', (name) => {
    const parsed = parseQuestionnaire(JSON.parse(readFileSync(new URL(name, definitionsDir), 'utf8')));
    if (!parsed.ok) throw new Error(parsed.issues.join('\n'));
    const questionnaire = parsed.value;
    expect(questionnaire.sections.map((s) => s.id)).toEqual([
      'intake',
      'openness',
      'legal-leave',
      'flexible-work',
      'tailored',
      'embedding',
    ]);
    const count = listQuestions(questionnaire).filter(({ question }) => question.type === 'scale').length;
    expect(count).toBeGreaterThanOrEqual(35);
    expect(count).toBeLessThanOrEqual(48);
    for (const theme of listThemes(questionnaire)) expect(theme.questions.length).toBeGreaterThanOrEqual(5);
  });

  it('is described by the committed JSON Schema, which is up to date (run `npm run schema` if not)', () => {
    const committed = readFileSync(new URL('./questionnaire.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(createQuestionnaireJsonSchema());
  });
});

type Definition = ReturnType<typeof cloneMiniDefinition>;
type Mutable = Record<string, unknown> & { questions: Record<string, unknown>[] };
const section = (definition: Definition, index: number) => definition.sections[index] as unknown as Mutable;

/** Each case breaks a valid definition in one way; the parser must name the place and the problem. */
const brokenDefinitions: { name: string; breakIt: (d: Definition) => void; path: string; message: RegExp }[] =
  [
    {
      name: 'a duplicate question id',
      breakIt: (d) => {
        section(d, 2).questions[0]!.id = 'o1';
      },
      path: 'sections[2].questions[0].id',
      message: /duplicate question id "o1"/,
    },
    {
      name: 'a condition on a question that does not exist',
      breakIt: (d) => {
        section(d, 4).questions[0]!.showIf = { question: 'intake-sector', anyOf: ['care'] };
      },
      path: 'sections[4].questions[0].showIf.question',
      message: /unknown question "intake-sector"/,
    },
    {
      name: 'a condition on an option that does not exist',
      breakIt: (d) => {
        section(d, 3).questions[1]!.showIf = { question: 'intake-roster', noneOf: ['never'] };
      },
      path: 'sections[3].questions[1].showIf.noneOf[0]',
      message: /has no option "never"/,
    },
    {
      name: 'a condition on a scored question',
      breakIt: (d) => {
        section(d, 4).questions[0]!.showIf = { question: 'o1', anyOf: ['no'] };
      },
      path: 'sections[4].questions[0].showIf.question',
      message: /may only refer to an intake question/,
    },
    {
      name: 'conditions that form a cycle',
      breakIt: (d) => {
        section(d, 0).questions[0]!.showIf = { question: 'intake-roster', anyOf: ['some'] };
        section(d, 0).questions[1]!.showIf = { question: 'intake-size', anyOf: ['10-or-more'] };
      },
      path: 'sections[0].questions[0].showIf',
      message: /cycle: intake-size → intake-roster → intake-size/,
    },
    {
      name: 'an unknown key (a typo)',
      breakIt: (d) => {
        section(d, 1).questions[0]!.wieght = 2;
      },
      path: 'sections[1].questions[0]',
      message: /Unrecognized key.*wieght/,
    },
    {
      name: 'a tip that does not exist',
      breakIt: (d) => {
        section(d, 5).questions[0]!.tips = ['tip-missing'];
      },
      path: 'sections[5].questions[0].tips[0]',
      message: /unknown tip "tip-missing"/,
    },
    {
      name: 'a must-have on an option that does not exist',
      breakIt: (d) => {
        section(d, 1).questions[0]!.mustHaves = [
          { level: 'ready', atLeast: 'perfect', reason: { nl: 'x', en: 'x' } },
        ];
      },
      path: 'sections[1].questions[0].mustHaves[0].atLeast',
      message: /no option "perfect"/,
    },
    {
      name: 'a must-have on a question that offers "niet van toepassing"',
      breakIt: (d) => {
        section(d, 1).questions[1]!.mustHaves = [
          { level: 'ready', atLeast: 'partly', reason: { nl: 'x', en: 'x' } },
        ];
      },
      path: 'sections[1].questions[1].options',
      message: /cannot offer "niet van toepassing"/,
    },
    {
      name: 'a reference to a scale that does not exist',
      breakIt: (d) => {
        section(d, 4).questions[0]!.options = 'frequency';
      },
      path: 'sections[4].questions[0].options',
      message: /unknown scale "frequency"/,
    },
    {
      name: 'a scale without "weet niet"',
      breakIt: (d) => {
        d.scales.policy = d.scales.policy.filter((o) => o.id !== 'unknown');
      },
      path: 'scales.policy',
      message: /exactly one "weet niet"/,
    },
    {
      name: 'a theme that is missing',
      breakIt: (d) => {
        d.sections.splice(5, 1);
      },
      path: 'sections',
      message: /theme "embedding" is missing/,
    },
    {
      name: 'a theme where every question can drop out',
      breakIt: (d) => {
        section(d, 5).questions[0]!.showIf = { question: 'intake-roster', anyOf: ['some'] };
      },
      path: 'sections[5].questions',
      message: /needs at least one question that is always shown/,
    },
    {
      name: 'an empty English text',
      breakIt: (d) => {
        section(d, 2).questions[0]!.text = { nl: 'Vraag?', en: '  ' };
      },
      path: 'sections[2].questions[0].text.en',
      message: /English text is empty/,
    },
    {
      name: 'levels in the wrong order',
      breakIt: (d) => {
        d.levels.reverse();
      },
      path: 'levels[0].id',
      message: /expected level "start"/,
    },
    {
      name: 'a duplicate option id in an intake question',
      breakIt: (d) => {
        const roster = section(d, 0).questions[1] as { options: { id: string }[] };
        roster.options[1]!.id = 'none';
      },
      path: 'sections[0].questions[1].options[1].id',
      message: /duplicate option id "none"/,
    },
    {
      name: 'a duplicate option id in a scored question',
      breakIt: (d) => {
        section(d, 4).questions[0]!.options = [
          { id: 'no', label: { nl: 'Nee', en: 'No' }, points: 0 },
          { id: 'no', label: { nl: 'Ja', en: 'Yes' }, points: 1, inPlace: true },
          { id: 'unknown', label: { nl: 'Weet niet', en: "Don't know" }, kind: 'unknown' },
        ];
      },
      path: 'sections[4].questions[0].options[1].id',
      message: /duplicate option id "no"/,
    },
    {
      name: 'a duplicate band id',
      breakIt: (d) => {
        d.bands[2]!.id = 'basic';
      },
      path: 'bands[2].id',
      message: /duplicate band id "basic"/,
    },
    {
      name: 'requirements on the level "start"',
      breakIt: (d) => {
        Object.assign(d.levels[0]!, { requires: { minOverall: 10 } });
      },
      path: 'levels[0].requires',
      message: /"start" has no requirements/,
    },
    {
      name: 'a best option that is not marked as in place',
      breakIt: (d) => {
        Object.assign(d.scales.policy[3]!, { inPlace: undefined });
      },
      path: 'scales.policy',
      message: /best option must be marked "inPlace"/,
    },
    {
      name: 'an option that scores more than an in-place option but is not in place',
      breakIt: (d) => {
        Object.assign(d.scales.policy[1]!, { inPlace: true });
        Object.assign(d.scales.policy[2]!, { inPlace: undefined });
      },
      path: 'scales.policy[2].inPlace',
      message: /"arranged" scores at least as much as an option that is in place/,
    },
    {
      name: 'a text variant that refers to a scored question',
      breakIt: (d) => {
        Object.assign(d.legal.deviation[0]!, { when: { question: 'o1', anyOf: ['no'] } });
      },
      path: 'legal.deviation[0].when.question',
      message: /may only refer to an intake question, not "o1"/,
    },
    {
      name: 'text variants whose last one has a condition (no fallback)',
      breakIt: (d) => {
        Object.assign(d.legal.deviation[1]!, { when: { question: 'intake-size', anyOf: ['10-or-more'] } });
      },
      path: 'legal.deviation[1].when',
      message: /the last variant is the fallback/,
    },
    {
      name: 'a text variant without a condition before the last one',
      breakIt: (d) => {
        d.legal.deviation.unshift({ nl: 'Altijd (nl)', en: 'Always' } as never);
      },
      path: 'legal.deviation[0]',
      message: /only the last variant may lack a "when"/,
    },
    {
      name: 'a calculator text without its {hours} placeholder',
      breakIt: (d) => {
        d.legal.calculator.shortTerm = { nl: 'Twee keer de uren.', en: 'Twice the hours.' };
      },
      path: 'legal.calculator.shortTerm.nl',
      message: /must contain the placeholder \{hours\}/,
    },
    {
      name: 'a legal scheme that no question checks',
      breakIt: (d) => {
        Object.assign(d.legal.schemes, {
          calamiteitenverlof: { name: { nl: 'x', en: 'x' }, rule: { nl: 'x', en: 'x' } },
        });
      },
      path: 'legal.schemes.calamiteitenverlof',
      message: /no question checks "calamiteitenverlof"/,
    },
    {
      name: 'a question about a legal scheme that has no texts',
      breakIt: (d) => {
        section(d, 2).questions[0]!.legalScheme = 'langdurend-zorgverlof';
      },
      path: 'sections[2].questions[0].legalScheme',
      message: /"langdurend-zorgverlof" has no texts in legal.schemes/,
    },
    {
      name: 'a route step with a question that does not exist',
      breakIt: (d) => {
        d.route[1]!.questions = ['e1', 'e9'];
      },
      path: 'route[1].questions[1]',
      message: /unknown question "e9"/,
    },
  ];

describe('parseQuestionnaire', () => {
  it('accepts the valid mini questionnaire', () => {
    expect(() => loadMiniQuestionnaire()).not.toThrow();
  });

  it.each(brokenDefinitions)('rejects $name, with the path in the message', ({ breakIt, path, message }) => {
    const definition = cloneMiniDefinition();
    breakIt(definition);
    const parsed = parseQuestionnaire(definition);
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    const matching = issues.filter((issue) => issue.startsWith(`at ${path}`) && message.test(issue));
    expect(matching, `issues were:\n${issues.join('\n')}`).toHaveLength(1);
  });

  it('reports a question that depends on itself once, not also as a cycle', () => {
    const definition = cloneMiniDefinition();
    section(definition, 0).questions[1]!.showIf = { question: 'intake-roster', anyOf: ['some'] };
    const parsed = parseQuestionnaire(definition);
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      'at sections[0].questions[1].showIf ("intake-roster"): a question cannot depend on itself',
    ]);
  });

  it('names the question an issue is in', () => {
    const definition = cloneMiniDefinition();
    section(definition, 5).questions[0]!.tips = ['tip-missing'];
    const parsed = parseQuestionnaire(definition);
    expect(parsed.ok ? [] : parsed.issues).toContain(
      'at sections[5].questions[0].tips[0] ("e1"): refers to unknown tip "tip-missing"',
    );
  });

  it('rejects data that is not a questionnaire at all, without throwing', () => {
    for (const data of [null, 42, 'text', [], { hello: 'world' }]) {
      const parsed = parseQuestionnaire(data);
      expect(parsed.ok).toBe(false);
      expect(parsed.ok ? [] : parsed.issues.length).toBeGreaterThan(0);
    }
  });
});
