/**
 * The PDF worker: renders the report off the main thread, so the page stays responsive while it works.
 */
import type { PdfRequest, PdfResponse } from './pdf-messages.ts';
import { renderPdfJob, warmUpReportPdf } from './render-pdf.tsx';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null;
  postMessage: (message: PdfResponse, transfer?: Transferable[]) => void;
  location: { origin: string };
};

async function handle(request: PdfRequest): Promise<void> {
  try {
    if (request.type === 'warm-up') {
      await warmUpReportPdf(scope.location.origin);
      scope.postMessage({ type: 'ready' });
      return;
    }
    const blob = await renderPdfJob(request.job, request.date, scope.location.origin);
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
  queue = queue.then(() => handle(request));
};
