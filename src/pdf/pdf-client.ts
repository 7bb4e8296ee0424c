/**
 * The page's side of PDF generation: a Web Worker renders the report so the main thread is never blocked.
 * In idle time once the results are shown, the worker is started (loading react-pdf and the fonts) and
 * prepares the report for the results on screen; a click then only saves the prepared file. When the
 * results change (another language, other answers) the next click or idle moment prepares it anew.
 * Without worker support the report renders on the main thread.
 */
import type { GroupReportModel } from '../../templates/group-report-model.ts';
import type { ReportModel } from '../../templates/report-model.ts';
import type { PdfJob, PdfRequest, PdfResponse } from './pdf-messages.ts';
import { takePdfWorker } from './pdf-worker-start.ts';
import { browserFontSources } from './report-fonts.ts';

interface Pending {
  resolve: (blob: Blob) => void;
  reject: (error: Error) => void;
}

/** A render that takes longer than this is given up, and the worker restarted for the retry. */
export const PDF_TIMEOUT_MS = 45_000;

let worker: Worker | null = null;
let isWorkerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(message: string) {
  for (const { reject } of pending.values()) reject(new Error(message));
  pending.clear();
}

function getWorker(): Worker | null {
  if (worker || isWorkerBroken) return worker;
  if (typeof Worker === 'undefined') {
    isWorkerBroken = true;
    return null;
  }
  try {
    worker = takePdfWorker();
  } catch {
    isWorkerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<PdfResponse>) => {
    const response = event.data;
    if (response.type === 'done') {
      pending.get(response.id)?.resolve(new Blob([response.buffer], { type: 'application/pdf' }));
      pending.delete(response.id);
    } else if (response.type === 'error' && response.id !== null) {
      pending.get(response.id)?.reject(new Error(response.message));
      pending.delete(response.id);
    }
  };
  worker.onerror = () => {
    // The worker could not start or crashed: fall back to the main thread from now on.
    isWorkerBroken = true;
    worker?.terminate();
    worker = null;
    failAll('pdf-worker-failed');
  };
  return worker;
}

function post(target: Worker, request: PdfRequest) {
  target.postMessage(request);
}

/** Starts the worker and loads react-pdf and the fonts, without making a report. */
export function warmUpPdf(): void {
  const target = getWorker();
  if (target) post(target, { type: 'warm-up' });
}

async function renderOnMainThread(job: PdfJob, date: string): Promise<Blob> {
  const { renderPdfJob } = await import('./render-pdf.tsx');
  return renderPdfJob(job, date, browserFontSources(window.location.origin));
}

/** How many prepared reports are kept: switching language or answering "wat als" and back needs no new render. */
const MAX_PREPARED = 4;

/** Prepared reports by key (model and day), oldest first. */
const prepared = new Map<string, Promise<Blob>>();

/** Each model as JSON, made once: the results page's model is large, and the click must not serialise it again. */
const modelKeys = new WeakMap<ReportModel, string>();

function reportKey(model: ReportModel, date: string): string {
  let json = modelKeys.get(model);
  if (json === undefined) {
    json = JSON.stringify(model);
    modelKeys.set(model, json);
  }
  return `${date.slice(0, 10)}|${json}`;
}

function keep(key: string, blob: Promise<Blob>) {
  prepared.delete(key);
  prepared.set(key, blob);
  while (prepared.size > MAX_PREPARED) prepared.delete(prepared.keys().next().value ?? '');
}

/** Prepares the report in the worker for later (idle time); does nothing without a worker. */
export function prepareReportPdf(model: ReportModel, date: string): void {
  if (!getWorker()) return;
  const key = reportKey(model, date);
  if (prepared.has(key)) return;
  const blob = renderInWorker({ kind: 'report', model }, date);
  blob.catch(() => prepared.delete(key)); // A failed preparation is retried on click.
  keep(key, blob);
}

/** Makes the PDF report, or takes the one prepared for the same results. */
export async function createReportPdf(model: ReportModel, date: string): Promise<Blob> {
  const key = reportKey(model, date);
  const ready = prepared.get(key);
  if (ready) {
    try {
      return await ready;
    } catch {
      prepared.delete(key);
    }
  }
  const blob = renderInWorker({ kind: 'report', model }, date);
  if (worker) keep(key, blob);
  return blob;
}

/** Makes the group report of a workshop. */
export function createGroupReportPdf(model: GroupReportModel, date: string): Promise<Blob> {
  return renderInWorker({ kind: 'group', model }, date);
}

/** Gives up on a stuck worker: every waiting render fails, and the next one starts a fresh worker. */
function restartWorker() {
  worker?.terminate();
  worker = null;
  prepared.clear();
  failAll('pdf-timeout');
}

async function renderInWorker(job: PdfJob, date: string): Promise<Blob> {
  const target = getWorker();
  if (!target) return renderOnMainThread(job, date);
  const id = nextId++;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<Blob>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      timer = setTimeout(restartWorker, PDF_TIMEOUT_MS);
      post(target, { type: 'render', id, job, date });
    });
  } catch (error) {
    if (isWorkerBroken) return renderOnMainThread(job, date);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
