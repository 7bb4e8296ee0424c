import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** The service worker's state (offline use, a new version): registered once, by the app's layout. */
export type ServiceWorkerState = ReturnType<typeof useRegisterSW>;
export { useRegisterSW as useServiceWorker };

/**
 * When a new version of the app has been downloaded, asks before switching to it. Shown at the top of
 * the page. The answers are saved at every change, so reloading loses nothing.
 */
export function UpdatePrompt({ sw }: { sw: ServiceWorkerState }) {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = sw;
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
    </div>
  );
}

/**
 * "Works offline now", once the whole app is cached. Shown in the footer: it arrives a few seconds after
 * the page, and at the top it would push the page the user is reading down.
 */
export function OfflineReady({ sw }: { sw: ServiceWorkerState }) {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh],
    offlineReady: [offlineReady, setOfflineReady],
  } = sw;
  return (
    <div role="status">
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
