import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isWorkshopParticipant, participantRole } from '../../questionnaire/answers-file.ts';
import { summariseCompletion } from '../../questionnaire/questions.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { roleLabel } from '../../templates/participant-labels.ts';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';
import { HANDOVER_PATH } from '../scan/steps.ts';
import { UserText } from './user-text.tsx';

/**
 * "Step n of m" and how many of the shown questions are answered; for a workshop participant also whose workshop
 * it is, their role, and the way to hand over their answers at any time.
 */
export function ScanProgress({ current, total }: { current: number; total: number }) {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const { answered, total: shown } = summariseCompletion(questionnaire, file.answers);
  return (
    <div className="scan-progress">
      {isWorkshopParticipant(file) ? (
        <p className="scan-progress-workshop" data-testid="participant-banner">
          {file.organisationName ? (
            <>
              {t('room.banner.workshopOf')} <UserText>{file.organisationName}</UserText>
            </>
          ) : (
            t('room.banner.workshop')
          )}
          {' · '}
          {t('room.banner.role', { role: roleLabel(participantRole(file), language) })}
          {' · '}
          <Link href={HANDOVER_PATH}>{t('room.banner.handover')}</Link>
        </p>
      ) : null}
      <p className="scan-progress-step">{t('step.progress', { current, total })}</p>
      <progress max={shown} value={answered} aria-label={t('step.progressLabel')} />
      <p className="scan-progress-count">{t('step.answered', { answered, total: shown })}</p>
    </div>
  );
}
