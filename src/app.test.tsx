import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { App } from './app.tsx';
import { DefinitionErrorPage } from './pages/definition-error-page.tsx';

describe('the app', () => {
  beforeEach(() => {
    localStorage.clear();
    window.location.hash = '';
  });

  it("opens on the start page with the questionnaire's title and a way to start", () => {
    const questionnaire = loadShipped();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(questionnaire.title.nl);
    expect(screen.getByRole('link', { name: 'Start de scan' })).toHaveAttribute('href', '#/stap/intake');
  });

  it('shows a damaged saved scan as a message with choices, not a blank page', () => {
    localStorage.setItem('quickscan:zorgvriendelijk-werkgeverschap:answers', '{broken');
    render(<App />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Uw bewaarde scan kon niet goed worden gelezen',
    );
    expect(screen.getByRole('button', { name: 'Begin een nieuwe scan' })).toBeInTheDocument();
  });

  it('explains a broken questionnaire instead of showing a blank page, and renders issues as text', () => {
    render(<DefinitionErrorPage issues={['at sections[1].id: <b>bad</b>']} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'De vragenlijst kan niet worden geladen',
    );
    expect(screen.getByText('at sections[1].id: <b>bad</b>')).toBeInTheDocument();
  });
});
