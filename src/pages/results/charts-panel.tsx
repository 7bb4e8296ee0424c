import { Suspense, useState } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { ChartDatum } from '../../../templates/chart-data.ts';
import { forgetFailedLoads, lazyWithRetry } from '../../components/lazy-with-retry.tsx';
import { WhenNearView } from '../../components/when-near-view.tsx';

// recharts is a separate chunk, fetched only when the charts come near the view (they are below the fold).
const ResultsCharts = lazyWithRetry(() => import('../../charts/results-charts.tsx'));

/**
 * The radar and bar charts, in their own error boundary: when their chunk cannot be loaded (or recharts fails), a
 * short message takes the place of the charts and their note and offers a retry, while the rest of the results page
 * (the level, the download, the score table with the same numbers) stays as it is.
 */
export function ChartsPanel({ data }: { data: ChartDatum[] }) {
  const { t } = useTranslation();
  // Coming back to the results after the charts failed tries them again (once per visit of the page: this component
  // is above the Suspense boundary, so a failed load does not mount it again).
  useState(forgetFailedLoads);
  const loading = <p className="muted no-print">{t('results.chartsLoading')}</p>;
  return (
    <ErrorBoundary FallbackComponent={ChartsFailed} onReset={forgetFailedLoads}>
      <p className="muted small no-print">{t('results.chartsNote')}</p>
      <WhenNearView placeholder={loading}>
        <Suspense fallback={loading}>
          <ResultsCharts data={data} radarLabel={t('results.radarLabel')} barLabel={t('results.barLabel')} />
        </Suspense>
      </WhenNearView>
    </ErrorBoundary>
  );
}

function ChartsFailed({ resetErrorBoundary }: FallbackProps) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning charts-failed no-print" role="alert" data-testid="charts-failed">
      <p>{t('results.chartsFailed')}</p>
      <button type="button" className="button button-secondary" onClick={resetErrorBoundary}>
        {t('results.chartsRetry')}
      </button>
    </div>
  );
}
