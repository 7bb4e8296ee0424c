// One lint config for the whole repository. The import boundaries keep the core framework-free:
// questionnaire <- scoring <- templates <- src (and cli), never the other way round.
import { createRequire } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { KEEPS_REACT, keepsReactGlobs, NEEDS_REACT, PREACT_FOR } from './build/keeps-react.js';

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

const noMarkup = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Render user and question text as text, never as markup.',
};

/**
 * Decision 0010: the built page runs on preact/compat, except the modules that keep React (build/keeps-react.js).
 * What React exports and preact/compat does not is undefined on the page, so it may not be imported there. The
 * list is computed here, from the installed packages, for every React module the build replaces: the run-time
 * export names of `react` (and `react-dom`, ...) that the matching preact/compat module lacks. For React 19.3 and
 * Preact 10.29 that is `use`, `useActionState`, `useOptimistic`, `useEffectEvent`, `cache`, `Activity`,
 * `ViewTransition`, `Profiler`, `act`, ... and from react-dom `preload`, `preinit`, `useFormStatus`,
 * `requestFormReset`, ... tests/unit/react-on-the-page.test.ts checks the list against the packages again.
 */
const requireInstalled = createRequire(import.meta.url);
/** @type {Record<string, string[]>} */
const reactOnlyExports = Object.fromEntries(
  Object.entries(PREACT_FOR).map(([react, preact]) => {
    const preactExports = new Set(Object.keys(requireInstalled(preact)));
    return [react, Object.keys(requireInstalled(react)).filter((name) => !preactExports.has(name))];
  }),
);
const onPreact = 'The page runs on preact/compat (decision 0010), which does not have this React API.';
const reactOnlyPaths = Object.entries(reactOnlyExports)
  .filter(([, names]) => names.length > 0)
  .map(([name, importNames]) => ({ name, importNames, message: onPreact }));
/** `React.use(...)` through a default or namespace import: the names the React modules are usually imported as. */
const reactOnlyMembers = [
  ['React', reactOnlyExports.react ?? []],
  ['ReactDOM', reactOnlyExports['react-dom'] ?? []],
]
  .filter(([, names]) => names.length > 0)
  .map(([object, names]) => ({
    selector: `MemberExpression[object.name='${object}'][property.name=/^(${names.join('|')})$/]`,
    message: onPreact,
  }));
/** React 19 features that are not an export, so no import to ban. */
const react19Syntax = [
  ...reactOnlyMembers,
  {
    // A context used as its own provider; preact/compat 10 renders only `<X.Provider value>`. Contexts are named
    // `...Context` here (src/scan/scan-context.tsx).
    selector: "JSXOpeningElement[name.type='JSXIdentifier'][name.name=/Context$/]",
    message: `${onPreact} Use <XContext.Provider value={...}>, not <XContext value={...}>.`,
  },
  {
    // React 19 passes `ref` to a function component as a prop; preact/compat 10 does not: use forwardRef, or pass
    // the ref under another name (as start-content.tsx does with `headingRef`).
    selector: ':function > ObjectPattern:first-child > Property[key.name="ref"]',
    message: `${onPreact} A function component does not get \`ref\` as a prop: use forwardRef or another prop name.`,
  },
  {
    selector: "JSXAttribute[name.name=/^(action|formAction)$/][value.type='JSXExpressionContainer']",
    message: `${onPreact} A form action is a URL on the page: handle the form in onSubmit.`,
  },
];
/** react-pdf and react-reconciler need React itself: only the modules that keep React may import them. */
const needsReactPatterns = NEEDS_REACT.map((name) => ({
  regex: name.endsWith('/') ? `^${name.replace('/', '\\/')}` : `^${name}(\\/.*)?$`,
  message: `This needs React itself, and the page runs on Preact (decision 0010): import it only in a module that keeps React (${KEEPS_REACT.join(', ')}; the list is build/keeps-react.js).`,
}));

/** Files the built page bundles and runs on Preact: src/ and templates/, less what keeps React, tests and Node-only files. */
const pageFiles = (name) => ({
  files: [`${name}/**/*.{ts,tsx}`],
  ignores: [...keepsReactGlobs(), '**/*.test.{ts,tsx}', '**/*.node.{ts,tsx}', 'src/test-setup.ts'],
});

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
      'no-restricted-syntax': ['error', noMarkup],
    },
  },
  ...Object.entries(boundaries).map(([name, patterns]) => ({
    files: [`${name}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  // One config object per folder of the page: a later object's options for a rule replace, not extend, the
  // earlier ones, so the folder's boundaries are repeated here with the rules of decision 0010.
  ...['src', 'templates'].map((name) => ({
    ...pageFiles(name),
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: reactOnlyPaths, patterns: [...boundaries[name], ...needsReactPatterns] },
      ],
      'no-restricted-syntax': ['error', noMarkup, ...react19Syntax],
    },
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
