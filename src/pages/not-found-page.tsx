import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageFocus } from './use-page-focus.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  const headingRef = usePageFocus<HTMLHeadingElement>('not-found');
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('step.notFound')}
      </h1>
      <p>
        <Link href="/">{t('step.backToStart')}</Link>
      </p>
    </>
  );
}
