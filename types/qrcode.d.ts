// qrcode ships no types (and @types/qrcode pulls Node's types into the app); the app uses only its core encoder.
declare module 'qrcode/lib/core/qrcode.js' {
  export interface QrCodeSymbol {
    /** The modules row by row: `data[row * size + column]` is 1 for a dark module. */
    modules: { size: number; data: Uint8Array };
    version: number;
  }
  export function create(
    text: string,
    options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' },
  ): QrCodeSymbol;
}
