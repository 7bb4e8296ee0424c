import { useTranslation } from 'react-i18next';
import type { Language } from '../../../questionnaire/schema.ts';
import { buildGroupReportModel } from '../../../templates/group-report-model.ts';
import { buildReportFileName } from '../../../templates/report-file-name.ts';
import { FileDownloadButton } from '../../files/file-download-button.tsx';
import { today } from '../../files/save-file.ts';
import { createGroupReportPdf } from '../../pdf/pdf-client.ts';
import { useQuestionnaire } from '../../scan/scan-context.tsx';
import type { WorkshopParticipant } from '../../scan/workshop-store.ts';

/** "Download het groepsrapport (PDF)": participants, spread, disagreements and the agreed results, made in the worker. */
export function GroupReportButton({
  participants,
  settled,
  language,
  showSingleRoles,
}: {
  participants: readonly WorkshopParticipant[];
  settled: Readonly<Record<string, string | null>>;
  language: Language;
  /** The advisor's choice to show a role held by one participant apart (see templates/role-privacy.ts). */
  showSingleRoles: boolean;
}) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  return (
    <FileDownloadButton
      label={t('workshop.groupReport')}
      doneMessage={t('workshop.groupReportDone')}
      make={async () => {
        const model = buildGroupReportModel(
          questionnaire,
          participants.map((p) => ({ file: p.file })),
          settled,
          language,
          { showSingleRoles },
        );
        const date = today();
        const blob = await createGroupReportPdf(model, date);
        return { blob, fileName: buildReportFileName(model.organisationName, date, 'pdf', 'groepsrapport') };
      }}
    />
  );
}
