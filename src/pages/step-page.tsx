import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isWorkshopParticipant } from '../../questionnaire/answers-file.ts';
import { Link } from 'wouter';
import type { Language } from '../../questionnaire/schema.ts';
import { ScanProgress } from '../components/scan-progress.tsx';
import { buildStepModel } from '../../templates/step-model.ts';
import { useQuestionnaire, useScanState } from '../scan/scan-context.tsx';
import { listSteps } from '../scan/steps.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { SectionForm } from './section-form.tsx';
import { usePageFocus } from './use-page-focus.ts';

/** One step of the scan: the intake or one theme. */
export function StepPage({ sectionId }: { sectionId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const questionnaire = useQuestionnaire();
  const { file } = useScanState();
  const headingRef = usePageFocus<HTMLHeadingElement>(`step-${sectionId}`);
  const step = useMemo(
    () => buildStepModel(questionnaire, file.answers, sectionId, language),
    [questionnaire, file.answers, sectionId, language],
  );
  if (!step) return <NotFoundPage />;
  const steps = listSteps(questionnaire, { skipIntake: isWorkshopParticipant(file) });
  const index = steps.findIndex((step) => step.id === sectionId);
  const previous = steps[index - 1];
  const next = steps[index + 1];

  return (
    <>
      <ScanProgress current={index + 1} total={steps.length} />
      <h1 ref={headingRef} tabIndex={-1}>
        {step.title}
      </h1>
      <p className="lead">{step.intro}</p>
      {step.legalNote ? (
        <p className="notice notice-info legal-note" data-testid="legal-note">
          {step.legalNote}
        </p>
      ) : null}
      <p className="muted small">{t('step.autosave')}</p>
      <SectionForm key={step.id} step={step} />
      <nav className="step-nav" aria-label={t('step.progressLabel')}>
        {previous ? (
          <Link href={previous.path} className="button button-secondary">
            {t('step.previous')}
          </Link>
        ) : (
          <Link href="/" className="button button-secondary">
            {t('step.previous')}
          </Link>
        )}
        {next ? (
          <Link href={next.path} className="button">
            {next.id === 'review' ? t('step.toReview') : t('step.next')}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
