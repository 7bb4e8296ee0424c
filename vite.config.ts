import { createServer, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './build/content-security-policy.ts';
import { firstQuestionChunks } from './build/first-question-chunks.ts';
import { pdfFonts } from './build/pdf-fonts-plugin.ts';
import { preactOnThePage } from './build/preact-plugin.ts';
import { shippedQuestionnaire } from './build/shipped-questionnaire-plugin.ts';
import { VitePWA } from 'vite-plugin-pwa';

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The first screen (the start page, see src/shell.tsx) rendered with React's server renderer at build time
 * and put into index.html: it paints before any script has loaded. Still no server at run time.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        const server = await createServer({
          configFile: false,
          logLevel: 'silent',
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
        });
        try {
          const { renderFirstScreen } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
            renderFirstScreen: () => string;
          };
          const marker = '<div id="root"></div>';
          if (!html.includes(marker)) throw new Error(`index.html has no ${marker}`);
          return html.replace(marker, `<div id="root">${renderFirstScreen()}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * The app's chunk (src/app.tsx, the questionnaire and every scan step) and the chunks it imports are
 * fetched together with the entry, from index.html (`modulepreload`), not only once the entry has run:
 * on a slow phone connection that saves a whole round of requests before the first question. The first
 * screen does not wait for them: it is prerendered, and the entry renders it without the app.
 */
function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const isApp = (id: string | null) => id?.endsWith('/src/app.tsx') === true;
        const app =
          chunks.find((chunk) => isApp(chunk.facadeModuleId)) ??
          chunks.find((chunk) => chunk.moduleIds.some((id) => isApp(id)));
        if (!app) throw new Error('preload-app: no chunk for src/app.tsx');
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName) || html.includes(`/${fileName}"`)) return;
          files.add(fileName);
          for (const imported of chunks.find((chunk) => chunk.fileName === fileName)?.imports ?? [])
            visit(imported);
        };
        visit(app.fileName);
        // Relative to index.html, like Vite's own tags: the app is served from any path (see `base` below).
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Offline and installable: a Workbox service worker precaches the whole built app (the shell, every lazy
 * chunk, the PDF worker and its fonts), so after the first visit the scan, the results, the PDF and the
 * exports work without a network. A new version waits until the user chooses to reload (`prompt`);
 * answers are saved at every change, so the reload loses nothing.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'robots.txt'],
  manifest: {
    name: 'Quickscan zorgvriendelijk werkgeverschap',
    short_name: 'Quickscan',
    description: 'Zie waar uw organisatie staat in de steun aan medewerkers die mantelzorger zijn.',
    lang: 'nl',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0b5e55',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ttf,wasm,txt}'],
    // Not the main-thread copy of the PDF code (about 380 kB gzip): it is used only where a worker cannot start,
    // which is not the case in any browser with a service worker. Precaching it would double the PDF code that
    // every first visit downloads and stores, on the same cores as the page.
    globIgnores: ['**/render-pdf-*.js'],
    // The PDF worker and the fonts are larger than Workbox's 2 MiB default would allow.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  // Every URL in the build is relative, so the same dist/ works at a host's root and under any path, such as
  // https://user.github.io/<repo>/ on GitHub Pages, without a rebuild. The routes are in the hash (#/stap/…), so
  // index.html is always the document at the top of that path. The service worker (./sw.js) and the manifest
  // (start_url and scope '.') follow it there.
  base: './',
  plugins: [
    react(),
    preactOnThePage(),
    pdfFonts(),
    shippedQuestionnaire(),
    contentSecurityPolicy(),
    prerenderFirstScreen(),
    preloadApp(),
    pwa,
  ],
  server: { port: 5173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: firstQuestionChunks() } } },
  },
  // The PDF worker is an ES module, like the app.
  worker: { format: 'es' },
});
