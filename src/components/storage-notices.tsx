import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { summariseMigration } from '../../questionnaire/migrations/answer-migration.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { createLabels } from '../../templates/labels.ts';
import { useQuestionnaire, useScanState, useScanStore } from '../scan/scan-context.tsx';
import { REVIEW_PATH } from '../scan/steps.ts';

/** Tells the user when answers cannot be saved, were changed in another tab, or were migrated to a new version. */
export function StorageNotices() {
  const { t, i18n } = useTranslation();
  const store = useScanStore();
  const questionnaire = useQuestionnaire();
  const { saveFailed, updatedElsewhere, migration, heldElsewhere, imported } = useScanState();
  const language: Language = i18n.language === 'en' ? 'en' : 'nl';
  const labels = createLabels(questionnaire, language);
  const { toCheck, dropped } = migration ? summariseMigration(migration) : { toCheck: [], dropped: [] };
  const droppedCount = dropped.length;
  return (
    <>
      <div
        role="status"
        className={migration ? 'notice notice-info' : 'visually-hidden'}
        data-testid="migration-notice"
      >
        {migration ? (
          <>
            <p>
              {t(imported ? 'storage.migratedImport' : 'storage.migrated', {
                from: migration.from,
                to: migration.to,
              })}
            </p>
            {toCheck.length > 0 ? (
              <details>
                <summary>{t('storage.migratedCheck', { count: toCheck.length })}</summary>
                <ul>
                  {toCheck.map((id) => (
                    <li key={id}>{labels.question(id)}</li>
                  ))}
                </ul>
              </details>
            ) : null}
            {droppedCount > 0 ? <p>{t('storage.migratedDropped', { count: droppedCount })}</p> : null}
            <p>
              <Link href={REVIEW_PATH}>{t('storage.migratedReview')}</Link>{' '}
              <button type="button" className="button button-link" onClick={() => store.dismissMigration()}>
                {t('storage.dismiss')}
              </button>
            </p>
          </>
        ) : null}
      </div>
      <div
        role="alert"
        className={heldElsewhere ? 'notice notice-warning' : 'visually-hidden'}
        data-testid="held-elsewhere"
      >
        {heldElsewhere ? (
          <>
            <span>{t('storage.heldElsewhere')}</span>{' '}
            <button type="button" className="button button-link" onClick={() => window.location.reload()}>
              {t('storage.reload')}
            </button>
          </>
        ) : null}
      </div>
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
