/**
 * Renders the report with react-pdf. Runs inside the PDF worker, or on the main thread when a worker
 * cannot be used. Loaded only when the user asks for the PDF (or in idle time on the results page).
 */
import { Document, Page, pdf, Text } from '@react-pdf/renderer';
import {
  prepareReportFonts,
  REPORT_FONT,
  registerReportFonts,
  withPrintableText,
  type FontSources,
} from '../../templates/pdf/fonts.ts';
import { ReportDocument } from '../../templates/pdf/report-document.tsx';
import { renderGroupReportToBlob } from '../../templates/pdf/render-group-report.tsx';
import type { ReportModel } from '../../templates/report-model.ts';
import type { PdfJob } from './pdf-messages.ts';

export async function renderReportPdf(model: ReportModel, date: string, fonts: FontSources): Promise<Blob> {
  const printable = await prepareReportFonts(fonts, model.language);
  return pdf(<ReportDocument model={withPrintableText(model, printable)} date={date} />).toBlob();
}

/**
 * Renders a report or a group report.
 * @param fonts the app's font files (`browserFontSources`), or the same fetched ahead as data URLs
 */
export async function renderPdfJob(job: PdfJob, date: string, fonts: FontSources): Promise<Blob> {
  switch (job.kind) {
    case 'report':
      return renderReportPdf(job.model, date, fonts);
    case 'group':
      return renderGroupReportToBlob(job.model, date, fonts);
  }
}

/** Loads and parses the fonts and warms up the layout engine, so that the first real report is quick. */
export async function warmUpReportPdf(fonts: FontSources): Promise<void> {
  registerReportFonts(fonts);
  await pdf(
    <Document>
      <Page>
        <Text style={{ fontFamily: REPORT_FONT }}>Warm</Text>
        <Text style={{ fontFamily: REPORT_FONT, fontWeight: 'bold' }}>Warm</Text>
      </Page>
    </Document>,
  ).toBlob();
}
