import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { summariseCompletion } from '../../questionnaire/questions.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { ScanFilesPanel } from '../files/scan-files-panel.tsx';
import { today } from '../files/save-file.ts';
import { startNewScan } from '../scan/new-scan.ts';
import { useQuestionnaire, useScanState, useScanStore, useSnapshotStore } from '../scan/scan-context.tsx';
import { scanDay } from '../scan/snapshot-store.ts';
import { REVIEW_PATH, stepPath } from '../scan/steps.ts';
import { formatDay } from '../i18n/format-day.ts';
import { StartContent } from './start-content.tsx';
import { usePageFocus } from './use-page-focus.ts';

/**
 * The start page of the loaded app: start, or resume with the number of answers given so far, or start a new scan
 * from this one (a year later), which keeps this one as a snapshot. Deleting is elsewhere ("Wis mijn gegevens").
 */
export function StartPage() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const store = useScanStore();
  const snapshots = useSnapshotStore();
  const [, navigate] = useLocation();
  const { file, cleared } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('start');
  const [isAsking, setIsAsking] = useState(false);
  const { answered, total, firstOpenSectionId } = summariseCompletion(questionnaire, file.answers);
  const resumePath = firstOpenSectionId ? stepPath(firstOpenSectionId) : REVIEW_PATH;
  const firstStep = stepPath(questionnaire.sections[0]?.id ?? 'intake');
  const day = scanDay(file);
  const dayText = day ? formatDay(day, language) : t('progress.dayUnknown');

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
              <button type="button" className="button button-secondary" onClick={() => setIsAsking(true)}>
                {t('start.newScan')}
              </button>
            </div>
            <p className="muted small">{t('start.clearHint')}</p>
            <ConfirmDialog
              isOpen={isAsking}
              title={t('start.newScanTitle')}
              body={t('start.newScanBody', { day: dayText })}
              confirmLabel={t('start.newScanConfirm')}
              isDestructive={false}
              cancelLabel={t('clear.cancel')}
              onCancel={() => setIsAsking(false)}
              onConfirm={() => {
                startNewScan(store, snapshots, today());
                setIsAsking(false);
                navigate(firstStep);
              }}
            />
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
