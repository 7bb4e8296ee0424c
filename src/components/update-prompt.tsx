import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (offline use) and, when a new version of the app has been downloaded,
 * asks before switching to it. The answers are saved at every change, so reloading loses nothing.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  return (
    <div className="update-prompt" role="status">
      {needRefresh ? (
        <div className="notice notice-info">
          <p>{t('update.available')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
              {t('update.reload')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setNeedRefresh(false)}>
              {t('update.later')}
            </button>
          </div>
        </div>
      ) : null}
      {offlineReady && !needRefresh ? (
        <p className="notice notice-info">
          {t('update.offlineReady')}{' '}
          <button type="button" className="button button-secondary" onClick={() => setOfflineReady(false)}>
            {t('update.dismiss')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
