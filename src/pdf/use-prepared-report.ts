import { useEffect } from 'react';
import type { ReportModel } from '../../templates/report-model.ts';
import { today } from '../files/save-file.ts';
import { prepareReportPdf } from './pdf-client.ts';

/**
 * In idle time, loads the PDF code and prepares this report in the worker, so that a click on
 * "download" only saves the prepared file. Used on the review step (before the results are opened)
 * and on the results.
 */
export function usePreparedReportPdf(model: ReportModel | null) {
  useEffect(() => {
    if (!model) return;
    const prepare = () => prepareReportPdf(model, today());
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prepare, { timeout: 4000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(prepare, 1500);
    return () => clearTimeout(handle);
  }, [model]);
}
