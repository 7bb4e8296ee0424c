// One lint config for the whole repository. The import boundaries keep the core framework-free:
// questionnaire <- scoring <- templates <- src (and cli), never the other way round.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = [
  'react',
  'react-dom',
  'recharts',
  '@react-pdf/renderer',
  'react-hook-form',
  '@hookform/resolvers',
];
const uiPatterns = uiLibraries.map((name) => ({
  regex: `^${name.replace('/', '\\/')}(\\/.*)?$`,
  message: 'The core (questionnaire/, scoring/) is framework-free: no React, charts, PDF or form libraries.',
}));

/** A restriction on importing one of the project's folders, matched on the import path. */
const folder = (name, message) => ({ regex: `(^|\\/)${name}\\/`, message });

/** What each folder may not import: imports flow questionnaire <- scoring <- templates <- src and cli. */
const boundaries = {
  questionnaire: [
    ...uiPatterns,
    ...['scoring', 'templates', 'src', 'cli'].map((name) =>
      folder(name, 'questionnaire/ is the bottom layer: it imports nothing of the project.'),
    ),
  ],
  scoring: [
    ...uiPatterns,
    ...['templates', 'src', 'cli'].map((name) => folder(name, 'scoring/ may import questionnaire/ only.')),
  ],
  templates: ['src', 'cli'].map((name) =>
    folder(name, 'templates/ may import questionnaire/ and scoring/ only.'),
  ),
  src: [
    folder('cli', 'The web app does not import the command line tool.'),
    {
      regex: '^zod(\\/v4)?(\\/classic)?$',
      message:
        'The web app validates with zod/mini (about 20 kB gzip less before the first question); classic zod is for the build and the CLI.',
    },
  ],
  cli: [folder('src', 'The command line tool uses the core, not the React app.')],
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      // Type-aware rules: every .ts/.tsx file belongs to tsconfig.app.json or tsconfig.node.json.
      parserOptions: {
        // The probe files are the lint-boundary tests' own, linted as text without a file on disk.
        projectService: { allowDefaultProject: ['*/probe.ts', '*/probe.tsx'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // A promise that nobody awaits hides its failure; mark a deliberate fire-and-forget with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      // A switch over a union (question types, blocker kinds, statuses) must handle every member.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user and question text as text, never as markup.',
        },
      ],
    },
  },
  ...Object.entries(boundaries).map(([name, patterns]) => ({
    files: [`${name}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    // The core parses what it loads instead of asserting types: no `as` casts (`as const` is fine).
    files: ['questionnaire/**/*.{ts,tsx}', 'scoring/**/*.{ts,tsx}', 'templates/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }] },
  },
  {
    files: ['questionnaire/**/*.ts', 'scoring/**/*.ts'],
    rules: {
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
