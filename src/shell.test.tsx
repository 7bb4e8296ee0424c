import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadShippedQuestionnaire } from '../questionnaire/shipped-questionnaire.ts';
import en from './i18n/en.json';
import nl from './i18n/nl.json';
import { renderFirstScreen } from './prerender.tsx';
import { stepPath } from './scan/steps.ts';
import { FIRST_STEP_PATH, isShellRoute, Shell } from './shell.tsx';

const loaded = loadShippedQuestionnaire();
if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
const questionnaire = loaded.value;

describe('the first screen', () => {
  it('starts at the first step of the shipped questionnaire', () => {
    expect(FIRST_STEP_PATH).toBe(stepPath(questionnaire.sections[0]?.id ?? ''));
  });

  it('renders itself only for its own pages: elsewhere the prerendered page stays until the app is there', () => {
    expect(['', '#', '#/', '#/privacy'].map(isShellRoute)).toEqual([true, true, true, true]);
    expect([`#${FIRST_STEP_PATH}`, '#/resultaten', '#/workshop', '#/onbekend'].map(isShellRoute)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('has the questionnaire’s own title and description in both languages', () => {
    expect(nl.app.title).toBe(questionnaire.title.nl);
    expect(en.app.title).toBe(questionnaire.title.en);
    expect(nl.app.description).toBe(questionnaire.description.nl);
    expect(en.app.description).toBe(questionnaire.description.en);
  });

  it('is prerendered as the Dutch start page with a plain link to the first step', () => {
    const html = renderFirstScreen();
    const doc = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe(questionnaire.title.nl);
    const start = [...doc.querySelectorAll('a')].find((a) => a.textContent === nl.start.start);
    expect(start?.getAttribute('href')).toBe(`#${FIRST_STEP_PATH}`);
    expect(doc.querySelector('a[href="#/privacy"]')).not.toBeNull();
    // No script, no style attribute, no resume status: nothing of this browser is known at build time.
    expect(html).not.toMatch(/<script|style=/);
    expect(doc.body.textContent).not.toContain(nl.start.resume);
  });

  it('says so, and offers to try again, when the app cannot be loaded', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload, hash: '#/' });
    render(<Shell failed />);
    expect(screen.getByRole('alert')).toHaveTextContent(nl.app.loadFailed);
    await userEvent.click(screen.getByRole('button', { name: nl.app.reload }));
    expect(reload).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
