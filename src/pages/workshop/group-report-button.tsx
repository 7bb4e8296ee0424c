import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../questionnaire/schema.ts';
import { buildGroupReportModel } from '../../../templates/group-report-model.ts';
import { participantLabel } from '../../../templates/participant-labels.ts';
import { buildReportFileName } from '../../../templates/report-file-name.ts';
import { saveFile, today } from '../../files/save-file.ts';
import { createGroupReportPdf } from '../../pdf/pdf-client.ts';
import { useQuestionnaire } from '../../scan/scan-context.tsx';
import type { WorkshopParticipant } from '../../scan/workshop-store.ts';

type Status = 'idle' | 'busy' | 'done' | 'failed';

/** "Download het groepsrapport (PDF)": participants, spread, disagreements and the agreed results, made in the worker. */
export function GroupReportButton({
  participants,
  settled,
  language,
}: {
  participants: readonly WorkshopParticipant[];
  settled: Readonly<Record<string, string | null>>;
  language: Language;
}) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const [status, setStatus] = useState<Status>('idle');

  async function download() {
    setStatus('busy');
    try {
      const model = buildGroupReportModel(
        questionnaire,
        participants.map((p, index) => ({
          file: p.file,
          label: participantLabel(p.file.participant, index, language),
        })),
        settled,
        language,
      );
      const date = today();
      const blob = await createGroupReportPdf(model, date);
      saveFile(blob, buildReportFileName(model.organisationName, date, 'pdf', 'groepsrapport'));
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
        {status === 'busy' ? t('report.busy') : t('workshop.groupReport')}
      </button>
      <p role="status" className="muted small">
        {status === 'done' ? t('workshop.groupReportDone') : status === 'busy' ? t('report.busyStatus') : ''}
      </p>
      <p role="alert" className="field-error">
        {status === 'failed' ? t('report.failed') : ''}
      </p>
    </div>
  );
}
