/**
 * Renders the PDF report and the group report in Node (command line tool, tests, benchmark), with the
 * same subset fonts as the app (`templates/pdf/font-files/`, decision 0008) read from disk.
 */
import { renderToBuffer } from '@react-pdf/renderer';
import { fileURLToPath } from 'node:url';
import type { GroupReportModel } from '../group-report-model.ts';
import type { ReportModel } from '../report-model.ts';
import { SUBSET_FONT_FILES } from './font-subset.ts';
import { prepareReportFonts, withPrintableText } from './fonts.ts';
import { GroupReportDocument } from './group-report-document.tsx';
import { ReportDocument } from './report-document.tsx';

const fontFile = (name: string) => fileURLToPath(new URL(`./font-files/${name}`, import.meta.url));

export const NODE_FONT_SOURCES = {
  regular: fontFile(SUBSET_FONT_FILES.regular.subset),
  bold: fontFile(SUBSET_FONT_FILES.bold.subset),
};

/** The PDF bytes of the report. */
export async function renderReportToBuffer(model: ReportModel, date: string): Promise<Buffer> {
  const printable = await prepareReportFonts(NODE_FONT_SOURCES, model.language);
  return renderToBuffer(<ReportDocument model={withPrintableText(model, printable)} date={date} />);
}

/**
 * The PDF bytes of the group report.
 * @param generatedAt the report date as an ISO string
 */
export async function renderGroupReportToBuffer(
  model: GroupReportModel,
  generatedAt: string,
): Promise<Buffer> {
  const printable = await prepareReportFonts(NODE_FONT_SOURCES, model.language);
  return renderToBuffer(
    <GroupReportDocument model={withPrintableText(model, printable)} date={generatedAt} />,
  );
}
