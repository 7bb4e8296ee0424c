import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { startInLanguage } from './i18n/i18n.ts';
import { startPdfWorkerEarly } from './pdf/pdf-worker-start.ts';
import { RESULTS_PATH } from './scan/steps.ts';
import { isShellRoute, Shell } from './shell.tsx';
import './styles.css';

// The full app (questionnaire, saved answers, validation, every scan page) is its own chunk. index.html
// preloads it alongside this entry (`preloadApp` in vite.config.ts), so here it is usually there already.
const app = import('./app.tsx');

// On the results page the report can be downloaded at once: the PDF worker loads its code and fonts meanwhile.
if (window.location.hash === `#${RESULTS_PATH}`) startPdfWorkerEarly();

const container = document.getElementById('root');
if (container) {
  // Not hydrateRoot: the prerendered page is a fresh visit in Dutch, and this browser may have saved
  // answers or chosen English. React replaces the prerendered markup at its first render.
  const root = createRoot(container);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
  void startInLanguage().then(async () => {
    if (isShellRoute(window.location.hash)) render(<Shell />);
    try {
      const { App, prepareApp } = await app;
      await prepareApp();
      render(<App />);
    } catch {
      render(<Shell failed />);
    }
  });
}
