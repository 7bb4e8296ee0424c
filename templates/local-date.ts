/**
 * The date as the user's clock shows it, as yyyy-mm-dd: the date on a report's cover and in file names.
 * Not `toISOString()`, which is UTC: just after midnight in the Netherlands that is still yesterday.
 */
export function localDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
