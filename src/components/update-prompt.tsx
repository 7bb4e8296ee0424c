import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';

/**
 * On a first visit (no service worker controls the page yet), the service worker is registered this long after the
 * page has loaded. Its install downloads and stores the whole app (about 2.8 MB) on the same cores as the page; right
 * at the start it would compete with the first question, or with a report made at once on the results page. Once it
 * is installed, every later visit registers at once (that only checks for a new version).
 */
export const FIRST_INSTALL_DELAY_MS = 5000;

interface Flags {
  needRefresh: boolean;
  offlineReady: boolean;
}

let flags: Flags = { needRefresh: false, offlineReady: false };
const listeners = new Set<() => void>();
let update: (reloadPage?: boolean) => Promise<void> = () => Promise.resolve();
let isStarted = false;

function setFlags(patch: Partial<Flags>) {
  flags = { ...flags, ...patch };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Registers the service worker once per page: at once when one controls the page, else after the first install delay. */
function startServiceWorker() {
  if (isStarted || !('serviceWorker' in navigator)) return;
  isStarted = true;
  const register = () => {
    update = registerSW({
      immediate: true,
      onNeedRefresh: () => setFlags({ needRefresh: true }),
      onOfflineReady: () => setFlags({ offlineReady: true }),
    });
  };
  if (navigator.serviceWorker.controller) {
    register();
    return;
  }
  const later = () => setTimeout(register, FIRST_INSTALL_DELAY_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/** The service worker's state (offline use, a new version), shared by every part of the page that shows it. */
export interface ServiceWorkerState {
  needRefresh: [boolean, (value: boolean) => void];
  offlineReady: [boolean, (value: boolean) => void];
  updateServiceWorker: (reloadPage?: boolean) => Promise<void>;
}

/** Registers the service worker (once) and follows its state. Used by the app's layout. */
export function useServiceWorker(): ServiceWorkerState {
  useEffect(startServiceWorker, []);
  const current = useSyncExternalStore(subscribe, () => flags);
  return {
    needRefresh: [current.needRefresh, (value) => setFlags({ needRefresh: value })],
    offlineReady: [current.offlineReady, (value) => setFlags({ offlineReady: value })],
    updateServiceWorker: (reloadPage) => update(reloadPage),
  };
}

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
