import type { AnswersFile } from '../../questionnaire/answers-file.ts';
import { localDate } from '../../templates/local-date.ts';
import { buildReportFileName } from '../../templates/report-file-name.ts';

/** Saves a file from this page: the browser downloads the blob under the given name. Nothing is sent anywhere. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves data as a readable JSON file. */
export function saveJsonFile(data: unknown, fileName: string) {
  saveFile(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), fileName);
}

/** Today on the user's clock as yyyy-mm-dd: the date in file names and on report covers. */
export function today(): string {
  return localDate();
}

/** Saves the scan as an answers file named like its report (`quickscan-<organisation>-<date>.json`). */
export function saveAnswersFile(file: AnswersFile) {
  saveJsonFile(file, buildReportFileName(file.organisationName, today(), 'json'));
}
