import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDefaults, defineConfig, type TestProjectConfiguration } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { shippedQuestionnaire } from './build/shipped-questionnaire-plugin.ts';

const root = new URL('.', import.meta.url).pathname;
const nodeFolders = ['questionnaire', 'scoring', 'templates', 'cli', 'tests/unit', 'bench'];

/**
 * The node tests that replace a module or a global (`vi.mock`, `vi.stubGlobal`, …): they run in a fresh module
 * registry of their own, so what they replace never reaches another file. Found by reading the files, so a new one
 * cannot be forgotten.
 */
const replacesModules = nodeFolders.flatMap((folder) =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.test\.tsx?$/.test(name))
    .map((name) => `${folder}/${name}`)
    .filter((path) =>
      /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(join(root, path), 'utf8')),
    ),
);

const isolatedNodeProject: TestProjectConfiguration = {
  extends: true,
  test: { name: 'node-isolated', environment: 'node', include: replacesModules, testTimeout: 30_000 },
};

// Two environments: the core, CLI and report in Node; React components in jsdom.
export default defineConfig({
  plugins: [react(), shippedQuestionnaire()],
  // The service worker's registration is a virtual module of the PWA plugin, which runs only in builds.
  resolve: {
    alias: {
      'virtual:pwa-register': new URL('./tests/fixtures/pwa-register.ts', import.meta.url).pathname,
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: nodeFolders.map((folder) => `${folder}/**/*.test.{ts,tsx}`),
          exclude: [...configDefaults.exclude, ...replacesModules],
          // The node files share their worker's modules instead of loading the core, the report and
          // @react-pdf again for every file: node project 172 s -> 116 s wall, 226 -> 158 CPU seconds (README,
          // "How long the tests take"). A file that replaces a module runs isolated, below.
          isolate: false,
          testTimeout: 30_000,
        },
      },
      // Only when there is such a file: a project without `include` would take vitest's default, every test.
      ...(replacesModules.length === 0 ? [] : [isolatedNodeProject]),
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test-setup.ts'],
        },
      },
    ],
  },
});
