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

  it.each(definitionFiles)('%s has the intake and the five themes with 35 to 45 questions', (name) => {
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
    const count = listQuestions(questionnaire).length;
    expect(count).toBeGreaterThanOrEqual(35);
    expect(count).toBeLessThanOrEqual(45);
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
