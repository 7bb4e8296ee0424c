// fontkit (used by react-pdf) ships no types; the tests use only this part.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font | { fonts: Font[] };
}
