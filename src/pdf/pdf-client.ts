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

/**
 * A digest of a text for a cache key: its length and two independent 32-bit hashes (FNV-1a and a multiplicative
 * one), 64 bits in all, so two different models of the same length share a key with a chance of about 1 in 10^19.
 */
export function contentDigest(text: string): string {
  let fnv = 0x811c9dc5;
  let mul = 0x9e3779b9;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    mul = Math.imul(mul ^ code, 0x5bd1e995) ^ (mul >>> 15);
  }
  return `${text.length.toString(36)}.${(fnv >>> 0).toString(36)}.${(mul >>> 0).toString(36)}`;
}

/**
 * Prepared PDFs of one kind, keyed by the model's content and the day: an equal model in a new object finds its
 * PDF, a changed one (another answer, participant, language) never gets a stale one. Oldest first.
 */
class PreparedPdfs<Model extends object> {
  private readonly blobs = new Map<string, Promise<Blob>>();
  /**
   * Each model's digest, made once: a large model must not be serialised again on click. The key is short on
   * purpose: a Map hashes a string key on every lookup, and a key of the whole model's JSON (tens of kilobytes) cost
   * the results page tens of milliseconds of main thread per idle-time preparation.
   */
  private readonly digests = new WeakMap<Model, string>();

  constructor(private readonly max: number) {}

  key(model: Model, date: string): string {
    let digest = this.digests.get(model);
    if (digest === undefined) {
      digest = contentDigest(JSON.stringify(model));
      this.digests.set(model, digest);
    }
    return `${date.slice(0, 10)}|${digest}`;
  }

  get(key: string): Promise<Blob> | undefined {
    return this.blobs.get(key);
  }

  has(key: string): boolean {
    return this.blobs.has(key);
  }

  keep(key: string, blob: Promise<Blob>) {
    this.blobs.delete(key);
    this.blobs.set(key, blob);
    while (this.blobs.size > this.max) this.blobs.delete(this.blobs.keys().next().value ?? '');
  }

  forget(key: string, blob: Promise<Blob>) {
    if (this.blobs.get(key) === blob) this.blobs.delete(key);
  }

  clear() {
    this.blobs.clear();
  }
}

/**
 * The single reports and the group reports are kept apart, so that one kind never pushes the other out: a workshop
 * whose group changes often would otherwise evict the results page's reports. Four single reports: switching
 * language or answering "wat als" and back needs no new render. Two group reports: the current group and the one
 * before (a settled answer taken back).
 */
const preparedReports = new PreparedPdfs<ReportModel>(4);
const preparedGroupReports = new PreparedPdfs<GroupReportModel>(2);

/** Prepares the report in the worker for later (idle time); does nothing without a worker. */
export function prepareReportPdf(model: ReportModel, date: string): void {
  if (!getWorker()) return;
  const key = preparedReports.key(model, date);
  if (preparedReports.has(key)) return;
  const blob = renderInWorker({ kind: 'report', model }, date);
  blob.catch(() => preparedReports.forget(key, blob)); // A failed preparation is retried on click.
  preparedReports.keep(key, blob);
}

async function takeOrRender(
  cache: PreparedPdfs<ReportModel> | PreparedPdfs<GroupReportModel>,
  key: string,
  job: PdfJob,
  date: string,
): Promise<Blob> {
  const ready = cache.get(key);
  if (ready) {
    try {
      return await ready;
    } catch {
      cache.forget(key, ready);
    }
  }
  const blob = renderInWorker(job, date);
  if (worker) {
    cache.keep(key, blob);
    blob.catch(() => cache.forget(key, blob));
  }
  return blob;
}

/** Makes the PDF report, or takes the one prepared for the same results. */
export function createReportPdf(model: ReportModel, date: string): Promise<Blob> {
  return takeOrRender(preparedReports, preparedReports.key(model, date), { kind: 'report', model }, date);
}

/**
 * The group report waiting to be prepared while another group preparation runs. The worker renders one job at a
 * time, so a burst of changes (participants arriving, answers settled) must not queue a render for each: only the
 * latest waits, and an older one that was waiting is dropped.
 */
let waitingGroup: { model: GroupReportModel; date: string } | null = null;
let isPreparingGroup = false;

/**
 * Prepares the group report of a workshop in the worker for later (idle time); does nothing without a worker.
 * At most one group preparation runs at a time; the latest model asked for in the meantime follows it.
 */
export function prepareGroupReportPdf(model: GroupReportModel, date: string): void {
  if (!getWorker()) return;
  if (isPreparingGroup) {
    waitingGroup = { model, date };
    return;
  }
  const key = preparedGroupReports.key(model, date);
  if (preparedGroupReports.has(key)) return;
  isPreparingGroup = true;
  const blob = renderInWorker({ kind: 'group', model }, date);
  preparedGroupReports.keep(key, blob);
  const next = () => {
    isPreparingGroup = false;
    const waiting = waitingGroup;
    waitingGroup = null;
    if (waiting) prepareGroupReportPdf(waiting.model, waiting.date);
  };
  blob.then(next, () => {
    preparedGroupReports.forget(key, blob); // A failed preparation is retried on click.
    next();
  });
}

/** Makes the group report of a workshop, or takes the one prepared for the same group, answers and language. */
export function createGroupReportPdf(model: GroupReportModel, date: string): Promise<Blob> {
  const key = preparedGroupReports.key(model, date);
  // Asked for now: a preparation of this same model waiting its turn is no longer needed.
  if (waitingGroup && preparedGroupReports.key(waitingGroup.model, waitingGroup.date) === key)
    waitingGroup = null;
  return takeOrRender(preparedGroupReports, key, { kind: 'group', model }, date);
}

/** Gives up on a stuck worker: every waiting render fails, and the next one starts a fresh worker. */
function restartWorker() {
  worker?.terminate();
  worker = null;
  // Every preparation still running in the stuck worker is lost; clearing both kinds means the next click renders
  // in the fresh worker instead of awaiting a promise that is about to fail. (Finished PDFs go too: rare, and cheap.)
  preparedReports.clear();
  preparedGroupReports.clear();
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
