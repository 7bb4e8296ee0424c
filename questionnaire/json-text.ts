/**
 * Where bytes and text become data: the one JSON boundary shared by the web app (file import, browser
 * storage) and the command line tool (answers files, questionnaire definitions).
 *
 * `JSON.parse` alone accepts too much: a second `"answers"` key silently replaces the first, and a text
 * nested thousands of levels deep parses fine but overflows the stack of any recursive walk over the data
 * afterwards. So the text is scanned first, without recursion, for both; only then is it parsed.
 * Nothing here throws, whatever the input, and every message is one line without control characters, safe
 * to print on a terminal or show on a page.
 *
 * Pure: no Node and no DOM APIs (`TextDecoder` is part of both).
 */
import { formatPath } from './format-issues.ts';

/**
 * The deepest nesting of objects and arrays accepted. A real answers file is about 4 levels deep and a
 * questionnaire definition about 10; anything much deeper is not one of ours, and refusing it keeps every
 * recursive walk over parsed data (zod, copies, renderers) far from the stack limit.
 */
export const MAX_JSON_DEPTH = 64;

/** The message for data nested deeper than `MAX_JSON_DEPTH`, the same for text and for data already parsed. */
export const TOO_DEEP_ISSUE = `the data is nested too deeply (more than ${MAX_JSON_DEPTH} levels of objects and arrays)`;

export type DecodeJsonBytesResult =
  { ok: true; text: string } | { ok: false; problem: 'utf-16' | 'not-utf-8'; issue: string };

/**
 * Decodes the bytes of a JSON file as UTF-8, the only encoding JSON files may have between systems
 * (RFC 8259 §8.1). A UTF-8 byte order mark is dropped. UTF-16 (with a byte order mark, or recognised by
 * the NUL bytes of its first character, as RFC 4627 §3 describes) is refused as `utf-16`; UTF-32 and bytes
 * that are not UTF-8 at all (a Windows-1252 file, a picture) as `not-utf-8`. Each refusal says how to fix it.
 */
export function decodeJsonBytes(bytes: Uint8Array): DecodeJsonBytesResult {
  const encoding = detectWideEncoding(bytes);
  if (encoding === 'utf-16') {
    return { ok: false, problem: 'utf-16', issue: 'the file is UTF-16 text; save it as UTF-8' };
  }
  if (encoding === 'utf-32') {
    return { ok: false, problem: 'not-utf-8', issue: 'the file is UTF-32 text; save it as UTF-8' };
  }
  try {
    // `fatal` refuses invalid bytes instead of turning them into U+FFFD; the BOM is dropped by default.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // TextDecoder throws only a TypeError for invalid bytes here: that is the answer, not a bug to hide.
    return {
      ok: false,
      problem: 'not-utf-8',
      issue: 'the file is not UTF-8 text (it has bytes that are not UTF-8); save it as UTF-8',
    };
  }
}

/** UTF-16 or UTF-32 by their byte order mark, or by the NUL bytes around the first (ASCII) character. */
function detectWideEncoding(bytes: Uint8Array): 'utf-16' | 'utf-32' | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return 'utf-32';
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return 'utf-32';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'utf-16';
  if (bytes.length < 2) return undefined;
  // JSON text starts with an ASCII character, so its first code unit shows the encoding.
  if (bytes.length >= 4 && b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 !== 0x00) return 'utf-32';
  if (bytes.length >= 4 && b0 !== 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return 'utf-32';
  if ((b0 === 0x00) !== (b1 === 0x00)) return 'utf-16';
  return undefined;
}

export type JsonTextProblem = 'empty' | 'not-json' | 'too-deep' | 'duplicate-key';

export type ParseJsonTextResult =
  { ok: true; data: unknown } | { ok: false; problem: JsonTextProblem; issue: string };

/**
 * Parses JSON text into data: refuses an empty text (`empty`), nesting deeper than `MAX_JSON_DEPTH`
 * (`too-deep`), text that is not JSON (`not-json`) and an object with the same key twice (`duplicate-key`,
 * with the path of that object: `at answers: the key "q1" appears twice`). A leading byte order mark is
 * ignored. Never throws.
 */
export function parseJsonText(text: string): ParseJsonTextResult {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (content.trim() === '') return { ok: false, problem: 'empty', issue: 'the file is empty' };
  const scanned = scanJsonText(content);
  if (scanned.kind === 'too-deep') {
    return {
      ok: false,
      problem: 'too-deep',
      issue: TOO_DEEP_ISSUE,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    // JSON.parse throws a SyntaxError for text that is not JSON: that is the answer, not a bug to hide.
    return { ok: false, problem: 'not-json', issue: `not valid JSON (${describeJsonError(error)})` };
  }
  if (scanned.kind === 'duplicate-key') {
    const where = scanned.path.length > 0 ? formatPath(scanned.path) : 'top level';
    return {
      ok: false,
      problem: 'duplicate-key',
      issue: toSafeLine(`at ${where}: the key ${quoteShort(scanned.key)} appears twice`),
    };
  }
  return { ok: true, data };
}

/** One open object or array while scanning, and how it was reached from its parent. */
interface Frame {
  /** The key or index of this container in its parent (unused for the outermost one). */
  readonly key: PropertyKey;
  readonly isObject: boolean;
  /** Objects: the keys seen so far. */
  readonly keys: Set<string>;
  /** Objects: the last key seen, whose value comes next. Arrays: unused. */
  lastKey: string;
  /** Objects: the next string is a key (after `{` or `,`). */
  isKeyNext: boolean;
  /** Arrays: the index of the current element. */
  index: number;
}

type ScanResult =
  { kind: 'fine' } | { kind: 'too-deep' } | { kind: 'duplicate-key'; path: PropertyKey[]; key: string };

/**
 * One pass over the text with an explicit stack: the first nesting beyond `MAX_JSON_DEPTH` stops the scan;
 * the first duplicate key is remembered but the scan goes on, so that deeper nesting after it is still
 * found. Tolerant of text that is not JSON (it only stops early): `JSON.parse` judges that afterwards.
 */
function scanJsonText(text: string): ScanResult {
  const stack: Frame[] = [];
  let duplicate: ScanResult | undefined;
  let position = 0;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    const top = stack.at(-1);
    if (code === 0x22 /* " */) {
      const end = findStringEnd(text, position + 1);
      if (end === undefined) break;
      if (top?.isObject && top.isKeyNext) {
        const key = decodeJsonString(text.slice(position + 1, end));
        if (key === undefined) break;
        if (top.keys.has(key) && duplicate === undefined) {
          // The path of this object: the keys of every open container but the outermost, which has none.
          duplicate = { kind: 'duplicate-key', path: stack.slice(1).map((frame) => frame.key), key };
        }
        top.keys.add(key);
        top.lastKey = key;
        top.isKeyNext = false;
      }
      position = end + 1;
      continue;
    }
    if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (stack.length >= MAX_JSON_DEPTH) return { kind: 'too-deep' };
      const key: PropertyKey = top === undefined ? '' : top.isObject ? top.lastKey : top.index;
      stack.push({ key, isObject: code === 0x7b, keys: new Set(), lastKey: '', isKeyNext: true, index: 0 });
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      if (top === undefined || top.isObject !== (code === 0x7d)) break;
      stack.pop();
    } else if (code === 0x2c /* , */ && top !== undefined) {
      if (top.isObject) top.isKeyNext = true;
      else top.index += 1;
    }
    position += 1;
  }
  return duplicate ?? { kind: 'fine' };
}

/** The index of the quote that closes the string whose content starts at `start`, or undefined. */
function findStringEnd(text: string, start: number): number | undefined {
  let position = start;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === 0x22) return position;
    position += code === 0x5c /* \ */ ? 2 : 1;
  }
  return undefined;
}

/** The value of a JSON string's content (escapes resolved), or undefined when it is not valid. */
function decodeJsonString(raw: string): string | undefined {
  if (!raw.includes('\\')) return raw;
  try {
    const value: unknown = JSON.parse(`"${raw}"`);
    return typeof value === 'string' ? value : undefined;
  } catch {
    // An invalid escape: the text is not JSON, which `JSON.parse` of the whole text will report.
    return undefined;
  }
}

/** The first line of a JSON.parse error, made safe to show (it quotes a piece of the text). */
function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
  return message === '' ? 'syntax error' : toSafeLine(shorten(message, 200));
}

/** A key in quotes for a message, escaped and shortened. */
function quoteShort(key: string): string {
  return JSON.stringify(shorten(key, 80));
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/**
 * The text with every control, format and line-separator character (and lone surrogates) written as an
 * escape like `\u001b`, so that a message quoting a file never moves the cursor, colours a terminal or
 * reverses text.
 */
export function toSafeLine(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
