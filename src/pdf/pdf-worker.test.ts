/**
 * The PDF worker renders one job at a time: react-pdf's hyphenation callback is global, so a Dutch
 * and an English report must never be rendered at the same time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FontSources } from '../../templates/pdf/fonts.ts';
import type { PdfJob, PdfRequest } from './pdf-messages.ts';

const started: string[] = [];
const finishers: (() => void)[] = [];
const fontSources: FontSources[] = [];

vi.mock('./render-pdf.tsx', () => ({
  warmUpReportPdf: () => Promise.resolve(),
  renderPdfJob: (job: PdfJob, _date: string, fonts: FontSources) => {
    started.push(job.model.language);
    fontSources.push(fonts);
    return new Promise<Blob>((resolve) => finishers.push(() => resolve(new Blob(['%PDF-']))));
  },
}));

describe('the PDF worker', () => {
  afterEach(() => {
    started.length = 0;
    finishers.length = 0;
  });

  it('starts the next render only when the one before it is done', async () => {
    const posted: unknown[] = [];
    const scope = self as unknown as {
      onmessage: ((event: { data: PdfRequest }) => void) | null;
      postMessage: (message: unknown) => void;
    };
    scope.postMessage = (message) => posted.push(message);
    // The worker fetches the fonts as soon as it starts, and hands them to react-pdf as data URLs.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(new Uint8Array([0, 1, 0, 0]))));
    await import('./pdf-worker.ts');
    const render = (id: number, language: 'nl' | 'en'): PdfRequest => ({
      type: 'render',
      id,
      date: '2026-12-02',
      job: { kind: 'report', model: { language } } as PdfJob,
    });
    scope.onmessage?.({ data: render(1, 'nl') });
    scope.onmessage?.({ data: render(2, 'en') });
    await vi.waitFor(() => expect(started).toEqual(['nl']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual(['nl']);
    finishers[0]?.();
    await vi.waitFor(() => expect(started).toEqual(['nl', 'en']));
    finishers[1]?.();
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted.map((m) => (m as { id: number }).id)).toEqual([1, 2]);
    expect(fontSources[0]).toEqual({
      regular: 'data:font/ttf;base64,AAEAAA==',
      bold: 'data:font/ttf;base64,AAEAAA==',
    });
    vi.unstubAllGlobals();
  });
});
