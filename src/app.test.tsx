import { act, render, screen } from '@testing-library/react';
import { loaded } from 'virtual:shipped-questionnaire';
import { reportContent } from 'virtual:shipped-questionnaire/report-content';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnswersFile } from '../questionnaire/answers-file.ts';
import { createExampleAnswers } from '../questionnaire/example-answers.ts';
import { splitLanguage } from '../questionnaire/language-split.ts';
import { buildReportModel } from '../templates/report-model.ts';
import { loadShipped } from '../tests/fixtures/shipped.ts';
import { App } from './app.tsx';
import { changeLanguage } from './i18n/i18n.ts';
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

  it('starts without the tips and examples, and a report page gets them', async () => {
    const questionnaire = loadShipped();
    // The steps' questionnaire is the shipped one in Dutch without tips and examples; those come separately.
    expect(loaded.ok && loaded.value).toEqual(
      splitLanguage({ ...questionnaire, tips: {}, examples: {} }, 'en').without,
    );
    expect(reportContent).toEqual({ tips: questionnaire.tips, examples: questionnaire.examples });

    const file = createAnswersFile(questionnaire, createExampleAnswers(questionnaire, 'mixed'));
    localStorage.setItem('quickscan:zorgvriendelijk-werkgeverschap:answers', JSON.stringify(file));
    const firstTip = buildReportModel(questionnaire, file, 'nl').actions.find((a) => a.tip)?.tip;
    expect(firstTip?.title).toBeTruthy();
    window.location.hash = '#/resultaten';
    render(<App />);
    expect(await screen.findByRole('heading', { name: firstTip?.title }, { timeout: 10_000 })).toBeVisible();
    expect(screen.getAllByText(firstTip?.text ?? '').length).toBeGreaterThan(0);
  });

  it('loads the questionnaire in English when English is chosen, before the interface switches', async () => {
    const questionnaire = loadShipped();
    window.location.hash = '#/stap/intake';
    render(<App />);
    const dutch = questionnaire.sections[0]?.title.nl ?? '';
    const english = questionnaire.sections[0]?.title.en ?? '';
    expect(await screen.findByRole('heading', { level: 1, name: dutch })).toBeVisible();
    await act(() => changeLanguage('en'));
    expect(await screen.findByRole('heading', { level: 1, name: english })).toBeVisible();
    await act(() => changeLanguage('nl'));
    expect(await screen.findByRole('heading', { level: 1, name: dutch })).toBeVisible();
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
