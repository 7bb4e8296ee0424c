import type { ReportModel } from './report-model.ts';

export interface ChartDatum {
  id: string;
  label: string;
  score: number;
}

/** The theme scores as chart data, shared by the screen charts and the PDF chart. */
export function toChartData(model: Pick<ReportModel, 'themes'>): ChartDatum[] {
  return model.themes.map((theme) => ({ id: theme.id, label: theme.title, score: theme.score }));
}
