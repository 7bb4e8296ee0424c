/**
 * The Content-Security-Policy of the built app: only its own origin. No inline script, no eval.
 * - `wasm-unsafe-eval`: react-pdf lays out pages with yoga, a WebAssembly module (compiling Wasm, not JS eval).
 * - `blob:` for workers, images and fetches: the PDF, Word and CSV files are made in the browser as blobs.
 * - `data:` for fonts and images: react-pdf embeds them as data URLs while it renders.
 * - `style-src 'self' 'unsafe-inline'` is not needed: React and recharts set styles through the DOM.
 * Delivered as a meta tag so it holds on any static host (vite.config.ts), and as a header where the host can set
 * one (public/_headers, which adds `frame-ancestors 'none'`; a unit test keeps the two the same). Not in the dev
 * server, whose hot reload needs inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
