import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { summariseMigration } from '../../questionnaire/migrations/answer-migration.ts';
import type { Language } from '../../questionnaire/schema.ts';
import { createLabels } from '../../templates/labels.ts';
import { saveAnswersFile } from '../files/save-file.ts';
import type { KeptThing } from '../scan/storage-layer.ts';
import {
  useCopyStore,
  useQuestionnaire,
  useScanState,
  useScanStore,
  useSnapshotState,
  useStorageStatus,
} from '../scan/scan-context.tsx';
import { scanDay } from '../scan/snapshot-store.ts';
import { formatDay } from '../i18n/format-day.ts';
import { REVIEW_PATH } from '../scan/steps.ts';

/**
 * Tells the user when what the app keeps cannot be saved (once, for every kept thing), when answers were changed in
 * another tab, or were migrated to a new version.
 */
export function StorageNotices() {
  const { t, i18n } = useTranslation();
  const store = useScanStore();
  const questionnaire = useQuestionnaire();
  const { updatedElsewhere, migration, heldElsewhere, imported, startedNew } = useScanState();
  const { snapshots } = useSnapshotState();
  const previous = [...snapshots].reverse().find((snapshot) => snapshot.source === 'rescan');
  const previousDay = previous ? scanDay(previous.file) : null;
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
      <StorageHealthNotice />
      <div role="status" className={startedNew ? 'notice notice-info' : 'visually-hidden'}>
        {startedNew ? (
          <p data-testid="new-scan-started">
            {t('start.newScanDone', {
              day: previousDay ? formatDay(previousDay, language) : t('progress.dayUnknown'),
            })}
          </p>
        ) : null}
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

/** The list "a, b and c" in the user's language. */
function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

/**
 * One notice for all kept things when storage is blocked or full: what is in memory only, and the way out (save
 * the answers as a file). Shown from the first moment storage is known not to work, and gone once it works again.
 */
export function StorageHealthNotice() {
  const { t } = useTranslation();
  const { health, unsaved } = useStorageStatus();
  const { file } = useScanState();
  const copies = useCopyStore();
  const isDown = health !== 'ok';
  const things = unsaved.filter((thing): thing is Exclude<KeptThing, 'copies'> => thing !== 'copies');
  const hasAnswers = Object.keys(file.answers).length > 0;
  return (
    <div
      role="alert"
      className={isDown ? 'notice notice-warning' : 'visually-hidden'}
      data-testid="storage-health"
    >
      {isDown ? (
        <>
          <p>
            {t(health === 'full' ? 'storageHealth.full' : 'storageHealth.blocked')}{' '}
            {t('storageHealth.memory')}
          </p>
          {things.length > 0 ? (
            <p>
              {t('storageHealth.unsaved', {
                things: joinList(
                  things.map((thing) => t(`storageHealth.things.${thing}`)),
                  t('storageHealth.and'),
                ),
              })}
            </p>
          ) : null}
          <p>{t('storageHealth.wayOut')}</p>
          {things.includes('workshop') ? <p>{t('storageHealth.workshopWayOut')}</p> : null}
          <p>
            <button
              type="button"
              className="button button-secondary"
              disabled={!hasAnswers}
              onClick={() => {
                saveAnswersFile(file);
                copies.recordCopy(file);
              }}
            >
              {t('storageHealth.save')}
            </button>
          </p>
        </>
      ) : null}
    </div>
  );
}
