import type { ReactNode } from 'react';
import { ErrorBoundary, getErrorMessage, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { saveAnswersFile } from '../files/save-file.ts';
import { forgetFailedLoads } from './lazy-with-retry.tsx';
import { useScanStore } from '../scan/scan-context.tsx';

/**
 * Never a blank screen: when a page fails (a bug, or a part of the app that could not be loaded), the
 * rest of the app stays, the answers stay saved, and the user can save them as a file, try again or go
 * to the start. Going to another page resets it.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    // A reset (the retry, or another page) also lets a page whose chunk failed to load try again.
    <ErrorBoundary FallbackComponent={PageError} resetKeys={[location]} onReset={forgetFailedLoads}>
      {children}
    </ErrorBoundary>
  );
}

function PageError({ error, resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  const store = useScanStore();
  const file = store.getState().file;
  return (
    <section className="page-error" role="alert" aria-labelledby="page-error-title">
      <h1 id="page-error-title">{t('pageError.title')}</h1>
      <p>{t('pageError.kept')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => saveAnswersFile(file)}>
          {t('pageError.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={resetErrorBoundary}>
          {t('pageError.retry')}
        </button>
        <Link href="/" className="button button-secondary">
          {t('pageError.toStart')}
        </Link>
      </div>
      <p className="muted small">
        {t('pageError.detail', { detail: getErrorMessage(error) ?? String(error) })}
      </p>
    </section>
  );
}
