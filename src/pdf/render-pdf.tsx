/**
 * Renders the report with react-pdf. Runs inside the PDF worker, or on the main thread when a worker
 * cannot be used. Loaded only when the user asks for the PDF (or in idle time on the results page).
 */
import { Document, Page, pdf, Text } from '@react-pdf/renderer';
import { applyReportHyphenation, REPORT_FONT, registerReportFonts } from '../../templates/pdf/fonts.ts';
import { ReportDocument } from '../../templates/pdf/report-document.tsx';
import { renderGroupReportToBlob } from '../../templates/pdf/render-group-report.tsx';
import type { ReportModel } from '../../templates/report-model.ts';
import type { PdfJob } from './pdf-messages.ts';
import { browserFontSources } from './report-fonts.ts';

export async function renderReportPdf(model: ReportModel, date: string, origin: string): Promise<Blob> {
  registerReportFonts(browserFontSources(origin));
  applyReportHyphenation(model.language);
  return pdf(<ReportDocument model={model} date={date} />).toBlob();
}

/** Renders a report or a group report. */
export async function renderPdfJob(job: PdfJob, date: string, origin: string): Promise<Blob> {
  switch (job.kind) {
    case 'report':
      return renderReportPdf(job.model, date, origin);
    case 'group':
      return renderGroupReportToBlob(job.model, date, browserFontSources(origin));
  }
}

/** Loads and parses the fonts and warms up the layout engine, so that the first real report is quick. */
export async function warmUpReportPdf(origin: string): Promise<void> {
  registerReportFonts(browserFontSources(origin));
  await pdf(
    <Document>
      <Page>
        <Text style={{ fontFamily: REPORT_FONT }}>Warm</Text>
        <Text style={{ fontFamily: REPORT_FONT, fontWeight: 'bold' }}>Warm</Text>
      </Page>
    </Document>,
  ).toBlob();
}
