import { useTranslation } from 'react-i18next';
import { summariseCompletion } from '../../questionnaire/questions.ts';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';

/** "Step n of m" and how many of the shown questions are answered. */
export function ScanProgress({ current, total }: { current: number; total: number }) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const { answered, total: shown } = summariseCompletion(questionnaire, file.answers);
  return (
    <div className="scan-progress">
      <p className="scan-progress-step">{t('step.progress', { current, total })}</p>
      <progress max={shown} value={answered} aria-label={t('step.progressLabel')} />
      <p className="scan-progress-count">{t('step.answered', { answered, total: shown })}</p>
    </div>
  );
}
