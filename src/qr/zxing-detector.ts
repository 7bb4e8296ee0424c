/**
 * The fallback QR reader where the browser has no `BarcodeDetector` for QR codes (Chromium on Linux and
 * Windows, Firefox, Safari before 17): the `barcode-detector` ponyfill, which runs ZXing-C++ compiled to
 * WebAssembly. Its `.wasm` comes from the app's own origin, as a built asset that the service worker precaches
 * (never the ponyfill's default CDN): offline and under the Content-Security-Policy (`connect-src 'self'`,
 * `script-src 'wasm-unsafe-eval'`). Loaded only when a code is to be read, by `import()` from read-qr.ts.
 */
import { BarcodeDetector, ZXING_WASM_VERSION, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

export { ZXING_WASM_VERSION };

/** Fetches and compiles the reader's WebAssembly, and makes a detector of QR codes; rejects when it cannot. */
export async function createZxingDetector(): Promise<Pick<BarcodeDetector, 'detect'>> {
  await prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  });
  return new BarcodeDetector({ formats: ['qr_code'] });
}
