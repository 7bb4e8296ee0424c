import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CAMERA_READ_INTERVAL, readQrFromImage, startQrCamera } from './read-qr.ts';

/** What the fake detector finds in the next reads, one list per read; empty once used up. */
let frames: string[][] = [];

/** Stands in for the browser's own BarcodeDetector (jsdom has none, and no camera or WebAssembly reader). */
class FakeBarcodeDetector {
  static getSupportedFormats() {
    return Promise.resolve(['qr_code', 'ean_13']);
  }
  detect() {
    return Promise.resolve((frames.shift() ?? []).map((rawValue) => ({ rawValue })));
  }
}

function fakeVideo(): HTMLVideoElement {
  const video = document.createElement('video');
  Object.defineProperty(video, 'readyState', { get: () => HTMLMediaElement.HAVE_ENOUGH_DATA });
  Object.defineProperty(video, 'videoWidth', { get: () => 640 });
  video.play = () => Promise.resolve();
  video.pause = () => {};
  return video;
}

function fakeCamera(getUserMedia: () => Promise<MediaStream>) {
  Object.defineProperty(navigator, 'mediaDevices', { configurable: true, value: { getUserMedia } });
}

const stop = vi.fn();
const stream = { getTracks: () => [{ stop }] } as unknown as MediaStream;

/** The fakes every test starts with; jsdom's page is not a secure context, a localhost or https page is. */
function stubBrowser() {
  vi.stubGlobal('isSecureContext', true);
  vi.stubGlobal('BarcodeDetector', FakeBarcodeDetector);
  vi.stubGlobal('createImageBitmap', (blob: Blob) =>
    blob.type.startsWith('image/')
      ? Promise.resolve({ close() {} })
      : Promise.reject(new DOMException('', 'InvalidStateError')),
  );
}

beforeEach(stubBrowser);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  frames = [];
  stop.mockClear();
});

describe('startQrCamera', () => {
  it('reports each code once while it stays in view, and again after it has left', async () => {
    vi.useFakeTimers();
    fakeCamera(() => Promise.resolve(stream));
    frames = [['A'], ['A', 'B'], ['A'], [], ['B'], [], [], [], [], ['A']];
    const texts: string[] = [];
    const video = fakeVideo();
    const result = await startQrCamera(video, (text) => texts.push(text));
    expect(result.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(CAMERA_READ_INTERVAL * 12);
    expect(texts).toEqual(['A', 'B', 'A']);
    expect(video.srcObject).toBe(stream);
    if (result.ok) result.value.stop();
    expect(stop).toHaveBeenCalled();
    expect(video.srcObject).toBeNull();
  });

  it('reads nothing more once stopped', async () => {
    vi.useFakeTimers();
    fakeCamera(() => Promise.resolve(stream));
    const texts: string[] = [];
    const result = await startQrCamera(fakeVideo(), (text) => texts.push(text));
    if (result.ok) result.value.stop();
    frames = [['A'], ['A']];
    await vi.advanceTimersByTimeAsync(CAMERA_READ_INTERVAL * 5);
    expect(texts).toEqual([]);
  });

  it.each([
    ['NotAllowedError', 'permission-denied'],
    ['SecurityError', 'permission-denied'],
    ['NotFoundError', 'no-camera'],
    ['OverconstrainedError', 'no-camera'],
    ['NotReadableError', 'camera-failed'],
  ])('says %s from the browser as the problem %s', async (name, problem) => {
    fakeCamera(() => Promise.reject(new DOMException('', name)));
    expect(await startQrCamera(fakeVideo(), () => {})).toEqual({ ok: false, problem });
  });

  it('asks for no camera on a page that is not a secure context (plain HTTP on the local network)', async () => {
    const getUserMedia = vi.fn(() => Promise.resolve(stream));
    fakeCamera(getUserMedia);
    vi.stubGlobal('isSecureContext', false);
    expect(await startQrCamera(fakeVideo(), () => {})).toEqual({ ok: false, problem: 'insecure-context' });
    expect(getUserMedia).not.toHaveBeenCalled();
  });
});

describe('readQrFromImage', () => {
  it('gives the texts of the codes in a photo, each once', async () => {
    frames = [['A', 'B', 'A']];
    expect(await readQrFromImage(new Blob(['x'], { type: 'image/png' }))).toEqual({
      ok: true,
      value: ['A', 'B'],
    });
  });

  it('says a file that is not a picture is not one', async () => {
    expect(await readQrFromImage(new Blob(['x'], { type: 'text/plain' }))).toEqual({
      ok: false,
      problem: 'not-an-image',
    });
  });
});
