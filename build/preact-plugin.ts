/**
 * Vite plugin: the built page runs on Preact (through `preact/compat`) instead of React DOM (decision 0010).
 * React DOM is about 60 kB gzip and, on a phone, takes longer to compile than the whole app takes to render its
 * first question; Preact does the same job for the page in about 5 kB. The PDF code keeps React: react-pdf has
 * its own React renderer (react-reconciler), which needs React itself. So imports of React from the PDF code
 * (react-pdf, the report's PDF components, the main-thread PDF fallback) are left alone; the PDF worker is built
 * apart (`worker.plugins`), without this plugin, and keeps React as a whole.
 *
 * Builds only: the dev server and the unit tests run on React, and the end-to-end tests run on this build.
 */
import type { Plugin } from 'vite';

const PREACT_FOR: Readonly<Record<string, string>> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

/** Modules that keep React: react-pdf's renderer and everything that renders with it. */
const KEEPS_REACT = [
  /[\\/]node_modules[\\/]@react-pdf[\\/]/,
  /[\\/]node_modules[\\/]react-reconciler[\\/]/,
  /[\\/]templates[\\/]pdf[\\/]/,
  /[\\/]src[\\/]pdf[\\/]render-pdf\.tsx$/,
];

export function keepsReact(importer: string): boolean {
  return KEEPS_REACT.some((pattern) => pattern.test(importer));
}

export function preactOnThePage(): Plugin {
  return {
    name: 'preact-on-the-page',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const target = PREACT_FOR[source];
      if (!target || !importer || keepsReact(importer)) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}
