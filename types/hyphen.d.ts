// The hyphen package (CommonJS) ships no types; these are the parts the report uses.
interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/nl' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
declare module 'hyphen/en-gb' {
  const hyphenator: Hyphenator;
  export default hyphenator;
}
