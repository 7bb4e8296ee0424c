import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZXING_WASM_SHA256, ZXING_WASM_VERSION } from 'barcode-detector/ponyfill';

describe('the QR reader’s WebAssembly that the app serves itself', () => {
  it('is the very file the barcode-detector ponyfill was built against', () => {
    // zxing-detector.ts takes the .wasm from the zxing-wasm package; a different version would fail to load,
    // offline too. Both packages are pinned in package.json: update them together.
    const wasm = readFileSync(join(process.cwd(), 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'));
    const installed = JSON.parse(
      readFileSync(join(process.cwd(), 'node_modules/zxing-wasm/package.json'), 'utf8'),
    ) as { version: string };
    expect(installed.version).toBe(ZXING_WASM_VERSION);
    expect(createHash('sha256').update(wasm).digest('hex')).toBe(ZXING_WASM_SHA256);
  });
});
