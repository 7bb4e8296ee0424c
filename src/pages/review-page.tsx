import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isWorkshopParticipant } from '../../questionnaire/answers-file.ts';
import { Link } from 'wouter';
import { findQuestion, summariseCompletion, summariseProgress } from '../../questionnaire/questions.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { buildReportModel } from '../../templates/report-model.ts';
import { ScanProgress } from '../components/scan-progress.tsx';
import { usePreparedReportPdf } from '../pdf/use-prepared-report.ts';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';
import { HANDOVER_PATH, listSteps, RESULTS_PATH, stepPath } from '../scan/steps.ts';
import { usePageFocus } from './use-page-focus.ts';

/** The last step: what is answered per section, what is still open, and the way to each step and the results. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>('review');
  const isParticipant = isWorkshopParticipant(file);
  const steps = listSteps(questionnaire, { skipIntake: isParticipant });
  const progress = summariseProgress(questionnaire, file.answers);
  // With every question answered the results are one click away: prepare their PDF now, in idle time.
  const model = useMemo(() => {
    const { isComplete } = summariseCompletion(questionnaire, file.answers);
    return isComplete ? buildReportModel(questionnaire, file, language) : null;
  }, [questionnaire, file, language]);
  usePreparedReportPdf(model);

  return (
    <>
      <ScanProgress current={steps.length} total={steps.length} />
      <h1 ref={headingRef} tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p>{t('review.intro')}</p>
      <ol className="review-list">
        {progress.map((item) => {
          const section = questionnaire.sections.find((s) => s.id === item.sectionId);
          if (!section) return null;
          const isComplete = item.answered === item.shown;
          return (
            <li key={item.sectionId} className="review-item">
              <h2>{section.title[language]}</h2>
              <p className={isComplete ? 'status status-complete' : 'status status-incomplete'}>
                {isComplete
                  ? t('review.complete')
                  : t('review.incomplete', { answered: item.answered, total: item.shown })}
              </p>
              {isComplete ? null : (
                <>
                  <p>{t('review.openQuestions')}</p>
                  <ul>
                    {item.unansweredIds.map((id) => (
                      <li key={id}>{findQuestion(questionnaire, id)?.question.text[language]}</li>
                    ))}
                  </ul>
                </>
              )}
              <Link href={stepPath(section.id)}>
                {t('review.edit', { section: section.title[language] })}
              </Link>
            </li>
          );
        })}
      </ol>
      <div className="button-row">
        {isParticipant ? (
          <Link href={HANDOVER_PATH} className="button" data-testid="review-handover">
            {t('room.handover.title')}
          </Link>
        ) : null}
        <Link href={RESULTS_PATH} className={isParticipant ? 'button button-secondary' : 'button'}>
          {t('review.toResults')}
        </Link>
      </div>
    </>
  );
}
