/**
 * Vite plugin: the built page runs on Preact (through `preact/compat`) instead of React DOM (decision 0010).
 * React DOM is about 60 kB gzip and, on a phone, takes longer to compile than the whole app takes to render its
 * first question; Preact does the same job for the page in about 5 kB. The PDF code keeps React: react-pdf has
 * its own React renderer (react-reconciler), which needs React itself. So imports of React from the PDF code
 * (react-pdf, the report's PDF components, the main-thread PDF fallback) are left alone; the PDF worker is built
 * apart (`worker.plugins`), without this plugin, and keeps React as a whole.
 *
 * The lists (which modules keep React) are in build/keeps-react.js, shared with the lint config. The build fails,
 * naming the file, when the page would break in the browser only:
 * - a module that does not keep React imports react-pdf or react-reconciler (it would be given Preact);
 * - a page module imports a module that keeps React statically (it would pull React into the page, and a PDF
 *   component rendered by Preact fails). A dynamic import, like the main-thread PDF fallback's, is allowed.
 *
 * Builds only: the dev server and the unit tests run on React, and the end-to-end tests run on this build.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { keepsReact, needsReact, PREACT_FOR } from './keeps-react.js';

export { keepsReact };

/** A module of the project's own code, not a dependency, a virtual module or an asset (`?url`, fonts). */
function isOwnScript(id: string): boolean {
  return (
    !id.startsWith('\0') &&
    !id.includes('?') &&
    !/[\\/]node_modules[\\/]/.test(id) &&
    /\.[cm]?[jt]sx?$/.test(id)
  );
}

export function preactOnThePage(): Plugin {
  let root = process.cwd();
  const shortName = (id: string) => path.relative(root, id).replaceAll('\\', '/');
  return {
    name: 'preact-on-the-page',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async resolveId(source, importer, options) {
      if (!importer || keepsReact(importer)) return null;
      if (needsReact(source)) {
        this.error(
          `${shortName(importer)} imports ${source}, which needs React itself, but the page runs on Preact ` +
            '(decision 0010). Import it only from a module that keeps React (KEEPS_REACT in build/keeps-react.js), ' +
            'loaded from the page with a dynamic import(), or add this module to that list.',
        );
      }
      const target = PREACT_FOR[source];
      if (!target) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
    buildEnd(error) {
      if (error) return;
      for (const id of this.getModuleIds()) {
        if (!isOwnScript(id) || !keepsReact(id)) continue;
        const importer = this.getModuleInfo(id)?.importers.find((candidate) => !keepsReact(candidate));
        if (importer === undefined) continue;
        this.error(
          `${shortName(importer)} imports ${shortName(id)} statically, but ${shortName(id)} keeps React ` +
            '(KEEPS_REACT in build/keeps-react.js): it would bring React into the page, which runs on Preact ' +
            '(decision 0010). Load it with a dynamic import(), as src/pdf/pdf-client.ts loads the PDF fallback, ' +
            'or move what the page needs out of it.',
        );
      }
    },
  };
}
