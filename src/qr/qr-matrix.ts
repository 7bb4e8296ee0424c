/**
 * A QR code as geometry: the dark modules of a text's symbol and one SVG path that draws them. Pure, so the
 * app's `<QrCode>` and the tests (which make PNG files of codes) draw the same symbol.
 */
import { create } from 'qrcode/lib/core/qrcode.js';

/** The light border a reader needs around the symbol, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** The QR version (1–40): a 200-character link at level M is about version 10. */
  version: number;
  /** Whether the module at a column and row (from 0, without the quiet zone) is dark. */
  isDark: (column: number, row: number) => boolean;
}

/**
 * The symbol of a text at error correction level M (about 15 % of the code may be lost or misread): the level
 * that keeps a 200-character link at about 57 modules, large enough per module to read from arm's length.
 */
export function buildQrMatrix(text: string, level: 'M' | 'Q' = 'M'): QrMatrix {
  const symbol = create(text, { errorCorrectionLevel: level });
  const { size, data } = symbol.modules;
  return {
    size,
    version: symbol.version,
    isDark: (column, row) =>
      column >= 0 && row >= 0 && column < size && row < size && data[row * size + column] === 1,
  };
}

/**
 * One SVG path for the dark modules, offset by the quiet zone: each horizontal run of dark modules is one
 * rectangle, so a version-10 symbol is a path of a few kilobytes, not thousands of elements.
 */
export function buildQrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row += 1) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.isDark(column, row)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.isDark(column, row)) column += 1;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h${start - column}z`);
    }
  }
  return parts.join('');
}
