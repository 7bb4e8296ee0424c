// What the built page gets instead of React, and which modules keep React (decision 0010). Plain JavaScript, so
// that both the build (build/preact-plugin.ts) and the lint config (eslint.config.js, loaded by Node without a
// TypeScript loader) read the same lists. Types: keeps-react.d.ts.

/** The React modules the page imports, and the Preact module the build gives it for each. */
export const PREACT_FOR = Object.freeze({
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
});

/**
 * Modules that keep React: react-pdf's renderer and everything that renders with it. A path ending in `/` is a
 * folder (matched anywhere in a module's path, so also in a nested node_modules), otherwise one file. The lint
 * config turns these into globs; the build matches module ids against them.
 */
export const KEEPS_REACT = Object.freeze([
  'node_modules/@react-pdf/',
  'node_modules/react-reconciler/',
  'templates/pdf/',
  'src/pdf/render-pdf.tsx',
]);

/** Packages that need React itself: only modules that keep React may import them. */
export const NEEDS_REACT = Object.freeze(['@react-pdf/', 'react-reconciler']);

/** Whether a module (a bundler id or a file path, with or without a query) keeps React. */
export function keepsReact(id) {
  const path = `/${id.split('?')[0].replaceAll('\\', '/')}`;
  return KEEPS_REACT.some((entry) =>
    entry.endsWith('/') ? path.includes(`/${entry}`) : path.endsWith(`/${entry}`),
  );
}

/** Whether an import specifier names a package that needs React itself (react-pdf, react-reconciler). */
export function needsReact(source) {
  return NEEDS_REACT.some((name) =>
    name.endsWith('/') ? source.startsWith(name) : source === name || source.startsWith(`${name}/`),
  );
}

/** KEEPS_REACT as lint globs for files of this repository (node_modules is not linted). */
export function keepsReactGlobs() {
  return KEEPS_REACT.filter((entry) => !entry.startsWith('node_modules/')).map((entry) =>
    entry.endsWith('/') ? `${entry}**` : entry,
  );
}
