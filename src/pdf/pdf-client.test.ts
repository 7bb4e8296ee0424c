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
});
