import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageFocus } from './use-page-focus.ts';

/** What the app keeps, where, and how to remove it: the privacy promise in plain words. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const headingRef = usePageFocus<HTMLHeadingElement>('privacy');
  const items = t('privacy.items', { returnObjects: true }) as string[];
  return (
    <article className="privacy">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('privacy.title')}
      </h1>
      <p>{t('privacy.intro')}</p>
      <h2>{t('privacy.storedTitle')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('privacy.removeTitle')}</h2>
      <p>{t('privacy.remove')}</p>
      <h2>{t('privacy.filesTitle')}</h2>
      <p>{t('privacy.files')}</p>
      <p>
        <Link href="/">{t('step.backToStart')}</Link>
      </p>
    </article>
  );
}
