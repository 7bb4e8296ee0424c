import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from './save-file.ts';

type Status = 'idle' | 'busy' | 'done' | 'failed';

interface FileDownloadButtonProps {
  label: string;
  /** Said (politely) once the file is saved. */
  doneMessage: string;
  /** On the button and said while the file is made; the PDF report's words by default. */
  busyLabel?: string;
  busyStatus?: string;
  /** Shown as an alert when the file could not be made. */
  failedMessage?: string;
  /** Makes the file; a failure is shown as a message, never thrown. */
  make: () => Promise<{ blob: Blob; fileName: string }>;
}

/**
 * A download button for a file made on click (a PDF in the worker, a .docx, a CSV): busy indicator,
 * a status when done, an alert on failure.
 */
export function FileDownloadButton({
  label,
  doneMessage,
  busyLabel,
  busyStatus,
  failedMessage,
  make,
}: FileDownloadButtonProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');
  const [detail, setDetail] = useState('');

  async function download() {
    setStatus('busy');
    setDetail('');
    try {
      const { blob, fileName } = await make();
      saveFile(blob, fileName);
      setStatus('done');
    } catch (error) {
      // The technical reason goes along, for whoever helps the user; the message itself says what to do.
      setDetail(error instanceof Error ? error.message : String(error));
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
        {status === 'busy' ? (busyLabel ?? t('report.busy')) : label}
      </button>
      <p role="status" className="muted small">
        {status === 'done' ? doneMessage : status === 'busy' ? (busyStatus ?? t('report.busyStatus')) : ''}
      </p>
      <p role="alert" className="field-error">
        {status === 'failed' ? (failedMessage ?? t('report.failed')) : ''}
        {status === 'failed' && detail ? (
          <span className="muted small"> {t('report.failedDetail', { detail })}</span>
        ) : null}
      </p>
    </div>
  );
}
