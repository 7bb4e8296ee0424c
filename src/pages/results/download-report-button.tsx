import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { buildReportFileName } from '../../../templates/report-file-name.ts';
import type { ReportModel } from '../../../templates/report-model.ts';
import { FileDownloadButton } from '../../files/file-download-button.tsx';
import { today } from '../../files/save-file.ts';
import { createReportPdf, prepareReportPdf } from '../../pdf/pdf-client.ts';

/** "Download het rapport (PDF)": made in a worker on click, with a busy indicator. */
export function DownloadReportButton({ model }: { model: ReportModel }) {
  const { t } = useTranslation();

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

  return (
    <FileDownloadButton
      label={t('report.download')}
      doneMessage={t('report.done')}
      make={async () => {
        const date = today();
        const blob = await createReportPdf(model, date);
        return { blob, fileName: buildReportFileName(model.organisationName, date) };
      }}
    />
  );
}
