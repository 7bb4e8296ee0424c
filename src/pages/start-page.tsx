import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { summariseProgress } from '../../questionnaire/questions.ts';
import { ClearDataButton } from '../components/clear-data-button.tsx';
import { ScanFilesPanel } from '../files/scan-files-panel.tsx';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';
import { REVIEW_PATH, stepPath } from '../scan/steps.ts';
import { StartContent } from './start-content.tsx';
import { usePageFocus } from './use-page-focus.ts';

/** The start page of the loaded app: start, or resume with the number of answers given so far. */
export function StartPage() {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const { file, cleared } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('start');
  const progress = summariseProgress(questionnaire, file.answers);
  const answered = progress.reduce((sum, s) => sum + s.answered, 0);
  const total = progress.reduce((sum, s) => sum + s.shown, 0);
  const firstOpen = progress.find((s) => s.answered < s.shown);
  const resumePath = firstOpen ? stepPath(firstOpen.sectionId) : REVIEW_PATH;
  const firstStep = stepPath(questionnaire.sections[0]?.id ?? 'intake');

  return (
    <StartContent
      headingRef={headingRef}
      notice={cleared ? <p className="notice notice-info">{t('clear.done')}</p> : null}
      actions={
        answered > 0 ? (
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
        )
      }
      files={<ScanFilesPanel />}
    />
  );
}
