import { useTranslation } from 'react-i18next';
import { useScanState, useScanStore } from '../scan/scan-context.tsx';

/** Tells the user when answers cannot be saved, or were changed in another tab. */
export function StorageNotices() {
  const { t } = useTranslation();
  const store = useScanStore();
  const { saveFailed, updatedElsewhere } = useScanState();
  return (
    <>
      <div role="alert" className={saveFailed ? 'notice notice-warning' : 'visually-hidden'}>
        {saveFailed ? t('storage.saveFailed') : ''}
      </div>
      <div role="status" className={updatedElsewhere ? 'notice notice-info' : 'visually-hidden'}>
        {updatedElsewhere ? (
          <>
            <span>{t('storage.updatedElsewhere')}</span>{' '}
            <button
              type="button"
              className="button button-link"
              onClick={() => store.dismissUpdatedElsewhere()}
            >
              {t('storage.dismiss')}
            </button>
          </>
        ) : null}
      </div>
    </>
  );
}
