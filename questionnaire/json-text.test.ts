import { describe, expect, it } from 'vitest';
import { decodeJsonBytes, MAX_JSON_DEPTH, parseJsonText, toSafeLine } from './json-text.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The text as UTF-16 code units, little or big endian, with or without a byte order mark. */
function utf16(text: string, endian: 'le' | 'be', withBom: boolean): Uint8Array {
  const units = [...(withBom ? '\uFEFF' : ''), ...text].join('');
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const unit = units.charCodeAt(i);
    bytes[endian === 'le' ? 2 * i : 2 * i + 1] = unit & 0xff;
    bytes[endian === 'le' ? 2 * i + 1 : 2 * i] = unit >> 8;
  }
  return bytes;
}

const nested = (depth: number, open = '[', close = ']', inner = '') =>
  `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

describe('decodeJsonBytes', () => {
  it('decodes UTF-8, accents and all', () => {
    expect(decodeJsonBytes(utf8('{"organisationName":"Zorg & Co — één"}'))).toEqual({
      ok: true,
      text: '{"organisationName":"Zorg & Co — één"}',
    });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toEqual({
      ok: true,
      text: '{}',
    });
  });

  it('gives an empty text for no bytes', () => {
    expect(decodeJsonBytes(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it.each([
    ['little endian with a byte order mark', 'le', true],
    ['big endian with a byte order mark', 'be', true],
    ['little endian without a byte order mark', 'le', false],
    ['big endian without a byte order mark', 'be', false],
  ] as const)('refuses UTF-16 %s, saying to save it as UTF-8', (_name, endian, withBom) => {
    expect(decodeJsonBytes(utf16('{"answers":{}}', endian, withBom))).toEqual({
      ok: false,
      problem: 'utf-16',
      issue: 'the file is UTF-16 text; save it as UTF-8',
    });
  });

  it('refuses UTF-16 that starts with white space', () => {
    expect(decodeJsonBytes(utf16('\n  {}', 'le', false))).toMatchObject({ ok: false, problem: 'utf-16' });
  });

  it('refuses UTF-32 as not UTF-8', () => {
    const le = new Uint8Array([0x7b, 0, 0, 0, 0x7d, 0, 0, 0]);
    const be = new Uint8Array([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b, 0, 0, 0, 0x7d]);
    for (const bytes of [le, be]) {
      expect(decodeJsonBytes(bytes)).toEqual({
        ok: false,
        problem: 'not-utf-8',
        issue: 'the file is UTF-32 text; save it as UTF-8',
      });
    }
  });

  it('refuses bytes that are not UTF-8 (a Windows-1252 "é"), saying to save it as UTF-8', () => {
    const result = decodeJsonBytes(new Uint8Array([...utf8('{"a":"caf'), 0xe9, ...utf8('"}')]));
    expect(result).toMatchObject({ ok: false, problem: 'not-utf-8' });
    expect(!result.ok && result.issue).toMatch(/^the file is not UTF-8 text .*; save it as UTF-8$/);
  });

  it('never throws on random bytes', () => {
    for (let round = 0; round < 500; round += 1) {
      const bytes = Uint8Array.from({ length: Math.floor(Math.random() * 64) }, () =>
        Math.floor(Math.random() * 256),
      );
      expect(() => decodeJsonBytes(bytes)).not.toThrow();
    }
  });
});

describe('parseJsonText', () => {
  it('parses JSON, ignoring a byte order mark', () => {
    expect(parseJsonText('\uFEFF{"answers":{"q1":"yes"},"list":[1,[2,{"b":null}]]}')).toEqual({
      ok: true,
      data: { answers: { q1: 'yes' }, list: [1, [2, { b: null }]] },
    });
  });

  it.each(['', '   \n\t', '\uFEFF', '\uFEFF  '])('refuses the empty text %j', (text) => {
    expect(parseJsonText(text)).toEqual({ ok: false, problem: 'empty', issue: 'the file is empty' });
  });

  it('refuses text that is not JSON with a one-line reason', () => {
    const result = parseJsonText('{"answers": {');
    expect(result).toMatchObject({ ok: false, problem: 'not-json' });
    expect(!result.ok && result.issue).toMatch(/^not valid JSON \(.+\)$/);
  });

  it('never quotes a control character of the text in its message', () => {
    const result = parseJsonText('\u001b[31m\u202Ebanana\u0007');
    expect(result).toMatchObject({ ok: false, problem: 'not-json' });
    expect(!result.ok && result.issue).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  it(`accepts nesting ${MAX_JSON_DEPTH} levels deep`, () => {
    expect(parseJsonText(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(parseJsonText(nestedObjects(MAX_JSON_DEPTH)).ok).toBe(true);
  });

  it.each([MAX_JSON_DEPTH + 1, 8000, 100_000])('refuses arrays nested %i levels deep', (depth) => {
    expect(parseJsonText(nested(depth))).toEqual({
      ok: false,
      problem: 'too-deep',
      issue: `the data is nested too deeply (more than ${MAX_JSON_DEPTH} levels of objects and arrays)`,
    });
  });

  it.each([8000, 100_000])('refuses objects nested %i levels deep, even unclosed', (depth) => {
    expect(parseJsonText(nestedObjects(depth))).toMatchObject({ ok: false, problem: 'too-deep' });
    expect(parseJsonText('{"answers":'.repeat(depth))).toMatchObject({ ok: false, problem: 'too-deep' });
  });

  it('does not count brackets inside strings as nesting', () => {
    const text = JSON.stringify({ note: '['.repeat(10_000), key: '{{{"\\' });
    expect(parseJsonText(text)).toEqual({ ok: true, data: JSON.parse(text) });
  });

  it('refuses a duplicate key at the top level', () => {
    expect(parseJsonText('{"answers":{"a":"x","b":"y"},"answers":{"a":"z"}}')).toEqual({
      ok: false,
      problem: 'duplicate-key',
      issue: 'at top level: the key "answers" appears twice',
    });
  });

  it('refuses a duplicate key with the path of its object', () => {
    expect(parseJsonText('{"answers":{"q1":"yes","q2":"no","q1":"no"}}')).toMatchObject({
      issue: 'at answers: the key "q1" appears twice',
    });
    expect(parseJsonText('{"a":[{"b":1},{"c":{"x":1,"y":2,"x":3}}]}')).toMatchObject({
      problem: 'duplicate-key',
      issue: 'at a[1].c: the key "x" appears twice',
    });
  });

  it('finds a duplicate key written with an escape', () => {
    expect(parseJsonText('{"evidence":{"q\\u0031":1,"q1":2}}')).toMatchObject({
      issue: 'at evidence: the key "q1" appears twice',
    });
  });

  it('quotes an odd duplicate key safely', () => {
    const result = parseJsonText('{"we ird.\\u001b":1,"we ird.\\u001b":2}');
    expect(result).toMatchObject({ issue: 'at top level: the key "we ird.\\u001b" appears twice' });
  });

  it('accepts the same key in different objects', () => {
    expect(parseJsonText('{"a":{"id":1},"b":{"id":2},"c":[{"id":3},{"id":4}]}').ok).toBe(true);
  });

  it('calls invalid JSON with a duplicate key not JSON', () => {
    expect(parseJsonText('{"a":1,"a":2')).toMatchObject({ ok: false, problem: 'not-json' });
  });

  it('handles long strings', () => {
    const long = 'x'.repeat(2_000_000);
    expect(parseJsonText(JSON.stringify({ long }))).toEqual({ ok: true, data: { long } });
    expect(parseJsonText(`"${long}`)).toMatchObject({ ok: false, problem: 'not-json' });
  });

  it('never throws, whatever the text', () => {
    const pieces = [
      '{',
      '}',
      '[',
      ']',
      '"',
      '\\',
      ':',
      ',',
      'a',
      '1',
      'null',
      ' ',
      '\u0000',
      '\uD800',
      '"k"',
    ];
    for (let round = 0; round < 3000; round += 1) {
      const length = Math.floor(Math.random() * 40);
      const text =
        round % 2 === 0
          ? Array.from({ length }, () => pieces[Math.floor(Math.random() * pieces.length)]).join('')
          : String.fromCharCode(...Array.from({ length }, () => Math.floor(Math.random() * 0x10000)));
      let result: ReturnType<typeof parseJsonText> | undefined;
      expect(() => (result = parseJsonText(text))).not.toThrow();
      if (result && !result.ok) expect(result.issue).not.toMatch(/[\n\r]/);
    }
  });

  it('never throws on deep mixed nesting', () => {
    const mixed = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? '[' : '{"k":')).join('');
    expect(parseJsonText(mixed)).toMatchObject({ ok: false, problem: 'too-deep' });
    expect(parseJsonText(nested(100_000, '[', '}'))).toMatchObject({ ok: false, problem: 'too-deep' });
  });
});

describe('toSafeLine', () => {
  it('writes control, format and separator characters and lone surrogates as escapes', () => {
    expect(toSafeLine('a\u001b[0m\u202E\u2028\uD800b é 😀')).toBe('a\\u001b[0m\\u202e\\u2028\\ud800b é 😀');
  });
});
