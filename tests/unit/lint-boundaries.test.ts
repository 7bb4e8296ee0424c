/**
 * The import boundaries are enforced by lint; these tests prove the rules fire, so that a change to
 * the lint config cannot silently open the core to React, charts or the PDF stack.
 *
 * The boundary rules are syntactic, so their probes run on the real config without type information
 * (typescript-eslint's `disableTypeChecked`: no TypeScript program, type-aware rules off): a few
 * milliseconds a probe instead of a TypeScript project per probe. Only the probes of the type-aware
 * rules pay for a TypeScript program.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const syntactic = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const typeAware = new ESLint();

async function ruleIdsFor(filePath: string, code: string, eslint = syntactic): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it.each([
    [
      'scoring/probe.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      'no-restricted-imports',
    ],
    [
      'questionnaire/probe.ts',
      "import { PieChart } from 'recharts';\nexport const x = PieChart;\n",
      'no-restricted-imports',
    ],
    [
      'scoring/probe.ts',
      "import { pdf } from '@react-pdf/renderer';\nexport const x = pdf;\n",
      'no-restricted-imports',
    ],
    [
      'questionnaire/probe.ts',
      "import { useForm } from 'react-hook-form';\nexport const x = useForm;\n",
      'no-restricted-imports',
    ],
    [
      'scoring/probe.ts',
      "import { App } from '../src/app.tsx';\nexport const x = App;\n",
      'no-restricted-imports',
    ],
    [
      'questionnaire/probe.ts',
      "import { scoreQuestionnaire } from '../scoring/score-questionnaire.ts';\nexport const x = scoreQuestionnaire;\n",
      'no-restricted-imports',
    ],
    [
      'scoring/probe.ts',
      "import { describeBlocker } from '../templates/describe-blocker.ts';\nexport const x = describeBlocker;\n",
      'no-restricted-imports',
    ],
    [
      'templates/probe.ts',
      "import { App } from '../src/app.tsx';\nexport const x = App;\n",
      'no-restricted-imports',
    ],
    ['scoring/probe.ts', 'export const x = Math.random();\n', 'no-restricted-properties'],
    [
      'templates/probe.ts',
      "export const x = JSON.parse('1') as number;\n",
      '@typescript-eslint/consistent-type-assertions',
    ],
    [
      'questionnaire/probe.ts',
      'export function parse<T>(value: unknown): T {\n  return value as T;\n}\n',
      '@typescript-eslint/consistent-type-assertions',
    ],
    [
      'src/probe.tsx',
      "export const X = () => <div dangerouslySetInnerHTML={{ __html: '' }} />;\n",
      'no-restricted-syntax',
    ],
    ['src/probe.tsx', "import { z } from 'zod';\nexport const x = z.string();\n", 'no-restricted-imports'],
  ])('in %s, rejects %j by the rule %s', async (filePath, code, ruleId) => {
    expect(await ruleIdsFor(filePath, code)).toContain(ruleId);
  });

  it.each([
    [
      'src/probe.tsx',
      'async function save() {}\nexport function onClick() {\n  save();\n}\n',
      '@typescript-eslint/no-floating-promises',
    ],
    [
      'templates/probe.ts',
      "export function f(kind: 'a' | 'b'): number {\n  switch (kind) {\n    case 'a':\n      return 1;\n  }\n  return 0;\n}\n",
      '@typescript-eslint/switch-exhaustiveness-check',
    ],
  ])('in %s, rejects %j by the type-aware rule %s', async (filePath, code, ruleId) => {
    expect(await ruleIdsFor(filePath, code, typeAware)).toContain(ruleId);
  });

  it('lints the probes without type information only where the rules need none', async () => {
    // The same floating promise: found with types, not found (and no parser error) without.
    const code = 'async function save() {}\nexport function onClick() {\n  save();\n}\n';
    expect(await ruleIdsFor('src/probe.tsx', code)).toEqual([]);
  });

  it('allows zod/mini in the web app', async () => {
    const code = "import * as z from 'zod/mini';\nexport const x = z.string();\n";
    expect(await ruleIdsFor('src/probe.tsx', code)).toEqual([]);
  });

  it('allows `as const` in the core', async () => {
    expect(await ruleIdsFor('scoring/probe.ts', "export const levels = ['a', 'b'] as const;\n")).toEqual([]);
  });

  it('allows the one-way flow: scoring imports the questionnaire', async () => {
    const code =
      "import { listQuestions } from '../questionnaire/questions.ts';\nexport const x = listQuestions;\n";
    expect(await ruleIdsFor('scoring/probe.ts', code)).toEqual([]);
  });
});
