import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadProblem } from '../scan/scan-store.ts';
import { useScanStore } from '../scan/scan-context.tsx';

/** Shown instead of the page when the saved scan cannot be read: say what happened, and let the user choose. */
export function DamagedScanPanel({ problem }: { problem: LoadProblem }) {
  const { t } = useTranslation();
  const store = useScanStore();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const count = problem.salvaged?.kept ?? 0;
  return (
    <section className="panel panel-warning" aria-labelledby="damaged-title">
      <h1 id="damaged-title" ref={headingRef} tabIndex={-1}>
        {t('storage.damagedTitle')}
      </h1>
      <p>{problem.reason === 'not-json' ? t('storage.notJson') : t('storage.invalid')}</p>
      <p>{count > 0 ? t('storage.salvageable', { count }) : t('storage.nothingSalvageable')}</p>
      <p>{t('storage.backupNote')}</p>
      <p className="muted small">{t('storage.detail', { detail: problem.detail })}</p>
      <div className="button-row">
        {count > 0 ? (
          <button type="button" className="button" onClick={() => store.resolveProblem('keep')}>
            {t('storage.keep', { count })}
          </button>
        ) : null}
        <button
          type="button"
          className={count > 0 ? 'button button-secondary' : 'button'}
          onClick={() => store.resolveProblem('fresh')}
        >
          {t('storage.fresh')}
        </button>
      </div>
    </section>
  );
}
