/**
 * The tables of the group report that hold a row per participant, for any number of participants: no
 * row is cut in two or dropped, and the header row is at the top of every page the table is on.
 *
 * Two mechanisms, one inside the other:
 * - `planTablePages` cuts the rows into page-sized chunks from an estimate of each row's height; the
 *   document puts each chunk on its own react-pdf `Page` with its own header. This keeps the render time
 *   linear: react-pdf lays out everything still to come on a `Page` again for each page it splits off,
 *   so one `Page` with 1,000 rows costs time quadratic in its length (see `ContentPages`).
 * - Within a chunk the header row is `fixed` inside the table's wrapping View, so when a chunk does not
 *   fit the page after all (a name much wider than estimated), react-pdf repeats the header on the page
 *   the chunk goes on to, and lays that page out again with the header first: rows come after it, never
 *   under it. Each row is `wrap={false}`; the summary rows stay together.
 * The caller puts a `TableLead` right before a table, so the header never ends a page alone (react-pdf
 * would leave a fixed header there, diegomura/react-pdf#3484).
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { COLORS, SIZES } from './theme.ts';

/** The width of the content on an A4 page with the report's margins (595 − 2 × 48), in pt. */
export const CONTENT_WIDTH = 499;
/** The height of the content on an A4 page with the report's margins (842 − 2 × 56), in pt. */
export const CONTENT_HEIGHT = 730;

export type TableSize = 'body' | 'small';

export interface TableColumn {
  key: string;
  /** The column's share of the table's width, 0–1 (the shares add up to 1). */
  share: number;
  isNumber?: boolean;
}

export interface TableRow {
  key: string;
  /** One cell per column, in column order. */
  cells: (string | number)[];
}

const FONT_SIZE: Record<TableSize, number> = { body: SIZES.body, small: SIZES.small };
const LINE_HEIGHT = 1.3;
const CELL_PADDING_RIGHT: Record<TableSize, number> = { body: 4, small: 3 };
const ROW_PADDING_VERTICAL = 4;

const styles = StyleSheet.create({
  table: { marginTop: 4, marginBottom: 8 },
  row: {
    flexDirection: 'row',
    borderBottomWidth: 0.5,
    borderBottomColor: COLORS.border,
    paddingVertical: ROW_PADDING_VERTICAL,
  },
  headRow: {
    flexDirection: 'row',
    borderBottomWidth: 0.8,
    borderBottomColor: COLORS.muted,
    paddingVertical: ROW_PADDING_VERTICAL,
  },
  body: { fontSize: FONT_SIZE.body, lineHeight: LINE_HEIGHT, paddingRight: CELL_PADDING_RIGHT.body },
  small: { fontSize: FONT_SIZE.small, lineHeight: LINE_HEIGHT, paddingRight: CELL_PADDING_RIGHT.small },
  number: { textAlign: 'right' },
  head: { fontWeight: 'bold', color: COLORS.muted },
  bold: { fontWeight: 'bold' },
  summary: { borderTopWidth: 0.8, borderTopColor: COLORS.muted },
});

/**
 * A generous average advance of a character of the report font (DejaVu Sans, a wide font), as a share
 * of the font size: estimates then give a row more lines rather than fewer, so a chunk fits its page.
 */
const CHAR_WIDTH = 0.6;

/**
 * How many lines a text takes in a box `width` pt wide, wrapping at spaces as react-pdf does; a word
 * longer than a line is broken. An estimate from an average character width.
 */
export function estimateLines(text: string, width: number, fontSize: number): number {
  const perLine = Math.max(1, Math.floor(width / (CHAR_WIDTH * fontSize)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const length = word.length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= perLine) {
      used = needed;
    } else if (length <= perLine) {
      lines += used === 0 ? 0 : 1;
      used = length;
    } else {
      // A long word is hyphenated: it fills the rest of this line and runs on over the next ones.
      const total = (used === 0 ? 0 : used + 1) + length;
      lines += Math.ceil(total / perLine) - 1;
      used = total % perLine || perLine;
    }
  }
  return lines;
}

/** The estimated height of a row, in pt: its tallest cell plus the row's padding and line. */
export function estimateRowHeight(
  cells: readonly (string | number)[],
  columns: readonly TableColumn[],
  size: TableSize,
): number {
  const fontSize = FONT_SIZE[size];
  const lines = Math.max(
    1,
    ...columns.map((column, index) =>
      estimateLines(
        String(cells[index] ?? ''),
        column.share * CONTENT_WIDTH - CELL_PADDING_RIGHT[size],
        fontSize,
      ),
    ),
  );
  return lines * fontSize * LINE_HEIGHT + 2 * ROW_PADDING_VERTICAL + 1;
}

/** The fewest rows on a table's last page, when the table takes more than one. */
const MIN_LAST_ROWS = 3;

/**
 * Cuts rows into chunks that each fit on a page under the table's header.
 * @param heights each row's (estimated) height, in pt
 * @param headerHeight the header row's height, repeated on each page
 * @param firstRoom the room for the table on its first page, in pt
 * @param pageRoom the room for the table on each following page, in pt
 * @param lastHeight the height of what must stay with the last row (the summary rows), in pt
 * @returns the number of rows in each chunk, in order; every chunk has at least one row, and the last
 *   at least three when there are more chunks (a chunk before it keeps at least one)
 */
export function planTablePages(
  heights: readonly number[],
  headerHeight: number,
  firstRoom: number,
  pageRoom: number,
  lastHeight = 0,
): number[] {
  const chunks: number[] = [];
  let room = firstRoom - headerHeight;
  let count = 0;
  heights.forEach((height, index) => {
    const needed = height + (index === heights.length - 1 ? lastHeight : 0);
    if (count > 0 && needed > room) {
      chunks.push(count);
      room = pageRoom - headerHeight;
      count = 0;
    }
    room -= height;
    count += 1;
  });
  if (count > 0 || chunks.length === 0) chunks.push(count);
  // No last page with a row or two alone: it takes rows from the page before (which then fits easily).
  const last = chunks.length - 1;
  const before = chunks[last - 1];
  const lastCount = chunks[last] ?? 0;
  if (before !== undefined && lastCount < MIN_LAST_ROWS) {
    const moved = Math.min(MIN_LAST_ROWS - lastCount, before - 1);
    chunks[last - 1] = before - moved;
    chunks[last] = lastCount + moved;
  }
  return chunks;
}

/**
 * What comes right before a table (its title or the last sentence above it): it moves to the next page
 * together with the table when the header and the first rows would not fit under it.
 * @param room the height that must fit under it: the header and the first row or two, in pt
 */
export function TableLead({ children, room }: { children: ReactNode; room: number }) {
  return <View minPresenceAhead={room}>{children}</View>;
}

/**
 * One table (or one chunk of it): the header row, the rows and the summary rows.
 * @param columns the columns, with their shares of the width
 * @param header one heading per column
 * @param rows the body rows
 * @param summary rows after the body (lowest, highest…), in bold and kept together
 * @param boldColumn the key of a column shown in bold in every row
 * @param size the type size: 'body' or 'small' (for a wide table)
 */
export function GroupTable({
  columns,
  header,
  rows,
  summary = [],
  boldColumn,
  size = 'body',
}: {
  columns: readonly TableColumn[];
  header: readonly string[];
  rows: readonly TableRow[];
  summary?: readonly TableRow[];
  boldColumn?: string;
  size?: TableSize;
}) {
  const cellStyle = (column: TableColumn, emphasis: 'head' | 'bold' | null) => [
    styles[size],
    column.isNumber ? styles.number : {},
    { width: `${column.share * 100}%` },
    emphasis === null ? {} : styles[emphasis],
  ];
  const renderRow = (row: TableRow, isSummary: boolean) => (
    <View key={row.key} style={styles.row} wrap={false}>
      {columns.map((column, index) => (
        <Text
          key={column.key}
          style={cellStyle(column, isSummary ? 'head' : column.key === boldColumn ? 'bold' : null)}
        >
          {row.cells[index] ?? ''}
        </Text>
      ))}
    </View>
  );
  return (
    <View style={styles.table}>
      <View style={styles.headRow} fixed>
        {columns.map((column, index) => (
          <Text key={column.key} style={cellStyle(column, 'head')}>
            {header[index] ?? ''}
          </Text>
        ))}
      </View>
      {rows.map((row) => renderRow(row, false))}
      {summary.length > 0 ? (
        <View style={styles.summary} wrap={false}>
          {summary.map((row) => renderRow(row, true))}
        </View>
      ) : null}
    </View>
  );
}
