/**
 * The PDF client with a stand-in worker: a render that never answers is given up after the timeout,
 * the next one starts a fresh worker, and a worker's error reaches the caller.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReportModel } from '../../templates/report-model.ts';
import type { PdfRequest, PdfResponse } from './pdf-messages.ts';

/** A worker that records its requests and answers only when told to. */
class FakeWorker {
  static created: FakeWorker[] = [];
  requests: PdfRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PdfResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeWorker.created.push(this);
  }
  postMessage(request: PdfRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: PdfResponse) {
    this.onmessage?.({ data: response } as MessageEvent<PdfResponse>);
  }
}

const model = { language: 'nl' } as ReportModel;

async function loadClient() {
  vi.resetModules();
  return import('./pdf-client.ts');
}

/** The client and the early start, from the same fresh module graph. */
async function loadClientWithEarlyStart() {
  vi.resetModules();
  const early = await import('./pdf-worker-start.ts');
  return { early, client: await import('./pdf-client.ts') };
}

describe('the PDF client', () => {
  beforeEach(() => {
    FakeWorker.created = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('gives up a render that hangs, and the retry runs in a fresh worker', async () => {
    const client = await loadClient();
    const first = client.createReportPdf(model, '2026-12-02');
    const outcome = first.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await vi.advanceTimersByTimeAsync(client.PDF_TIMEOUT_MS + 1);
    expect(await outcome).toBe('pdf-timeout');
    expect(FakeWorker.created[0]?.terminated).toBe(true);

    const retry = client.createReportPdf(model, '2026-12-02');
    const fresh = FakeWorker.created[1];
    expect(fresh).toBeDefined();
    const request = fresh?.requests[0];
    expect(request?.type).toBe('render');
    fresh?.answer({
      type: 'done',
      id: request?.type === 'render' ? request.id : -1,
      buffer: new ArrayBuffer(4),
    });
    const blob = await retry;
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(4);
  });

  it("passes the worker's error message on to the caller", async () => {
    const client = await loadClient();
    const result = client.createReportPdf(model, '2026-12-02').catch((error: Error) => error.message);
    const worker = FakeWorker.created[0];
    const request = worker?.requests[0];
    worker?.answer({
      type: 'error',
      id: request?.type === 'render' ? request.id : -1,
      message: 'font missing',
    });
    expect(await result).toBe('font missing');
  });

  it('a click after the preparation takes the prepared report; other results are rendered anew', async () => {
    const client = await loadClient();
    client.prepareReportPdf(model, '2026-12-02T09:00:00');
    const worker = FakeWorker.created[0];
    const prepared = worker?.requests[0];
    expect(prepared?.type).toBe('render');
    worker?.answer({
      type: 'done',
      id: prepared?.type === 'render' ? prepared.id : -1,
      buffer: new ArrayBuffer(3),
    });

    // The same results later that day: no second render.
    expect((await client.createReportPdf(model, '2026-12-02T15:00:00')).size).toBe(3);
    expect(worker?.requests).toHaveLength(1);

    // Equal results in a new object are the same report too; other results (English) are not.
    expect((await client.createReportPdf({ ...model }, '2026-12-02')).size).toBe(3);
    const english = client.createReportPdf({ ...model, language: 'en' }, '2026-12-02');
    expect(worker?.requests).toHaveLength(2);
    const second = worker?.requests[1];
    worker?.answer({
      type: 'done',
      id: second?.type === 'render' ? second.id : -1,
      buffer: new ArrayBuffer(5),
    });
    expect((await english).size).toBe(5);
  });

  it('takes over the worker started early, or starts a fresh one when it failed to start', async () => {
    const { early, client } = await loadClientWithEarlyStart();
    early.startPdfWorkerEarly();
    early.startPdfWorkerEarly();
    expect(FakeWorker.created).toHaveLength(1);
    void client.createReportPdf(model, '2026-12-02');
    expect(FakeWorker.created).toHaveLength(1);
    expect(FakeWorker.created[0]?.requests[0]?.type).toBe('render');

    const again = await loadClientWithEarlyStart();
    FakeWorker.created = [];
    again.early.startPdfWorkerEarly();
    FakeWorker.created[0]?.onerror?.();
    void again.client.createReportPdf(model, '2026-12-02');
    expect(FakeWorker.created[0]?.terminated).toBe(true);
    expect(FakeWorker.created[1]?.requests[0]?.type).toBe('render');
  });
});
