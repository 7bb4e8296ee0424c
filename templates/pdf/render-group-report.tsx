/**
 * Renders the group report to a Blob with react-pdf, in the browser (the PDF worker or the main thread).
 * The app passes the font files it serves; Node uses `renderGroupReportToBuffer` instead.
 */
import { pdf } from '@react-pdf/renderer';
import type { GroupReportModel } from '../group-report-model.ts';
import { prepareReportFonts, withPrintableText, type FontSources } from './fonts.ts';
import { GroupReportDocument } from './group-report-document.tsx';

/**
 * The PDF of the group report.
 * @param model the group report model (`buildGroupReportModel`)
 * @param date the report date as an ISO string
 * @param fonts where the subset font files are (in the app: `browserFontSources(origin)`)
 */
export async function renderGroupReportToBlob(
  model: GroupReportModel,
  date: string,
  fonts: FontSources,
): Promise<Blob> {
  const printable = await prepareReportFonts(fonts, model.language);
  return pdf(<GroupReportDocument model={withPrintableText(model, printable)} date={date} />).toBlob();
}
