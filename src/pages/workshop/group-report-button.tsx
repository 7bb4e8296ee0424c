import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../questionnaire/schema.ts';
import { buildReportFileName } from '../../../templates/report-file-name.ts';
import { FileDownloadButton } from '../../files/file-download-button.tsx';
import { today } from '../../files/save-file.ts';
import { createGroupReportPdf } from '../../pdf/pdf-client.ts';
import { usePreparedGroupReportPdf } from '../../pdf/use-prepared-report.ts';
import { useQuestionnaire } from '../../scan/scan-context.tsx';
import type { WorkshopParticipant } from '../../scan/workshop-store.ts';

/** Resolves after the browser has painted: the busy state shows before a model is built on the main thread. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * "Download het groepsrapport (PDF)": participants, spread, disagreements and the agreed results. Prepared in the
 * worker in idle time whenever the group, the settled answers, the language or the choice of single roles change,
 * so a click only saves the prepared file; with the single report's busy indicator and messages.
 */
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
  const inputs = useMemo(
    () => ({ questionnaire, participants, settled, language, showSingleRoles }),
    [questionnaire, participants, settled, language, showSingleRoles],
  );
  const { modelFor, isBuiltFor } = usePreparedGroupReportPdf(participants.length > 0 ? inputs : null);

  return (
    <FileDownloadButton
      label={t('workshop.groupReport')}
      doneMessage={t('workshop.groupReportDone')}
      busyLabel={t('groupReportPrep.busy')}
      busyStatus={t('groupReportPrep.busyStatus')}
      failedMessage={t('groupReportPrep.failed')}
      make={async () => {
        // Not built in idle time yet (a click right after a change): first let the busy state show.
        if (!isBuiltFor(inputs)) await afterPaint();
        const model = modelFor(inputs);
        const date = today();
        const blob = await createGroupReportPdf(model, date);
        return { blob, fileName: buildReportFileName(model.organisationName, date, 'pdf', 'groepsrapport') };
      }}
    />
  );
}
