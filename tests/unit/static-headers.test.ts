import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../build/content-security-policy.ts';
import { headersForPath, matchesHeaderPath, parseHeadersFile } from '../fixtures/static-server.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const rules = parseHeadersFile(read('public/_headers'));
const HEADER_POLICY = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
const PERMISSIONS_POLICY = 'camera=(self), microphone=(), geolocation=()';

describe('the headers for a static host (public/_headers)', () => {
  it("send the same Content-Security-Policy as the page's meta tag, plus frame-ancestors 'none'", () => {
    expect(headersForPath(rules, '/')['content-security-policy']).toBe(HEADER_POLICY);
  });

  it.each([
    '/',
    '/index.html',
    '/sw.js',
    '/assets/app-AbCd1234.js',
    '/manifest.webmanifest',
    '/icons/icon-192.png',
  ])('give %s the security headers, each once', (path) => {
    const headers = headersForPath(rules, path);
    expect(headers['content-security-policy']).toBe(HEADER_POLICY);
    expect(headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/assets/app-AbCd1234.js', 'public, max-age=31536000, immutable'],
    ['/assets/DejaVuSans-subset-BzYbbRHX.ttf', 'public, max-age=31536000, immutable'],
    ['/manifest.webmanifest', undefined],
  ])('cache %s as %s', (path, cacheControl) => {
    expect(headersForPath(rules, path)['cache-control']).toBe(cacheControl);
  });

  it.each(['/assets/zxing_reader-AbCd1234.wasm', '/zxing_reader.wasm'])(
    'serve %s as application/wasm',
    (path) => {
      expect(headersForPath(rules, path)['content-type']).toBe('application/wasm');
      expect(headersForPath(rules, path.replace('.wasm', '.js'))['content-type']).toBeUndefined();
    },
  );
});

describe('the nginx and Apache examples in the README', () => {
  const readme = read('README.md');

  it('carry the same policies as _headers', () => {
    const nginx = [...readme.matchAll(/add_header ([\w-]+) "([^"]+)" always;/g)];
    const apache = [...readme.matchAll(/Header always set ([\w-]+) "([^"]+)"/g)];
    for (const found of [nginx, apache]) {
      const headers = Object.fromEntries(found.map(([, name, value]) => [name, value]));
      expect(headers).toMatchObject({
        'Content-Security-Policy': HEADER_POLICY,
        'Permissions-Policy': PERMISSIONS_POLICY,
        'Referrer-Policy': 'no-referrer',
        'X-Content-Type-Options': 'nosniff',
      });
    }
  });
});

describe('reading a _headers file', () => {
  it('lets a splat stand for any characters, slashes included, and nothing else', () => {
    expect(matchesHeaderPath('/*', '/')).toBe(true);
    expect(matchesHeaderPath('/assets/*', '/assets/a/b.js')).toBe(true);
    expect(matchesHeaderPath('/assets/*', '/assetsX/b.js')).toBe(false);
    expect(matchesHeaderPath('/*.wasm', '/assets/x.wasm')).toBe(true);
    expect(matchesHeaderPath('/*.wasm', '/assets/xwasm')).toBe(false);
    expect(matchesHeaderPath('/sw.js', '/swXjs')).toBe(false);
  });

  it('joins a header two rules set with a comma, as Cloudflare Pages does', () => {
    const twice = parseHeadersFile('/*\n  Cache-Control: no-cache\n/a\n  Cache-Control: no-store\n');
    expect(headersForPath(twice, '/a')['cache-control']).toBe('no-cache, no-store');
  });

  it('refuses a line that is neither a path, a header nor a comment', () => {
    expect(() => parseHeadersFile('/*\nX-Content-Type-Options: nosniff\n')).toThrow(/line 2/);
    expect(() => parseHeadersFile('  X-Content-Type-Options: nosniff\n')).toThrow(/line 1/);
  });
});
