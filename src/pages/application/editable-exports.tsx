import { useTranslation } from 'react-i18next';
import { buildReportFileName } from '../../../templates/report-file-name.ts';
import type { ReportModel } from '../../../templates/report-model.ts';
import { FileDownloadButton } from '../../files/file-download-button.tsx';
import { today } from '../../files/save-file.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The editable exports: the report's core as a Word document and the action plan as CSV for Excel.
 * Both are made in the browser on click; the docx code is a separate chunk, loaded only then.
 */
export function EditableExports({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('exports.title')}</h2>
      <p>{t('exports.intro')}</p>
      <div className="export-buttons">
        <FileDownloadButton
          label={t('exports.docx')}
          busyLabel={t('exports.busy')}
          busyStatus={t('exports.busyStatus')}
          doneMessage={t('exports.docxDone')}
          failedMessage={t('exports.failed')}
          make={async () => {
            const [{ buildReportDocx }, { Packer }] = await Promise.all([
              import('../../../templates/export/report-docx.ts'),
              import('docx'),
            ]);
            const blob = await Packer.toBlob(buildReportDocx(model));
            const date = today();
            return {
              blob: new Blob([blob], { type: DOCX_TYPE }),
              fileName: buildReportFileName(model.organisationName, date, 'docx'),
            };
          }}
        />
        <FileDownloadButton
          label={t('exports.csv')}
          busyLabel={t('exports.busy')}
          busyStatus={t('exports.busyStatus')}
          doneMessage={t('exports.csvDone')}
          failedMessage={t('exports.failed')}
          make={async () => {
            const { buildActionPlanCsv } = await import('../../../templates/export/action-plan-csv.ts');
            const date = today();
            return {
              blob: new Blob([buildActionPlanCsv(model)], { type: 'text/csv;charset=utf-8' }),
              fileName: buildReportFileName(model.organisationName, date, 'csv', t('exports.csvKind')),
            };
          }}
        />
      </div>
      <p className="muted small">{t('exports.csvNote')}</p>
    </section>
  );
}
