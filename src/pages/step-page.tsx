import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Language } from '../../questionnaire/schema.ts';
import { ScanProgress } from '../components/scan-progress.tsx';
import { useQuestionnaire } from '../scan/scan-context.tsx';
import { listSteps } from '../scan/steps.ts';
import { NotFoundPage } from './not-found-page.tsx';
import { SectionForm } from './section-form.tsx';
import { usePageFocus } from './use-page-focus.ts';

/** One step of the scan: the intake or one theme. */
export function StepPage({ sectionId }: { sectionId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const questionnaire = useQuestionnaire();
  const headingRef = usePageFocus<HTMLHeadingElement>(`step-${sectionId}`);
  const section = questionnaire.sections.find((s) => s.id === sectionId);
  if (!section) return <NotFoundPage />;
  const steps = listSteps(questionnaire);
  const index = steps.findIndex((step) => step.id === sectionId);
  const previous = steps[index - 1];
  const next = steps[index + 1];

  return (
    <>
      <ScanProgress current={index + 1} total={steps.length} />
      <h1 ref={headingRef} tabIndex={-1}>
        {section.title[language]}
      </h1>
      <p className="lead">{section.intro[language]}</p>
      <p className="muted small">{t('step.autosave')}</p>
      <SectionForm key={section.id} section={section} />
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
