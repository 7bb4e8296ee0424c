import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuestionnaire } from '../scan/scan-context.tsx';
import { readAnswersFiles, type ReadFileResult } from './read-answers-files.ts';
import { WithUserText } from '../components/user-text.tsx';

interface AnswersFileDropProps {
  /** The button's text, e.g. "Antwoordbestand openen". */
  label: string;
  multiple?: boolean;
  onResults: (results: ReadFileResult[]) => void;
  testId?: string;
}

/**
 * Open answers files by the file picker (a real <input type="file">, so it works by keyboard) or by
 * dropping them on the zone. Each file is read on its own; the results go to `onResults`.
 */
export function AnswersFileDrop({ label, multiple = false, onResults, testId }: AnswersFileDropProps) {
  const { t } = useTranslation();
  const questionnaire = useQuestionnaire();
  const inputId = useId();
  const hintId = useId();
  const [isDragging, setIsDragging] = useState(false);
  const [isReading, setIsReading] = useState(false);

  async function handle(files: FileList | null) {
    if (!files || files.length === 0) return;
    const list = multiple ? [...files] : [...files].slice(0, 1);
    setIsReading(true);
    try {
      onResults(await readAnswersFiles(questionnaire, list));
    } finally {
      setIsReading(false);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsDragging(false);
    void handle(event.dataTransfer.files);
  }

  return (
    <div
      className={isDragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setIsDragging(true);
      }}
      onDragLeave={() => setIsDragging(false)}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        type="file"
        className="file-input"
        accept=".json,application/json"
        multiple={multiple}
        aria-describedby={hintId}
        onChange={(event) => {
          const input = event.currentTarget;
          void handle(input.files).then(() => {
            // The same file can be chosen again after a fix.
            input.value = '';
          });
        }}
      />
      <label htmlFor={inputId} className="button button-secondary">
        {label}
      </label>
      <p id={hintId} className="muted small">
        {isReading ? t('files.reading') : multiple ? t('files.dropHintMany') : t('files.dropHint')}
      </p>
    </div>
  );
}

/** One message per refused file, naming the file and what is wrong, with the technical detail below it. */
export function RefusedFiles({ results }: { results: ReadFileResult[] }) {
  const { t } = useTranslation();
  const refused = results.filter((result) => !result.ok);
  return (
    <div role="alert" data-testid="refused-files">
      {refused.length > 0 ? (
        <div className="notice notice-warning">
          <ul className="plain-list">
            {refused.map((result, index) => (
              <li key={`${result.fileName}-${index}`}>
                <strong>
                  <WithUserText
                    template={t(`files.problem.${result.problem}`, { file: '{file}' })}
                    values={{ file: result.fileName }}
                  />
                </strong>
                <br />
                <span className="muted small">{t('files.detail', { detail: result.detail })}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
