import type { ReportModel } from '../../templates/report-model.ts';

/** Messages from the page to the PDF worker. */
export type PdfRequest =
  { type: 'warm-up' } | { type: 'render'; id: number; model: ReportModel; date: string };

/** Messages from the PDF worker to the page. */
export type PdfResponse =
  | { type: 'ready' }
  | { type: 'done'; id: number; buffer: ArrayBuffer }
  | { type: 'error'; id: number | null; message: string };
