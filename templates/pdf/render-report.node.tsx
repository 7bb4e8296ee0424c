/**
 * Renders the PDF report and the group report in Node (command line tool, tests, benchmark), with the
 * fonts from the dejavu-fonts-ttf package on disk.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { createRequire } from 'node:module';
import type { GroupReportModel } from '../group-report-model.ts';
import type { ReportModel } from '../report-model.ts';
import { registerReportFonts, applyReportHyphenation } from './fonts.ts';
import { GroupReportDocument } from './group-report-document.tsx';
import { ReportDocument } from './report-document.tsx';

const require = createRequire(import.meta.url);

export const NODE_FONT_SOURCES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** The PDF bytes of the report. */
export async function renderReportToBuffer(model: ReportModel, date: string): Promise<Buffer> {
  registerReportFonts(NODE_FONT_SOURCES);
  applyReportHyphenation(model.language);
  return renderToBuffer(<ReportDocument model={model} date={date} />);
}

/**
 * The PDF bytes of the group report.
 * @param generatedAt the report date as an ISO string
 */
export async function renderGroupReportToBuffer(
  model: GroupReportModel,
  generatedAt: string,
): Promise<Buffer> {
  registerReportFonts(NODE_FONT_SOURCES);
  applyReportHyphenation(model.language);
  return renderToBuffer(<GroupReportDocument model={model} date={generatedAt} />);
}
