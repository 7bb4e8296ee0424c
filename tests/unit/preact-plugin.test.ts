/**
 * The build's half of decision 0010 (build/preact-plugin.ts): the page gets Preact, the modules in KEEPS_REACT keep
 * React, and the build fails, naming the file, where the page would otherwise break in the browser only.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { preactOnThePage } from '../../build/preact-plugin.ts';

const root = process.cwd();
const inRepo = (file: string) => path.join(root, file);

type ResolveId = (
  this: unknown,
  source: string,
  importer: string | undefined,
  options: object,
) => Promise<unknown>;
type BuildEnd = (this: unknown, error?: Error) => void;

interface FakeModule {
  importers: string[];
  dynamicImporters: string[];
}

/** The plugin's hooks, called with as much of Rollup's plugin context as they use. */
function hooksWith(modules: Record<string, FakeModule> = {}) {
  const plugin: Plugin = preactOnThePage();
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
    async resolve(source: string) {
      return { id: `resolved:${source}` };
    },
    getModuleIds: () => Object.keys(modules).values(),
    getModuleInfo: (id: string) => modules[id] ?? null,
  };
  return {
    resolveId: (source: string, importer: string | undefined) =>
      (plugin.resolveId as ResolveId).call(context, source, importer, {}),
    buildEnd: () => (plugin.buildEnd as BuildEnd).call(context),
  };
}

describe('preactOnThePage resolves React', () => {
  it.each([
    ['react', 'preact/compat'],
    ['react-dom', 'preact/compat'],
    ['react-dom/client', 'preact/compat/client'],
    ['react/jsx-runtime', 'preact/compat/jsx-runtime'],
  ])('gives a page module %s as %s', async (source, target) => {
    expect(await hooksWith().resolveId(source, inRepo('src/app.tsx'))).toEqual({ id: `resolved:${target}` });
  });

  it.each([
    'templates/pdf/report-document.tsx',
    'src/pdf/render-pdf.tsx',
    'node_modules/@react-pdf/renderer/lib/react-pdf.js',
    'node_modules/react-reconciler/cjs/react-reconciler.production.js',
  ])('leaves React to %s, which keeps it', async (file) => {
    expect(await hooksWith().resolveId('react', inRepo(file))).toBeNull();
  });
});

describe('preactOnThePage fails the build', () => {
  it.each([
    ['src/pages/report-preview.tsx', '@react-pdf/renderer'],
    ['templates/report-model.ts', '@react-pdf/primitives'],
    ['src/charts/bar-chart.tsx', 'react-reconciler'],
  ])('when %s, which runs on Preact, imports %s', async (file, source) => {
    await expect(hooksWith().resolveId(source, inRepo(file))).rejects.toThrow(
      `${file} imports ${source}, which needs React itself`,
    );
  });

  it.each([
    ['src/pdf/render-pdf.tsx', '@react-pdf/renderer'],
    ['templates/pdf/report-document.tsx', '@react-pdf/renderer'],
    ['node_modules/@react-pdf/renderer/lib/react-pdf.js', 'react-reconciler'],
  ])('not when %s, which keeps React, imports %s', async (file, source) => {
    expect(await hooksWith().resolveId(source, inRepo(file))).toBeNull();
  });

  it('when a page module imports a module that keeps React statically', () => {
    const { buildEnd } = hooksWith({
      [inRepo('src/pages/results-page.tsx')]: { importers: [], dynamicImporters: [] },
      [inRepo('templates/pdf/cover-page.tsx')]: {
        importers: [inRepo('templates/pdf/report-document.tsx'), inRepo('src/pages/results-page.tsx')],
        dynamicImporters: [],
      },
    });
    expect(buildEnd).toThrow(
      'src/pages/results-page.tsx imports templates/pdf/cover-page.tsx statically, but templates/pdf/cover-page.tsx keeps React',
    );
  });

  it('not when the page loads it with a dynamic import, nor for assets of that folder', () => {
    const { buildEnd } = hooksWith({
      [inRepo('src/pdf/render-pdf.tsx')]: {
        importers: [],
        dynamicImporters: [inRepo('src/pdf/pdf-client.ts')],
      },
      [inRepo('templates/pdf/report-document.tsx')]: {
        importers: [inRepo('src/pdf/render-pdf.tsx')],
        dynamicImporters: [],
      },
      [`${inRepo('templates/pdf/font-files/DejaVuSans-subset.ttf')}?url`]: {
        importers: [inRepo('src/pdf/report-fonts.ts')],
        dynamicImporters: [],
      },
    });
    expect(buildEnd).not.toThrow();
  });
});

describe('preactOnThePage in a real Vite build', () => {
  const directories: string[] = [];
  afterAll(async () => {
    await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
  });

  /** Builds the files (path -> code) with the plugin alone, from src/main.ts; resolves to the error, if any. */
  async function buildFiles(files: Record<string, string>): Promise<Error | undefined> {
    const directory = await mkdtemp(path.join(tmpdir(), 'preact-plugin-'));
    directories.push(directory);
    for (const [file, code] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(directory, file)), { recursive: true });
      await writeFile(path.join(directory, file), code);
    }
    try {
      await build({
        configFile: false,
        root: directory,
        logLevel: 'silent',
        plugins: [preactOnThePage()],
        build: { write: false, rolldownOptions: { input: path.join(directory, 'src/main.ts') } },
      });
      return undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  it('fails naming the page module that imports react-pdf', async () => {
    const error = await buildFiles({
      'src/main.ts': "import { pdf } from '@react-pdf/renderer';\nconsole.log(pdf);\n",
    });
    expect(error?.message).toContain('src/main.ts imports @react-pdf/renderer, which needs React itself');
  });

  it('fails naming the page module that imports a PDF module statically', async () => {
    const error = await buildFiles({
      'src/main.ts': "import { title } from '../templates/pdf/title.ts';\nconsole.log(title);\n",
      'templates/pdf/title.ts': "export const title = 'Rapport';\n",
    });
    expect(error?.message).toContain('src/main.ts imports templates/pdf/title.ts statically');
  });

  it('builds a page that loads the PDF module with a dynamic import', async () => {
    const error = await buildFiles({
      'src/main.ts': "void import('../templates/pdf/title.ts').then(({ title }) => console.log(title));\n",
      'templates/pdf/title.ts': "export const title = 'Rapport';\n",
    });
    expect(error).toBeUndefined();
  });
});
