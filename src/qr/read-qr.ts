/**
 * Reading QR codes on the advisor's device: from a photo, and live from the camera. The browser's own
 * `BarcodeDetector` where it reads QR codes (Chrome on Android and macOS, Safari 17+); elsewhere ZXing as
 * WebAssembly (zxing-detector.ts), loaded on first use. What goes wrong comes back as a `QrProblem`, for the
 * page to explain; nothing here throws.
 */
import { createAppearanceTracker } from './appearance-tracker.ts';

/** Why a code could not be read. */
export type QrProblem =
  /** The page is on plain HTTP (not localhost): browsers give such pages no camera. */
  | 'insecure-context'
  /** This device has no camera, or none the browser offers. */
  | 'no-camera'
  /** The person or the browser's settings refused the camera. */
  | 'permission-denied'
  /** The camera is there but would not start (another app uses it). */
  | 'camera-failed'
  /** The reader could not be loaded (its WebAssembly did not load or compile). */
  | 'decoder-failed'
  /** The file is not an image the browser can open. */
  | 'not-an-image';

export type QrResult<T> = { ok: true; value: T } | { ok: false; problem: QrProblem };

/** A running camera scan. */
export interface QrCamera {
  /** Stops reading, turns the camera off and empties the preview. */
  stop(): void;
}

interface QrDetector {
  detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

/** The browser's own detector, where it exists and reads QR codes. */
interface NativeBarcodeDetector {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

/** Milliseconds between two reads of the camera: fast enough to feel instant, light enough for an old laptop. */
export const CAMERA_READ_INTERVAL = 200;

let detector: Promise<QrDetector> | undefined;

async function createDetector(): Promise<QrDetector> {
  const native = (globalThis as { BarcodeDetector?: NativeBarcodeDetector }).BarcodeDetector;
  if (native) {
    const formats = await native.getSupportedFormats().catch((): string[] => []);
    if (formats.includes('qr_code')) return new native({ formats: ['qr_code'] });
  }
  const { createZxingDetector } = await import('./zxing-detector.ts');
  return createZxingDetector();
}

/** The detector, made once; a failed load is tried again next time (the network may be back). */
async function loadDetector(): Promise<QrDetector | undefined> {
  detector ??= createDetector();
  try {
    return await detector;
  } catch (error) {
    console.warn('The QR code reader could not be loaded', error);
    detector = undefined;
    return undefined;
  }
}

/** The texts of the QR codes in one picture, each once, in the order they were found. */
async function detectTexts(reader: QrDetector, source: ImageBitmapSource): Promise<string[]> {
  const codes = await reader.detect(source);
  return [...new Set(codes.map((code) => code.rawValue).filter((text) => text !== ''))];
}

/** Reads the QR codes in a photo (an empty list when there is none it can read). */
export async function readQrFromImage(blob: Blob): Promise<QrResult<string[]>> {
  const reader = await loadDetector();
  if (!reader) return { ok: false, problem: 'decoder-failed' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    return { ok: false, problem: 'not-an-image' };
  }
  try {
    return { ok: true, value: await detectTexts(reader, bitmap) };
  } finally {
    bitmap.close();
  }
}

function describeCameraError(error: unknown): QrProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'permission-denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  return 'camera-failed';
}

/**
 * Starts the camera (the one facing away from the screen where there are two), shows it in `video` and reads
 * it every `CAMERA_READ_INTERVAL` ms. `onText` gets each code's text once when it comes into view (see
 * createAppearanceTracker), not in every frame.
 */
export async function startQrCamera(
  video: HTMLVideoElement,
  onText: (text: string) => void,
): Promise<QrResult<QrCamera>> {
  if (!window.isSecureContext) return { ok: false, problem: 'insecure-context' };
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'no-camera' };
  const [reader, stream] = await Promise.all([
    loadDetector(),
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })
      .catch((error: unknown) => describeCameraError(error)),
  ]);
  if (typeof stream === 'string') return { ok: false, problem: stream };
  const stopStream = () => {
    for (const track of stream.getTracks()) track.stop();
  };
  if (!reader) {
    stopStream();
    return { ok: false, problem: 'decoder-failed' };
  }
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  try {
    await video.play();
  } catch (error) {
    stopStream();
    video.srcObject = null;
    return { ok: false, problem: describeCameraError(error) };
  }

  const track = createAppearanceTracker();
  let isRunning = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const readFrame = async () => {
    if (!isRunning) return;
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
      try {
        const texts = await detectTexts(reader, video);
        // A text that arrives after stop() is dropped: the advisor has closed the camera.
        if (isRunning) for (const text of track(texts)) onText(text);
      } catch (error) {
        console.warn('A camera frame could not be read', error);
      }
    }
    if (isRunning) timer = setTimeout(() => void readFrame(), CAMERA_READ_INTERVAL);
  };
  void readFrame();

  return {
    ok: true,
    value: {
      stop() {
        isRunning = false;
        clearTimeout(timer);
        stopStream();
        video.pause();
        video.srcObject = null;
      },
    },
  };
}
