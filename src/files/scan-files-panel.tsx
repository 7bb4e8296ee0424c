import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/confirm-dialog.tsx';
import { WithUserText } from '../components/user-text.tsx';
import { useCopyStore, useScanState, useScanStore, useSnapshotStore } from '../scan/scan-context.tsx';
import { AnswersFileDrop, RefusedFiles } from './answers-file-drop.tsx';
import type { ReadFileResult } from './read-answers-files.ts';
import { saveAnswersFile } from './save-file.ts';

type Ready = Extract<ReadFileResult, { ok: true }>;

/**
 * Answers as a file: save the scan as an answers file (named like the PDF report) and open one.
 * A refused file changes nothing; a good one replaces the answers only after the user agrees, and the replaced scan
 * is kept as a snapshot.
 */
export function ScanFilesPanel() {
  const { t } = useTranslation();
  const store = useScanStore();
  const snapshots = useSnapshotStore();
  const copies = useCopyStore();
  const { file } = useScanState();
  const [results, setResults] = useState<ReadFileResult[]>([]);
  const [pending, setPending] = useState<Ready | null>(null);
  const [done, setDone] = useState<Ready | null>(null);
  const answered = Object.keys(file.answers).length;

  function apply(result: Ready) {
    // Nothing is lost: the scan the file replaces is kept as a snapshot (progress), unless it is empty.
    if (answered > 0) snapshots.add(file, 'replaced');
    store.replaceFile(result.file, result.migration);
    setPending(null);
    setDone(result);
  }

  function onResults(read: ReadFileResult[]) {
    setResults(read);
    setDone(null);
    const first = read[0];
    if (!first?.ok) return;
    if (answered === 0) apply(first);
    else setPending(first);
  }

  return (
    <section className="report-section files-panel" aria-labelledby="files-title">
      <h2 id="files-title">{t('files.title')}</h2>
      <p>{t('files.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={answered === 0}
          onClick={() => {
            saveAnswersFile(file);
            copies.recordCopy(file);
          }}
        >
          {t('files.export')}
        </button>
      </div>
      <AnswersFileDrop label={t('files.import')} onResults={onResults} testId="import-drop" />
      <RefusedFiles results={results} />
      <div role="status">
        {results.some((result) => !result.ok) ? <p>{t('files.nothingChanged')}</p> : null}
        {done ? (
          <p className="notice notice-info" data-testid="import-done">
            <WithUserText
              template={t('files.imported', { file: '{file}', count: Object.keys(done.file.answers).length })}
              values={{ file: done.fileName }}
            />
            {done.migration
              ? ` ${t('files.importedMigrated', { from: done.migration.from, to: done.migration.to })}`
              : ''}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        isOpen={pending !== null}
        title={t('files.replaceTitle')}
        body={t('files.replaceBody', { count: answered, file: pending?.fileName ?? '' })}
        confirmLabel={t('files.replaceConfirm')}
        cancelLabel={t('files.cancel')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (pending) apply(pending);
        }}
      />
    </section>
  );
}
