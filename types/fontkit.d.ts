// fontkit (used by react-pdf) ships no types; the report and its tests use only this part.
declare module 'fontkit' {
  export interface Glyph {
    advanceWidth: number;
  }
  /** The shaped glyphs of a string; react-pdf copies what it changes. */
  export interface GlyphRun {
    glyphs: Glyph[];
  }
  export interface Font {
    /** The code points the font maps to a glyph. */
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(
      text: string,
      features?: unknown,
      script?: string,
      language?: string,
      direction?: string,
    ): GlyphRun;
  }
  export function create(buffer: Uint8Array): Font | { fonts: Font[] };
}
