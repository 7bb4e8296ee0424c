// The render code of the PDF worker, in a chunk of its own (`pdf-worker-render-*.js`) that the small worker entry
// loads while it fetches the fonts.
export { renderPdfJob, warmUpReportPdf } from './render-pdf.tsx';
