/**
 * Decision 0010: the built page runs on preact/compat, and the modules in KEEPS_REACT (build/keeps-react.js) keep
 * React. These tests prove, through the real lint config, that page code (src/ and templates/ outside what keeps
 * React) cannot use what preact/compat lacks, nor import react-pdf or react-reconciler. The rules are syntactic:
 * the probes run without type information.
 */
import { createRequire } from 'node:module';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { keepsReactGlobs, PREACT_FOR } from '../../build/keeps-react.js';

const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });
const requireInstalled = createRequire(import.meta.url);

async function messagesFor(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result?.messages ?? [];
}

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  return (await messagesFor(filePath, code)).map((m) => m.ruleId ?? m.message);
}

/** What a React module exports at run time and the preact/compat module the build gives the page for it lacks. */
function reactOnlyExports(react: string, preact: string): string[] {
  const preactExports = new Set(Object.keys(requireInstalled(preact) as object));
  return Object.keys(requireInstalled(react) as object).filter((name) => !preactExports.has(name));
}

interface RestrictedPath {
  name: string;
  importNames?: string[];
}

/** The names the real lint config bans from one React module in one file. */
async function bannedImportNames(filePath: string, moduleName: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(filePath)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  const options = (Array.isArray(rule) ? rule[1] : undefined) as { paths?: RestrictedPath[] } | undefined;
  return (options?.paths ?? [])
    .filter((path) => path.name === moduleName)
    .flatMap((path) => path.importNames ?? []);
}

describe('what React has and preact/compat lacks', () => {
  const modules = Object.entries(PREACT_FOR);

  it('is what the decision names: React 19 hooks, actions and resource hints', () => {
    expect(reactOnlyExports('react', PREACT_FOR.react ?? '')).toEqual(
      expect.arrayContaining(['use', 'useActionState', 'useOptimistic', 'useEffectEvent']),
    );
    expect(reactOnlyExports('react-dom', PREACT_FOR['react-dom'] ?? '')).toEqual(
      expect.arrayContaining(['useFormStatus', 'preload', 'preinit']),
    );
  });

  it.each(modules)('is banned from %s in every page file the lint config knows', async (react, preact) => {
    const missing = reactOnlyExports(react, preact);
    for (const filePath of ['src/probe.tsx', 'src/pages/probe.ts', 'templates/probe.ts']) {
      expect(await bannedImportNames(filePath, react)).toEqual(expect.arrayContaining(missing));
    }
  });

  it.each(modules)('fails the lint of a page file for each name imported from %s', async (react, preact) => {
    const missing = reactOnlyExports(react, preact);
    if (missing.length === 0) return;
    const code = `import { ${missing.join(', ')} } from '${react}';\nexport const x = [${missing.join(', ')}];\n`;
    const restricted = (await ruleIdsFor('src/probe.tsx', code)).filter(
      (id) => id === 'no-restricted-imports',
    );
    expect(restricted).toHaveLength(missing.length);
  });

  it('allows what preact/compat has', async () => {
    const code =
      "import { createPortal, flushSync } from 'react-dom';\nimport { forwardRef, memo, useId, useSyncExternalStore } from 'react';\n" +
      'export const x = [createPortal, flushSync, forwardRef, memo, useId, useSyncExternalStore];\n';
    expect(await ruleIdsFor('src/probe.tsx', code)).toEqual([]);
  });

  it('allows them where React is real: the PDF components and the unit tests', async () => {
    const code = "import { use, act } from 'react';\nexport const x = [use, act];\n";
    expect(await ruleIdsFor('templates/pdf/probe.tsx', code)).toEqual([]);
    expect(await ruleIdsFor('src/probe.test.tsx', code)).toEqual([]);
  });
});

describe('React 19 syntax on the page', () => {
  it.each([
    [
      'a context as its own provider',
      "import { createContext } from 'react';\nconst ThemeContext = createContext(0);\nexport const X = () => <ThemeContext value={1}><p /></ThemeContext>;\n",
      'Provider',
    ],
    [
      'ref as a prop of a function component',
      "import type { Ref } from 'react';\nexport function Field({ ref, label }: { ref?: Ref<HTMLInputElement>; label: string }) {\n  return <input ref={ref} aria-label={label} />;\n}\n",
      'forwardRef',
    ],
    [
      'ref as a prop of an arrow function component',
      "import type { Ref } from 'react';\nexport const Field = ({ ref }: { ref?: Ref<HTMLInputElement> }) => <input ref={ref} />;\n",
      'forwardRef',
    ],
    [
      'a form action',
      'async function save(data: FormData) {\n  return data;\n}\nexport const X = () => <form action={save}><button /></form>;\n',
      'onSubmit',
    ],
    [
      'a button form action',
      'function save() {}\nexport const X = () => <form><button formAction={save} /></form>;\n',
      'onSubmit',
    ],
    [
      'React.use through a default import',
      "import React from 'react';\nconst Ctx = React.createContext(0);\nexport function useTheme() {\n  return React.use(Ctx);\n}\n",
      'preact/compat',
    ],
    [
      'ReactDOM.preload through a default import',
      "import ReactDOM from 'react-dom';\nexport function warm() {\n  ReactDOM.preload('/font.ttf', { as: 'font' });\n}\n",
      'preact/compat',
    ],
  ])('rejects %s', async (_name, code, hint) => {
    const messages = await messagesFor('src/probe.tsx', code);
    const restricted = messages.filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(restricted.map((m) => m.message).join('\n')).toContain(hint);
  });

  it.each([
    [
      'a context provider',
      "import { createContext } from 'react';\nconst ThemeContext = createContext(0);\nexport const X = () => <ThemeContext.Provider value={1}><p /></ThemeContext.Provider>;\n",
    ],
    [
      'forwardRef',
      "import { forwardRef } from 'react';\nexport const Field = forwardRef<HTMLInputElement, { label: string }>(function Field({ label }, ref) {\n  return <input ref={ref} aria-label={label} />;\n});\n",
    ],
    [
      'a form posted to a URL',
      'export const X = () => <form action="/send" method="post"><button /></form>;\n',
    ],
    [
      "React's hooks through a default import",
      "import React from 'react';\nexport const useX = () => React.useState(0);\n",
    ],
  ])('allows %s', async (_name, code) => {
    expect(await ruleIdsFor('src/probe.tsx', code)).toEqual([]);
  });

  it('rejects a namespace import of React in page files: ESLint cannot see which names it uses', async () => {
    const code = "import * as React from 'react';\nexport const useX = () => React.useState(0);\n";
    expect(await ruleIdsFor('src/probe.tsx', code)).toContain('no-restricted-imports');
  });

  it('still rejects markup in page files (the rule is extended there, not replaced)', async () => {
    const code = "export const X = () => <div dangerouslySetInnerHTML={{ __html: '' }} />;\n";
    const messages = await messagesFor('src/probe.tsx', code);
    expect(messages.map((m) => m.message).join('\n')).toContain('never as markup');
  });
});

describe('react-pdf and react-reconciler only where React is kept', () => {
  it.each([
    ['src/probe.tsx', '@react-pdf/renderer'],
    ['src/pdf/probe.ts', '@react-pdf/renderer'],
    ['src/probe.tsx', '@react-pdf/layout'],
    ['templates/probe.ts', '@react-pdf/renderer'],
    ['src/probe.tsx', 'react-reconciler'],
    ['src/probe.tsx', 'react-reconciler/constants'],
  ])('in %s, rejects an import of %s', async (filePath, source) => {
    const code = `import * as pdf from '${source}';\nexport const x = pdf;\n`;
    const messages = await messagesFor(filePath, code);
    expect(messages.map((m) => `${m.ruleId}: ${m.message}`).join('\n')).toMatch(
      /no-restricted-imports: .*KEEPS_REACT|no-restricted-imports: .*build\/keeps-react\.js/,
    );
  });

  it.each(keepsReactGlobs().map((glob) => [glob.replace('**', 'probe.tsx')]))(
    'allows react-pdf in %s, which keeps React (from the list the build uses)',
    async (filePath) => {
      const code = "import { pdf } from '@react-pdf/renderer';\nexport const x = pdf;\n";
      expect(await ruleIdsFor(filePath, code)).toEqual([]);
    },
  );

  it('still keeps the boundaries of src/ there (the rule is extended, not replaced)', async () => {
    const code = "import { run } from '../cli/run-cli.ts';\nexport const x = run;\n";
    expect(await ruleIdsFor('src/probe.tsx', code)).toContain('no-restricted-imports');
  });
});
