/**
 * For unit tests: a stand-in for the PDF worker that records the requests it is sent and answers only when a test
 * tells it to. Install it with `vi.stubGlobal('Worker', FakePdfWorker)`; `created` lists every worker the client
 * started, in order.
 */
import type { PdfRequest, PdfResponse } from './pdf-messages.ts';

export class FakePdfWorker {
  static created: FakePdfWorker[] = [];
  requests: PdfRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PdfResponse>) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakePdfWorker.created.push(this);
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
