import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { summariseProgress } from '../../questionnaire/questions.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { ClearDataButton } from '../components/clear-data-button.tsx';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';
import { ScanFilesPanel } from '../files/scan-files-panel.tsx';
import { PROGRESS_PATH, REVIEW_PATH, stepPath, WORKSHOP_PATH } from '../scan/steps.ts';
import { usePageFocus } from './use-page-focus.ts';

/** What the scan is and is not, how long it takes, the privacy promise, and start or resume. */
export function StartPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const questionnaire = useQuestionnaire();
  const { file, cleared } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('start');
  const progress = summariseProgress(questionnaire, file.answers);
  const answered = progress.reduce((sum, s) => sum + s.answered, 0);
  const total = progress.reduce((sum, s) => sum + s.shown, 0);
  const firstOpen = progress.find((s) => s.answered < s.shown);
  const resumePath = firstOpen ? stepPath(firstOpen.sectionId) : REVIEW_PATH;
  const firstStep = stepPath(questionnaire.sections[0]?.id ?? 'intake');
  const items = t('start.whatYouGetItems', { returnObjects: true }) as string[];

  return (
    <>
      <div role="status">{cleared ? <p className="notice notice-info">{t('clear.done')}</p> : null}</div>
      <h1 ref={headingRef} tabIndex={-1}>
        {questionnaire.title[language]}
      </h1>
      <p className="lead">{questionnaire.description[language]}</p>
      <p>{t('start.duration')}</p>

      <div className="start-actions">
        {answered > 0 ? (
          <>
            <p>{t('start.resumeStatus', { answered, total })}</p>
            <div className="button-row">
              <Link href={resumePath} className="button">
                {t('start.resume')}
              </Link>
              <ClearDataButton label={t('start.restart')} className="button button-secondary" />
            </div>
          </>
        ) : (
          <Link href={firstStep} className="button">
            {t('start.start')}
          </Link>
        )}
      </div>

      <ScanFilesPanel />

      <h2>{t('start.forAdvisors')}</h2>
      <p>{t('start.workshopIntro')}</p>
      <ul>
        <li>
          <Link href={WORKSHOP_PATH}>{t('start.toWorkshop')}</Link>
        </li>
        <li>
          <Link href={PROGRESS_PATH}>{t('start.toProgress')}</Link>
        </li>
      </ul>

      <h2>{t('start.whatYouGet')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('start.whatItIsNot')}</h2>
      <p>{t('start.notErkenning')}</p>
      <p>{t('start.notLegalAdvice')}</p>
      <h2>{t('start.privacyTitle')}</h2>
      <p>{t('start.privacy')}</p>
    </>
  );
}
