import type { GroupReportModel } from '../../templates/group-report-model.ts';
import type { ReportModel } from '../../templates/report-model.ts';

/** What to render: the report of one scan, or the group report of a workshop. */
export type PdfJob = { kind: 'report'; model: ReportModel } | { kind: 'group'; model: GroupReportModel };

/** Messages from the page to the PDF worker. */
export type PdfRequest = { type: 'warm-up' } | { type: 'render'; id: number; job: PdfJob; date: string };

/** Messages from the PDF worker to the page. */
export type PdfResponse =
  | { type: 'ready' }
  | { type: 'done'; id: number; buffer: ArrayBuffer }
  | { type: 'error'; id: number | null; message: string };
