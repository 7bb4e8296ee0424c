import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PROGRESS_PATH, WORKSHOP_PATH } from '../scan/steps.ts';

/**
 * The start page's text: what the scan is and is not, how long it takes and the privacy promise.
 * The parts that need the saved answers (start or resume, the files panel) are passed in, so that the
 * same page is the first screen (prerendered into index.html) and the start page of the loaded app.
 */
export function StartContent({
  headingRef,
  notice,
  actions,
  files,
}: {
  headingRef?: Ref<HTMLHeadingElement>;
  notice?: ReactNode;
  actions: ReactNode;
  files: ReactNode;
}) {
  const { t } = useTranslation();
  const items = t('start.whatYouGetItems', { returnObjects: true }) as string[];
  return (
    <>
      <div role="status">{notice}</div>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('app.title')}
      </h1>
      <p className="lead">{t('app.description')}</p>
      <p>{t('start.duration')}</p>

      <div className="start-actions">{actions}</div>

      {files}

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
