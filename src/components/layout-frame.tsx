import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitchButton, LanguageSwitchMessage, useLanguageSwitch } from './language-switch.tsx';
import { APPLICATION_PATH, PRIVACY_PATH, PROGRESS_PATH, WORKSHOP_PATH } from '../scan/steps.ts';

/**
 * Header with the language switch, the page, and a footer with the privacy promise. Part of the first
 * screen (no questionnaire, no stored answers needed); the full app adds its notices and "clear my data".
 */
export function LayoutFrame({
  children,
  notices,
  footerActions,
}: {
  children: ReactNode;
  /** Shown above the page: the update prompt and the storage notices. */
  notices?: ReactNode;
  /** Shown at the end of the footer: "clear my data". */
  footerActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const { other, failed, switchLanguage } = useLanguageSwitch();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link href="/" className="site-title">
            {t('app.title')}
          </Link>
          <nav aria-label={t('app.nav')} className="site-nav">
            <Link href="/">{t('app.navScan')}</Link>
            <Link href={APPLICATION_PATH}>{t('app.navApplication')}</Link>
            <Link href={PROGRESS_PATH}>{t('app.navProgress')}</Link>
            <Link href={WORKSHOP_PATH}>{t('app.navWorkshop')}</Link>
          </nav>
          <LanguageSwitchButton other={other} onSwitch={switchLanguage} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="page">
        <LanguageSwitchMessage failed={failed} />
        {notices}
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <p>
            {t('app.privacyLine')} <Link href={PRIVACY_PATH}>{t('app.privacyLink')}</Link>
          </p>
          <p>{t('app.disclaimer')}</p>
          {footerActions}
        </div>
      </footer>
    </>
  );
}
