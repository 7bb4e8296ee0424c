import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { startInLanguage } from './i18n/i18n.ts';
import { Shell } from './shell.tsx';
import './styles.css';

// The full app (questionnaire, saved answers, validation, every scan page) is its own chunk. Fetching it
// starts now, while the first screen (prerendered into index.html) is already on screen.
const app = import('./app.tsx');

const container = document.getElementById('root');
if (container) {
  // Not hydrateRoot: the prerendered page is a fresh visit in Dutch, and this browser may have saved
  // answers or chosen English. React replaces the prerendered markup at its first render.
  const root = createRoot(container);
  const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
  void startInLanguage().then(async () => {
    render(<Shell />);
    try {
      const { App } = await app;
      render(<App />);
    } catch {
      render(<Shell failed />);
    }
  });
}
