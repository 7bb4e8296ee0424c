import { useTranslation } from 'react-i18next';
import { buildReportFileName } from '../../../templates/report-file-name.ts';
import type { ReportModel } from '../../../templates/report-model.ts';
import { FileDownloadButton } from '../../files/file-download-button.tsx';
import { today } from '../../files/save-file.ts';
import { createReportPdf } from '../../pdf/pdf-client.ts';
import { usePreparedReportPdf } from '../../pdf/use-prepared-report.ts';

/** "Download het rapport (PDF)": made in a worker on click, with a busy indicator. */
export function DownloadReportButton({ model }: { model: ReportModel }) {
  const { t } = useTranslation();

  usePreparedReportPdf(model);

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
