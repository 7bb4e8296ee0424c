/**
 * The file names of the PDF report (`quickscan-<organisation>-<yyyy-mm-dd>.pdf`), of the exported
 * answers file (the same name, `.json`) and of the editable exports (`.docx`, `.csv`), safe on every
 * operating system: no path separators, no control or reserved characters, no trailing dots, sane length.
 */

const MAX_NAME_LENGTH = 60;

/** The organisation name as a file-name part: letters and digits (accents removed), joined by dashes. */
export function toFileNamePart(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME_LENGTH)
    .replace(/-+$/g, '');
}

/**
 * @param organisationName as typed; empty or unusable names are left out
 * @param date the report date as an ISO string (only the yyyy-mm-dd part is used)
 */
export function buildReportFileName(
  organisationName: string | null | undefined,
  date: string,
  extension: 'pdf' | 'json' | 'docx' | 'csv' = 'pdf',
  kind = '',
): string {
  const part = toFileNamePart(organisationName ?? '');
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? 'undated';
  const name = ['quickscan', kind, part, day].filter((piece) => piece !== '').join('-');
  return `${name}.${extension}`;
}
