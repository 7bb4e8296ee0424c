/**
 * The parts of the group report with a row per participant: the participants and their roles, the
 * spread chart and the score table. For a small group they flow as one part; for a large group each
 * table is cut into page-sized chunks, each a part (a react-pdf `Page`) of its own with the header on
 * top (see `group-table.tsx`), so 1,000 participants render in reasonable time and every row is there.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import { Fragment, type ReactNode } from 'react';
import type { GroupReportModel, SpreadRow } from '../group-report-model.ts';
import {
  CONTENT_HEIGHT,
  CONTENT_WIDTH,
  estimateLines,
  estimateRowHeight,
  GroupTable,
  planTablePages,
  TableLead,
  type TableColumn,
  type TableRow,
  type TableSize,
} from './group-table.tsx';
import { computeSpreadGeometry, SpreadChart, SpreadSummaryChart } from './spread-chart.tsx';
import { H2, P, Small } from './text.tsx';
import { SIZES } from './theme.ts';

const styles = StyleSheet.create({
  tableTitle: { fontSize: SIZES.h3, fontWeight: 'bold', marginTop: 8, marginBottom: 3, lineHeight: 1.3 },
  chart: { marginTop: 6, marginBottom: 2 },
});

/** Room kept free on each page for what the estimates miss, in pt. */
const SAFETY = 24;
/** The estimated height of an H2 with its margins, and of the score table's title, in pt. */
const H2_HEIGHT = 40;
const TITLE_HEIGHT = 26;
/**
 * The most a chart may be tall (pt) to stay in one piece with its title, intro and caption on a page;
 * a taller chart goes on over the next page between two rows.
 */
const MAX_UNBROKEN_CHART_HEIGHT = 580;

/** The estimated height of a paragraph (`P`) over the full width, in pt. */
function paragraphHeight(text: string): number {
  return estimateLines(text, CONTENT_WIDTH, SIZES.body) * SIZES.body * 1.4 + 4;
}

/** A table's columns, header, rows and summary rows, with what it takes to cut it into pages. */
interface TablePlan {
  columns: TableColumn[];
  header: string[];
  rows: TableRow[];
  summary: TableRow[];
  boldColumn: string;
  size: TableSize;
  headerHeight: number;
  rowHeights: number[];
  summaryHeight: number;
}

function planTable(table: Omit<TablePlan, 'headerHeight' | 'rowHeights' | 'summaryHeight'>): TablePlan {
  const height = (row: TableRow) => estimateRowHeight(row.cells, table.columns, table.size);
  return {
    ...table,
    headerHeight: estimateRowHeight(table.header, table.columns, table.size),
    rowHeights: table.rows.map(height),
    summaryHeight: table.summary.reduce((sum, row) => sum + height(row), 0),
  };
}

function participantsTable(model: GroupReportModel): TablePlan {
  const t = model.texts;
  return planTable({
    columns: [
      { key: 'number', share: 0.06 },
      { key: 'label', share: 0.37 },
      { key: 'role', share: 0.24 },
      { key: 'level', share: 0.16 },
      { key: 'overall', share: 0.17, isNumber: true },
    ],
    header: ['#', t.participant, t.role, t.participantLevel, t.overall],
    rows: model.participants.map((participant) => ({
      key: String(participant.number),
      cells: [
        participant.number,
        participant.label,
        participant.roleLabel,
        participant.levelLabel,
        participant.overall,
      ],
    })),
    summary: [],
    boldColumn: 'number',
    size: 'body',
  });
}

/** The score table: a row per participant, a column per theme and the overall score, then lowest, highest, difference. */
function scoreTable(model: GroupReportModel): TablePlan {
  const t = model.texts;
  const spreadRows = [...model.spread.themes, model.spread.overall];
  const share = 0.78 / spreadRows.length;
  const summary = (key: string, label: string, value: (row: SpreadRow) => number) => ({
    key,
    cells: [label, ...spreadRows.map(value)],
  });
  return planTable({
    columns: [
      { key: 'participant', share: 0.22 },
      ...spreadRows.map((row) => ({ key: row.id, share, isNumber: true })),
    ],
    header: [t.participant, ...spreadRows.map((row) => row.label)],
    rows: model.participants.map((participant, index) => ({
      key: String(participant.number),
      cells: [
        `${participant.number}. ${participant.label}`,
        ...spreadRows.map((row) => row.scores[index] ?? ''),
      ],
    })),
    summary: [
      summary('lowest', t.lowest, (row) => row.min),
      summary('highest', t.highest, (row) => row.max),
      summary('difference', t.difference, (row) => row.range),
    ],
    boldColumn: 'overall',
    size: 'small',
  });
}

/** Cuts a table into chunks of rows: one chunk when it fits `firstRoom`, else page by page. */
function chunkTable(table: TablePlan, firstRoom: number): { rows: TableRow[]; isLast: boolean }[] {
  const sizes = planTablePages(
    table.rowHeights,
    table.headerHeight,
    firstRoom,
    CONTENT_HEIGHT - SAFETY,
    table.summaryHeight,
  );
  let start = 0;
  return sizes.map((size, index) => {
    const rows = table.rows.slice(start, start + size);
    start += size;
    return { rows, isLast: index === sizes.length - 1 };
  });
}

function TableChunk({ table, rows, isLast }: { table: TablePlan; rows: TableRow[]; isLast: boolean }) {
  return (
    <GroupTable
      columns={table.columns}
      header={table.header}
      rows={rows}
      summary={isLast ? table.summary : []}
      boldColumn={table.boldColumn}
      size={table.size}
    />
  );
}

/** The room a table's lead keeps under it: the header and the first row or two. */
const leadRoom = (table: TablePlan) =>
  table.headerHeight + (table.rowHeights[0] ?? 0) + (table.rowHeights[1] ?? 0) + 8;

/** The title of the spread, its intro, the chart (numbered dots or, for a large group, a summary) and its caption. */
function SpreadHead({ model }: { model: GroupReportModel }) {
  const { spread } = model;
  const rows = [spread.overall, ...spread.themes];
  const head = (
    <>
      <H2>{spread.title}</H2>
      <P>{spread.intro}</P>
    </>
  );
  const caption = <Small>{spread.caption}</Small>;
  const geometry = spread.showsEachParticipant ? computeSpreadGeometry(rows, CONTENT_WIDTH) : null;
  const chart = (
    <View style={styles.chart}>
      {spread.showsEachParticipant ? (
        <SpreadChart rows={rows} width={CONTENT_WIDTH} />
      ) : (
        <SpreadSummaryChart rows={rows} width={CONTENT_WIDTH} />
      )}
    </View>
  );
  if (geometry === null || geometry.height <= MAX_UNBROKEN_CHART_HEIGHT) {
    return (
      <View wrap={false}>
        {head}
        {chart}
        {caption}
      </View>
    );
  }
  return (
    <>
      {/* The axis and the first row stay on the page of the title. */}
      <View minPresenceAhead={(geometry.rows[0]?.height ?? 0) + 30}>{head}</View>
      {chart}
      {caption}
    </>
  );
}

function ScoreTitle({ model, table }: { model: GroupReportModel; table: TablePlan }) {
  return (
    <TableLead room={leadRoom(table)}>
      <Text style={styles.tableTitle}>{model.texts.scores}</Text>
    </TableLead>
  );
}

/**
 * The parts from the participants to the score table, each to start on a new page.
 * A small group: one part. A large group: the participants table in page-sized chunks (the first under
 * the intro, the spread chart after the last), then the score table in page-sized chunks.
 */
export function buildParticipantParts(model: GroupReportModel): ReactNode[] {
  const t = model.texts;
  const participants = participantsTable(model);
  const scores = scoreTable(model);
  const introHeight =
    H2_HEIGHT +
    paragraphHeight(model.intro) +
    paragraphHeight(model.participantsIntro) +
    paragraphHeight(model.privacy.roleLines.join(' ')) +
    4;
  const participantChunks = chunkTable(participants, CONTENT_HEIGHT - SAFETY - introHeight);
  const scoreHeight =
    TITLE_HEIGHT +
    scores.headerHeight +
    scores.rowHeights.reduce((sum, height) => sum + height, 0) +
    scores.summaryHeight;
  // A score table that does not fit on one page starts on a page of its own and goes on page by page.
  const isScoreTableCut = scoreHeight > CONTENT_HEIGHT - SAFETY;
  const scoreChunks = isScoreTableCut
    ? chunkTable(scores, CONTENT_HEIGHT - SAFETY - TITLE_HEIGHT)
    : [{ rows: scores.rows, isLast: true }];

  const scoreParts = scoreChunks.map((chunk, index) => (
    <Fragment key={`scores-${index}`}>
      {index === 0 ? <ScoreTitle model={model} table={scores} /> : null}
      <TableChunk table={scores} rows={chunk.rows} isLast={chunk.isLast} />
    </Fragment>
  ));
  const participantParts = participantChunks.map((chunk, index) => (
    <Fragment key={`participants-${index}`}>
      {index === 0 ? (
        <>
          <H2>{t.participants}</H2>
          <P>{model.intro}</P>
          {/* What the report shows of each participant, and which roles it does not show apart (role-privacy.ts). */}
          {model.privacy.roleLines.length > 0 ? <P>{model.privacy.roleLines.join(' ')}</P> : null}
          <TableLead room={leadRoom(participants)}>
            <P>{model.participantsIntro}</P>
          </TableLead>
        </>
      ) : null}
      <TableChunk table={participants} rows={chunk.rows} isLast={chunk.isLast} />
      {chunk.isLast ? <SpreadHead model={model} /> : null}
      {chunk.isLast && !isScoreTableCut ? scoreParts[0] : null}
    </Fragment>
  ));
  return isScoreTableCut ? [...participantParts, ...scoreParts] : participantParts;
}
