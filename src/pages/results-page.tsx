import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../../questionnaire/schema.ts';
import { scoreQuestionnaire } from '../../scoring/score-questionnaire.ts';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';
import { REVIEW_PATH } from '../scan/steps.ts';
import { usePageFocus } from './use-page-focus.ts';

/** The outcome, derived from the answers (never stored): the level and the score per theme. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('results');
  const result = useMemo(
    () => scoreQuestionnaire(questionnaire, file.answers),
    [questionnaire, file.answers],
  );
  const level = questionnaire.levels.find((l) => l.id === result.level);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('results.title')}
      </h1>
      <p className="level-label" data-testid="level">
        {t('results.level', { level: level?.label[language] })}
      </p>
      <p>{level?.description[language]}</p>
      <p data-testid="overall">{t('results.overall', { score: result.overall })}</p>
      <table className="score-table">
        <caption>{t('results.themesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.theme')}</th>
            <th scope="col">{t('results.score')}</th>
            <th scope="col">{t('results.band')}</th>
          </tr>
        </thead>
        <tbody>
          {result.themes.map((theme) => (
            <tr key={theme.id} data-theme={theme.id}>
              <th scope="row">{questionnaire.sections.find((s) => s.id === theme.id)?.title[language]}</th>
              <td>{theme.score}</td>
              <td>{questionnaire.bands.find((b) => b.id === theme.band)?.label[language]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('results.placeholder')}</p>
      <p>
        <Link href={REVIEW_PATH}>{t('results.toReview')}</Link>
      </p>
    </>
  );
}
