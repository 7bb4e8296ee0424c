/**
 * Vite plugin for the PDF fonts: leaves fontkit's WOFF2 decoder (the `brotli` package, about 90 kB of code that
 * also builds its dictionary when it loads) out of the PDF worker and the main-thread PDF chunk. The report
 * fonts are TrueType files (decision 0008), so the decoder is never used; a WOFF2 font would fail with a clear
 * message instead. Builds only: the dev server pre-bundles react-pdf as it is.
 */
import type { Plugin } from 'vite';

const WOFF2_DECODER = 'brotli/decompress.js';
const STUB_ID = '\0pdf-fonts:no-woff2-decoder';
const STUB = `export default function decompress() {
  throw new Error('WOFF2 fonts are not supported in the PDF: use a TrueType (.ttf) or WOFF font (build/pdf-fonts-plugin.ts)');
}`;

function withoutWoff2Decoder(): Plugin {
  return {
    name: 'pdf-fonts:no-woff2-decoder',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === WOFF2_DECODER ? STUB_ID : null),
    load: (id) => (id === STUB_ID ? STUB : null),
  };
}

/** The PDF fonts plugin, for the app and (through `worker.plugins`, which Vite builds apart) the PDF worker. */
export function pdfFonts(): Plugin {
  return {
    ...withoutWoff2Decoder(),
    name: 'pdf-fonts',
    config: () => ({ worker: { plugins: () => [withoutWoff2Decoder()] } }),
  };
}
