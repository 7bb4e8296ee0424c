/**
 * `npm run bench:qr`: how long reading one participant's QR code takes in chromium, with the reader the app
 * ships (ZXing WebAssembly, the fallback where the browser has no BarcodeDetector: chromium on Linux).
 *
 * - The code: an answers link of realistic length (about 200 characters), drawn as the app draws it (level M).
 * - From the camera: a 640×480 frame of chromium's fake camera (the code about 260 px wide in it), read from the
 *   playing <video> as the camera scan does every 200 ms.
 * - From a photo: a 1600×1200 PNG with the code about 780 px wide, through createImageBitmap and the detector,
 *   as `readQrFromImage` does.
 * - The first load of the reader (its chunk fetched and its .wasm compiled) is printed apart.
 * 20 reads each after 3 warm-up reads; median and worst in ms, printed as JSON.
 *
 * Production build in its own folder and `vite preview` on its own port (see bench-lighthouse.ts for why).
 */
import { waitForServer } from './wait-for-server.ts';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.ts';
import { writeBenchResult } from './budgets.ts';
import { drawQrPng, fakeCameraArgs, readPng, writeFakeCamera } from '../tests/fixtures/fake-camera.ts';

const root = join(import.meta.dirname, '..');
const PORT = 4394;
const base = `http://127.0.0.1:${PORT}`;
const outDir = join(root, 'node_modules', '.tmp', 'bench-qr-dist');
const RUNS = 20;
const WARM_UP_RUNS = 3;
const LINK = `https://adviseur.example.nl/quickscan/#/workshop/ontvang/${'QS1'.padEnd(150, 'Az8_-q3Kx7Lm0pW')}`;

/** A photo-sized PNG: the code centred on white. */
function drawPhoto(width: number, height: number, code: Buffer): Buffer {
  const qr = readPng(code);
  const photo = new PNG({ width, height });
  photo.data.fill(255);
  const left = Math.floor((width - qr.width) / 2);
  const top = Math.floor((height - qr.height) / 2);
  for (let y = 0; y < qr.height; y += 1)
    photo.data.set(
      qr.data.subarray(y * qr.width * 4, (y + 1) * qr.width * 4),
      ((top + y) * width + left) * 4,
    );
  return PNG.sync.write(photo);
}

const summarise = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? 0), worstMs: round(sorted.at(-1) ?? 0) };
};

const vite = join(root, 'node_modules/vite/bin/vite.js');
execFileSync(process.execPath, [vite, 'build', '--logLevel', 'silent', '--outDir', outDir, '--emptyOutDir'], {
  cwd: root,
  stdio: 'inherit',
});
const readerChunk = readdirSync(join(outDir, 'assets')).find(
  (file) => file.startsWith('zxing-detector-') && file.endsWith('.js'),
);
if (!readerChunk) throw new Error('The build has no zxing-detector chunk');

const cameraFile = join(mkdtempSync(join(tmpdir(), 'bench-qr-')), 'camera.y4m');
writeFakeCamera(cameraFile, [drawQrPng(LINK, 4)]);
const photo = drawPhoto(1600, 1200, drawQrPng(LINK, 12));

const server = spawn(
  process.execPath,
  [vite, 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  { cwd: root, stdio: 'ignore' },
);
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, ...fakeCameraArgs(cameraFile)],
});
try {
  await waitForServer(base);
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  // tsx names the functions inside the evaluated code with a helper of its own, which the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const result = await page.evaluate(
    async ({ chunk, photoBytes, runs, warmUp, expected }) => {
      const loadStart = performance.now();
      const reader = (await import(/* @vite-ignore */ `/assets/${chunk}`)) as {
        createZxingDetector: () => Promise<{
          detect: (source: ImageBitmapSource) => Promise<{ rawValue: string }[]>;
        }>;
      };
      const detector = await reader.createZxingDetector();
      const loadMs = performance.now() - loadStart;

      const check = (codes: { rawValue: string }[]) => {
        if (codes[0]?.rawValue !== expected)
          throw new Error(`read ${JSON.stringify(codes)} instead of the link`);
      };
      const time = async (read: () => Promise<void>) => {
        const times: number[] = [];
        for (let i = 0; i < warmUp + runs; i += 1) {
          const start = performance.now();
          await read();
          if (i >= warmUp) times.push(performance.now() - start);
        }
        return times;
      };

      const blob = new Blob([new Uint8Array(photoBytes)], { type: 'image/png' });
      const photo = await time(async () => {
        const bitmap = await createImageBitmap(blob);
        check(await detector.detect(bitmap));
        bitmap.close();
      });

      const video = document.createElement('video');
      video.muted = true;
      video.srcObject = await navigator.mediaDevices.getUserMedia({ video: true });
      await video.play();
      while (video.videoWidth === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      const camera = await time(async () => check(await detector.detect(video)));
      const frame = `${video.videoWidth}×${video.videoHeight}`;
      for (const track of (video.srcObject as MediaStream).getTracks()) track.stop();
      return { loadMs, photo, camera, frame };
    },
    { chunk: readerChunk, photoBytes: [...photo], runs: RUNS, warmUp: WARM_UP_RUNS, expected: LINK },
  );
  // No budget of its own: the decode time is a figure for the room (see bench-room.ts).
  const output = {
    benchmark: 'qr',
    reader: 'barcode-detector ponyfill (ZXing WebAssembly), served from the app',
    linkLength: LINK.length,
    runs: RUNS,
    firstLoadMs: Math.round(result.loadMs),
    fromCameraFrame: { frame: result.frame, ...summarise(result.camera) },
    fromPhoto: { photo: '1600×1200 PNG', ...summarise(result.photo) },
  };
  writeBenchResult({ ...output, budgets: [] });
  console.log(JSON.stringify(output, null, 2));
} finally {
  await browser.close();
  server.kill();
}
