import { useTranslation } from 'react-i18next';
import { summariseProgress } from '../../questionnaire/questions.ts';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';

/** "Step n of m" and how many of the shown questions are answered. */
export function ScanProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const sections = summariseProgress(questionnaire, file.answers);
  const shown = sections.reduce((sum, s) => sum + s.shown, 0);
  const answered = sections.reduce((sum, s) => sum + s.answered, 0);
  return (
    <div className="scan-progress">
      <p className="scan-progress-step">{t('step.progress', { current, total })}</p>
      <progress max={shown} value={answered} aria-label={t('step.progressLabel')} />
      <p className="scan-progress-count">{t('step.answered', { answered, total: shown })}</p>
    </div>
  );
}
