/**
 * The PDF client with a stand-in worker: a render that never answers is given up after the timeout,
 * the next one starts a fresh worker, and a worker's error reaches the caller.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadShippedQuestionnaire } from '../../questionnaire/shipped-questionnaire.ts';
import { buildGroupReportModel } from '../../templates/group-report-model.ts';
import type { ReportModel } from '../../templates/report-model.ts';
import { createWorkshopParticipants } from '../../tests/fixtures/workshop-participants.ts';
import { FakePdfWorker as FakeWorker } from './fake-pdf-worker.ts';

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

  describe('the group report', () => {
    const loaded = loadShippedQuestionnaire();
    if (!loaded.ok) throw new Error(loaded.issues.join('\n'));
    const questionnaire = loaded.value;
    const files = createWorkshopParticipants(questionnaire, 5);
    const group = (count: number, settled: Record<string, string | null> = {}) =>
      buildGroupReportModel(
        questionnaire,
        files.slice(0, count).map((file) => ({ file })),
        settled,
        'nl',
      );
    const firstQuestion = Object.keys(files[0]?.answers ?? {}).find((id) => !id.startsWith('intake')) ?? '';

    /** The renders the worker was asked for, as their group's participant count. */
    function renders(worker: FakeWorker | undefined) {
      return (worker?.requests ?? []).flatMap((request) =>
        request.type === 'render' && request.job.kind === 'group' ? [request] : [],
      );
    }

    function finish(worker: FakeWorker | undefined, index: number, size: number) {
      const request = renders(worker)[index];
      if (!request) throw new Error(`no render ${index}`);
      worker?.answer({ type: 'done', id: request.id, buffer: new ArrayBuffer(size) });
    }

    it('a click after the preparation saves the prepared PDF and renders nothing again', async () => {
      const client = await loadClient();
      client.prepareGroupReportPdf(group(4), '2026-12-07T10:00:00');
      const worker = FakeWorker.created[0];
      expect(renders(worker)).toHaveLength(1);
      finish(worker, 0, 7);

      // The click builds the model again (a new object with the same content) later that day.
      expect((await client.createGroupReportPdf(group(4), '2026-12-07T16:00:00')).size).toBe(7);
      expect(worker?.requests).toHaveLength(1);
    });

    it('a changed participant list or settled answer gets a fresh PDF, never the prepared one', async () => {
      const client = await loadClient();
      client.prepareGroupReportPdf(group(4), '2026-12-07');
      const worker = FakeWorker.created[0];
      finish(worker, 0, 4);
      await vi.advanceTimersByTimeAsync(0);

      const fifth = client.createGroupReportPdf(group(5), '2026-12-07');
      expect(renders(worker)).toHaveLength(2);
      expect(renders(worker)[1]?.job.model).toEqual(group(5));
      finish(worker, 1, 5);
      expect((await fifth).size).toBe(5);

      const settled = group(4, { [firstQuestion]: null });
      expect(settled).not.toEqual(group(4));
      const agreed = client.createGroupReportPdf(settled, '2026-12-07');
      expect(renders(worker)).toHaveLength(3);
      finish(worker, 2, 6);
      expect((await agreed).size).toBe(6);

      // The same group on another day is a new report too (its date is printed on it).
      void client.createGroupReportPdf(group(4), '2026-12-08');
      expect(renders(worker)).toHaveLength(4);
    });

    it('in a burst of changes only the latest group waits behind the running preparation', async () => {
      const client = await loadClient();
      client.prepareGroupReportPdf(group(2), '2026-12-07');
      client.prepareGroupReportPdf(group(3), '2026-12-07');
      client.prepareGroupReportPdf(group(4), '2026-12-07');
      const worker = FakeWorker.created[0];
      expect(renders(worker)).toHaveLength(1);
      finish(worker, 0, 2);
      await vi.advanceTimersByTimeAsync(0);
      // The group of three was overtaken while it waited: the group of four follows, and nothing else.
      expect(renders(worker).map((r) => r.job.model)).toEqual([group(2), group(4)]);
      finish(worker, 1, 4);
      await vi.advanceTimersByTimeAsync(0);
      expect(renders(worker)).toHaveLength(2);
      expect((await client.createGroupReportPdf(group(4), '2026-12-07')).size).toBe(4);
      expect(renders(worker)).toHaveLength(2);
    });

    it('a click for the group that waits renders it at once, and the preparation does not render it twice', async () => {
      const client = await loadClient();
      client.prepareGroupReportPdf(group(2), '2026-12-07');
      client.prepareGroupReportPdf(group(4), '2026-12-07');
      const worker = FakeWorker.created[0];
      const clicked = client.createGroupReportPdf(group(4), '2026-12-07');
      expect(renders(worker)).toHaveLength(2);
      finish(worker, 0, 2);
      finish(worker, 1, 4);
      expect((await clicked).size).toBe(4);
      await vi.advanceTimersByTimeAsync(0);
      expect(renders(worker)).toHaveLength(2);
    });

    it('single and group preparations never push each other out', async () => {
      const client = await loadClient();
      const worker = () => FakeWorker.created[0];
      const answerLast = (size: number) => {
        const last = worker()?.requests.at(-1);
        worker()?.answer({
          type: 'done',
          id: last?.type === 'render' ? last.id : -1,
          buffer: new ArrayBuffer(size),
        });
      };
      const languages = ['nl', 'en'] as const;
      for (const [index, language] of languages.entries()) {
        client.prepareReportPdf({ ...model, language }, '2026-12-07');
        answerLast(10 + index);
      }
      // A workshop whose group changes many times.
      for (let count = 2; count <= 5; count += 1) {
        client.prepareGroupReportPdf(group(count), '2026-12-07');
        answerLast(count);
        await vi.advanceTimersByTimeAsync(0);
      }
      const before = worker()?.requests.length;
      expect((await client.createReportPdf({ ...model, language: 'nl' }, '2026-12-07')).size).toBe(10);
      expect((await client.createReportPdf({ ...model, language: 'en' }, '2026-12-07')).size).toBe(11);
      expect((await client.createGroupReportPdf(group(5), '2026-12-07')).size).toBe(5);
      expect(worker()?.requests.length).toBe(before);

      // Many single reports do not push the group report out either.
      for (let index = 0; index < 6; index += 1) {
        client.prepareReportPdf({ ...model, organisationName: `O${index}` } as ReportModel, '2026-12-07');
        answerLast(20 + index);
      }
      expect((await client.createGroupReportPdf(group(5), '2026-12-07')).size).toBe(5);
    });

    it('a failed preparation is rendered again on click', async () => {
      const client = await loadClient();
      client.prepareGroupReportPdf(group(4), '2026-12-07');
      const worker = FakeWorker.created[0];
      const first = renders(worker)[0];
      worker?.answer({ type: 'error', id: first?.id ?? -1, message: 'font missing' });
      await vi.advanceTimersByTimeAsync(0);
      const clicked = client.createGroupReportPdf(group(4), '2026-12-07');
      expect(renders(worker)).toHaveLength(2);
      finish(worker, 1, 9);
      expect((await clicked).size).toBe(9);
    });
  });
});

describe('contentDigest', () => {
  it('is short, the same for the same text, and different for texts that differ in one character or in order', async () => {
    const { contentDigest } = await loadClient();
    const text = JSON.stringify({
      organisation: 'Voorbeeld B.V.',
      answers: { a: 'yes', b: 'no' },
      pad: 'x'.repeat(50_000),
    });
    expect(contentDigest(text)).toBe(contentDigest(`${text}`));
    expect(contentDigest(text).length).toBeLessThan(30);
    expect(contentDigest(text.replace('"yes"', '"yeS"'))).not.toBe(contentDigest(text));
    expect(contentDigest('ab')).not.toBe(contentDigest('ba'));
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i += 1) seen.add(contentDigest(`{"score":${i}}`));
    expect(seen.size).toBe(10_000);
  });
});
