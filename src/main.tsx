import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { startInLanguage } from './i18n/i18n.ts';
import { startPdfWorkerEarly } from './pdf/pdf-worker-start.ts';
import { RESULTS_PATH } from './scan/steps.ts';
import { isShellRoute, Shell } from './shell.tsx';
import './styles.css';

/** Resolves once the browser has painted the page as it is (for the start page: the prerendered one). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

// On the start page and the privacy statement the prerendered page is already what the user needs: running the
// scripts before the browser has painted it would only delay it. On any other page the user waits for the app.
const isShell = isShellRoute(window.location.hash);
const ready = isShell ? afterPaint() : Promise.resolve();

// The full app (questionnaire, saved answers, validation, every scan page) is its own chunk. index.html
// preloads it alongside this entry (`preloadApp` in vite.config.ts), so here it is usually there already.
const app = ready.then(() => import('./app.tsx'));

// On the results page the report can be downloaded at once: the PDF worker loads its code and fonts meanwhile.
if (window.location.hash === `#${RESULTS_PATH}`) startPdfWorkerEarly();

const container = document.getElementById('root');
if (container) {
  // Not hydrateRoot: the prerendered page is a fresh visit in Dutch, and this browser may have saved
  // answers or chosen English. React replaces the prerendered markup at its first render.
  const root = createRoot(container);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
  void Promise.all([startInLanguage(), ready]).then(async () => {
    if (isShell) render(<Shell />);
    try {
      const { App, prepareApp } = await app;
      await prepareApp();
      render(<App />);
    } catch {
      render(<Shell failed />);
    }
  });
}
