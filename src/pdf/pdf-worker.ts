/**
 * The PDF worker: renders the report off the main thread, so the page stays responsive while it works.
 * This entry is small: it starts loading the render code (react-pdf), the fonts and the hyphenation patterns of
 * the first report all at once, rather than the fonts and patterns only after the render code.
 */
import { loadHyphenator } from '../../templates/pdf/hyphenation.ts';
import type { PdfRequest, PdfResponse } from './pdf-messages.ts';
import { prefetchFontSources } from './report-fonts.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage: (message: PdfResponse, transfer?: Transferable[]) => void;
  location: { origin: string };
};

const renderer = import('./pdf-worker-render.ts');
const fonts = prefetchFontSources(scope.location.origin);
// Without its render code the worker is of no use: rethrown outside the promise, the failure reaches the page's
// `worker.onerror`, which renders on the main thread from then on.
renderer.catch((error: unknown) =>
  setTimeout(() => {
    throw error;
  }),
);

async function handle(request: PdfRequest): Promise<void> {
  try {
    const [{ renderPdfJob, warmUpReportPdf }, sources] = await Promise.all([renderer, fonts]);
    if (request.type === 'warm-up') {
      await warmUpReportPdf(sources);
      scope.postMessage({ type: 'ready' });
      return;
    }
    const blob = await renderPdfJob(request.job, request.date, sources);
    const buffer = await blob.arrayBuffer();
    scope.postMessage({ type: 'done', id: request.id, buffer }, [buffer]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', id: request.type === 'render' ? request.id : null, message });
  }
}

// One job at a time: react-pdf's hyphenation callback is global, so a Dutch and an English report
// rendered at the same time could hyphenate each other's words.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
  const request = event.data;
  // The patterns of the report's language load alongside the render code; a failure shows in the render itself.
  if (request.type === 'render') loadHyphenator(request.job.model.language).catch(() => undefined);
  queue = queue.then(() => handle(request));
};
