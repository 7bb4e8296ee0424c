/**
 * Starts the PDF worker. The worker fetches and compiles its render code (about 380 kB gzip) and the fonts as soon
 * as it starts, before it gets any job, so the entry starts it at once when the app opens on the results page
 * (`main.tsx`): by the time a user clicks "download", that part is done. `pdf-client.ts` takes the started worker
 * over, or starts one itself.
 */

let started: Worker | null = null;
let hasFailed = false;

function createWorker(): Worker {
  return new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf-report' });
}

/** Starts the worker ahead of its first job; does nothing without worker support or when one has started. */
export function startPdfWorkerEarly(): void {
  if (started || typeof Worker === 'undefined') return;
  try {
    started = createWorker();
  } catch {
    return;
  }
  // Until the client takes it over, a worker that fails to start is only noted: the client then starts afresh
  // (and falls back to the main thread if that fails too).
  started.onerror = () => {
    hasFailed = true;
  };
}

/**
 * The worker started early, handed over once (its `onerror` is the caller's to set), or a new one.
 * @throws when the browser cannot start a module worker
 */
export function takePdfWorker(): Worker {
  const early = started;
  started = null;
  if (early && !hasFailed) {
    early.onerror = null;
    return early;
  }
  early?.terminate();
  hasFailed = false;
  return createWorker();
}
