import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from './save-file.ts';

type Status = 'idle' | 'busy' | 'done' | 'failed';

interface PdfDownloadButtonProps {
  label: string;
  /** Said (politely) once the file is saved. */
  doneMessage: string;
  /** Makes the file; a failure is shown as a message, never thrown. */
  make: () => Promise<{ blob: Blob; fileName: string }>;
}

/** A download button for a PDF made in the worker: busy indicator, a status when done, an alert on failure. */
export function PdfDownloadButton({ label, doneMessage, make }: PdfDownloadButtonProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');

  async function download() {
    setStatus('busy');
    try {
      const { blob, fileName } = await make();
      saveFile(blob, fileName);
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
        {status === 'busy' ? t('report.busy') : label}
      </button>
      <p role="status" className="muted small">
        {status === 'done' ? doneMessage : status === 'busy' ? t('report.busyStatus') : ''}
      </p>
      <p role="alert" className="field-error">
        {status === 'failed' ? t('report.failed') : ''}
      </p>
    </div>
  );
}
