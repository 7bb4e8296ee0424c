import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { App } from './app.tsx';
import { DefinitionErrorPage } from './pages/definition-error-page.tsx';

describe('the app shell', () => {
  it("shows the questionnaire's title and every section", () => {
    const questionnaire = loadShipped();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questionnaire.title.nl);
    const list = screen.getByRole('list');
    const headings = within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(questionnaire.sections.map((s) => s.title.nl));
  });

  it('explains a broken questionnaire instead of showing a blank page, and renders issues as text', () => {
    render(<DefinitionErrorPage issues={['at sections[1].id: <b>bad</b>']} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'De vragenlijst kan niet worden geladen',
    );
    expect(screen.getByText('at sections[1].id: <b>bad</b>')).toBeInTheDocument();
  });
});
