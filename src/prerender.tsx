/**
 * Build time only (vite.config.ts): the first screen as HTML, put into index.html so the start page
 * paints before any script has loaded. Rendered for a fresh visit in Dutch.
 */
import { renderToString } from 'react-dom/server';
import './i18n/i18n.ts';
import { Shell } from './shell.tsx';

export function renderFirstScreen(): string {
  return renderToString(<Shell />);
}
