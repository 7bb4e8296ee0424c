import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildReportFileName } from '../../../templates/report-file-name.ts';
import type { ReportModel } from '../../../templates/report-model.ts';
import { saveFile, today } from '../../files/save-file.ts';
import { createReportPdf, prepareReportPdf } from '../../pdf/pdf-client.ts';

type Status = 'idle' | 'busy' | 'done' | 'failed';

/** "Download het rapport (PDF)": made in a worker on click, with a busy indicator. */
export function DownloadReportButton({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');

  // In idle time once the results are on screen: load the PDF code and prepare this report, so a click is quick.
  useEffect(() => {
    const prepare = () => prepareReportPdf(model, today());
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prepare, { timeout: 4000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = setTimeout(prepare, 1500);
    return () => clearTimeout(handle);
  }, [model]);

  async function download() {
    setStatus('busy');
    try {
      const date = today();
      const blob = await createReportPdf(model, date);
      saveFile(blob, buildReportFileName(model.organisationName, date));
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div className="download-report">
      <button
        type="button"
        className="button"
        onClick={() => void download()}
        disabled={status === 'busy'}
        aria-busy={status === 'busy'}
      >
        {status === 'busy' ? <span className="spinner" aria-hidden="true" /> : null}
        {status === 'busy' ? t('report.busy') : t('report.download')}
      </button>
      <p role="status" className="muted small">
        {status === 'done' ? t('report.done') : status === 'busy' ? t('report.busyStatus') : ''}
      </p>
      <p role="alert" className="field-error">
        {status === 'failed' ? t('report.failed') : ''}
      </p>
    </div>
  );
}
