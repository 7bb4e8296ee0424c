import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findQuestion, getScaleOptions, type Answers } from '../../../questionnaire/questions.ts';
import type { Language, Questionnaire } from '../../../questionnaire/schema.ts';
import { scoreQuestionnaire, type ScoreResult } from '../../../scoring/score-questionnaire.ts';
import { createLabels } from '../../../templates/labels.ts';
import { ToContentsLink } from './section-links.tsx';

interface WhatIfPanelProps {
  questionnaire: Questionnaire;
  answers: Answers;
  /** `scoreQuestionnaire` of these answers (the results page has it already). */
  score: ScoreResult;
  language: Language;
}

/** Try better answers and see the scores and level they would give; the real answers are never touched. */
export function WhatIfPanel({ questionnaire, answers, score: result, language }: WhatIfPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [changes, setChanges] = useState<Record<string, string>>({});
  const [questionId, setQuestionId] = useState('');
  const [optionId, setOptionId] = useState('');

  const labels = useMemo(() => createLabels(questionnaire, language), [questionnaire, language]);
  const candidates = result.actions.filter((action) => !(action.questionId in changes));
  const selected = questionId ? findQuestion(questionnaire, questionId)?.question : undefined;
  const options =
    selected?.type === 'scale' ? getScaleOptions(questionnaire, selected).filter((o) => 'points' in o) : [];
  const trial = useMemo(
    () =>
      Object.keys(changes).length > 0 ? scoreQuestionnaire(questionnaire, { ...answers, ...changes }) : null,
    [questionnaire, answers, changes],
  );

  return (
    <section aria-labelledby="what-if-title" className="report-section no-print">
      <h2 id="what-if-title" tabIndex={-1}>
        {t('whatIf.title')}
      </h2>
      <p>{t('whatIf.intro')}</p>
      <form
        className="what-if-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!questionId || !optionId) return;
          setChanges((current) => ({ ...current, [questionId]: optionId }));
          setQuestionId('');
          setOptionId('');
        }}
      >
        <div className="select-field">
          <label htmlFor={`${id}-question`}>{t('whatIf.question')}</label>
          <select
            id={`${id}-question`}
            value={questionId}
            onChange={(event) => {
              setQuestionId(event.target.value);
              setOptionId('');
            }}
          >
            <option value="">{t('whatIf.choose')}</option>
            {candidates.map((action) => (
              <option key={action.questionId} value={action.questionId}>
                {labels.question(action.questionId)}
              </option>
            ))}
          </select>
        </div>
        <div className="select-field">
          <label htmlFor={`${id}-answer`}>{t('whatIf.answer')}</label>
          <select
            id={`${id}-answer`}
            value={optionId}
            disabled={!selected}
            onChange={(event) => setOptionId(event.target.value)}
          >
            <option value="" />
            {options.map((option) => (
              <option key={option.id} value={option.id} disabled={option.id === answers[questionId]}>
                {option.label[language]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={!questionId || !optionId}>
          {t('whatIf.add')}
        </button>
      </form>

      <div aria-live="polite">
        {trial ? (
          <>
            <h3>{t('whatIf.changes')}</h3>
            <ul className="what-if-changes">
              {Object.entries(changes).map(([qid, oid]) => (
                <li key={qid}>
                  {labels.question(qid)} → <strong>{labels.option(qid, oid)}</strong>{' '}
                  <button
                    type="button"
                    className="button-link"
                    onClick={() => setChanges(({ [qid]: _removed, ...rest }) => rest)}
                  >
                    {t('whatIf.remove')}
                  </button>
                </li>
              ))}
            </ul>
            <p className="what-if-outcome" data-testid="what-if-outcome">
              {t('whatIf.outcome', {
                overall: trial.overall,
                currentOverall: result.overall,
                level: labels.level(trial.level),
                currentLevel: labels.level(result.level),
              })}
            </p>
            <table className="score-table">
              <thead>
                <tr>
                  <th scope="col">{t('whatIf.themeChange')}</th>
                  <th scope="col">{t('whatIf.now')}</th>
                  <th scope="col">{t('whatIf.then')}</th>
                </tr>
              </thead>
              <tbody>
                {trial.themes.map((theme, index) => (
                  <tr key={theme.id}>
                    <th scope="row">{labels.section(theme.id)}</th>
                    <td>{result.themes[index]?.score}</td>
                    <td>{theme.score}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="button" className="button button-secondary" onClick={() => setChanges({})}>
              {t('whatIf.reset')}
            </button>
          </>
        ) : (
          <p className="muted">{t('whatIf.none')}</p>
        )}
      </div>
      <ToContentsLink />
    </section>
  );
}
