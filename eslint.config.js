// One lint config for the whole repository. The import boundaries keep the core framework-free:
// questionnaire <- scoring <- templates <- src (and cli), never the other way round.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const uiLibraries = [
  'react',
  'react-dom',
  'recharts',
  '@react-pdf/renderer',
  'react-hook-form',
  '@hookform/resolvers',
];
const bannedInCore = uiLibraries.flatMap((name) => [name, `${name}/*`]);

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user and question text as text, never as markup.',
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './questionnaire',
              from: ['./scoring', './templates', './src', './cli'],
              message: 'questionnaire/ is the bottom layer: it imports nothing of the project.',
            },
            {
              target: './scoring',
              from: ['./templates', './src', './cli'],
              message: 'scoring/ may import questionnaire/ only.',
            },
            {
              target: './templates',
              from: ['./src', './cli'],
              message: 'templates/ may import questionnaire/ and scoring/ only.',
            },
            {
              target: './src',
              from: ['./cli'],
              message: 'The web app does not import the command line tool.',
            },
            {
              target: './cli',
              from: ['./src'],
              message: 'The command line tool uses the core, not the React app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['questionnaire/**/*.ts', 'scoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: bannedInCore,
              message:
                'The core (questionnaire/, scoring/) is framework-free: no React, charts, PDF or form libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'The core runs in Node too: no DOM.' },
        { name: 'document', message: 'The core runs in Node too: no DOM.' },
        { name: 'localStorage', message: 'Storage belongs in src/.' },
      ],
    },
  },
  {
    files: ['scoring/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Scoring is deterministic: no randomness.' },
        { object: 'Date', property: 'now', message: 'Scoring is pure: no clock.' },
      ],
    },
  },
  {
    files: ['cli/**/*.ts', 'tests/**/*.ts', '*.config.{ts,js}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
