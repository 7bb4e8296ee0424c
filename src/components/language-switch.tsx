import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../questionnaire/schema.ts';
import { changeLanguage } from '../i18n/i18n.ts';

/**
 * The switch to the other language. English comes in chunks of its own, loaded at the first switch; when one of
 * them cannot be loaded, the interface stays in the language it is in and `LanguageSwitchMessage` says so, in this
 * language and in the other one (whose strings are what failed to load). Pressing again tries again.
 */
export function useLanguageSwitch() {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const other: Language = language === 'nl' ? 'en' : 'nl';
  const [failed, setFailed] = useState<Language | null>(null);
  const isSwitching = useRef(false);
  const switchLanguage = async () => {
    if (isSwitching.current) return; // A second press while the chunks are on their way changes nothing.
    isSwitching.current = true;
    setFailed(null);
    try {
      await changeLanguage(other);
    } catch {
      // The chunk's own failure is in the browser's console already; the user gets the message and a retry.
      setFailed(other);
    } finally {
      isSwitching.current = false;
    }
  };
  return { other, failed, switchLanguage };
}

export function LanguageSwitchButton({
  other,
  onSwitch,
}: {
  other: Language;
  onSwitch: () => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-secondary language-switch"
      lang={other}
      aria-label={t('app.switchLanguageLabel')}
      onClick={() => void onSwitch()}
    >
      {t('app.switchLanguage')}
    </button>
  );
}

/**
 * Always in the page (empty until a switch fails), so that a screen reader announces the message when it appears.
 */
export function LanguageSwitchMessage({ failed }: { failed: Language | null }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="language-switch-status">
      {failed ? (
        <p className="notice notice-warning" data-testid="language-failed">
          {t('app.languageFailed')} <span lang={failed}>{t('app.languageFailedOther')}</span>
        </p>
      ) : null}
    </div>
  );
}
