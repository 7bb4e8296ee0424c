/**
 * Draws the app icons (PNG, for the web app manifest) from public/favicon.svg with Debian's chromium.
 * Run once when the icon changes: `npx tsx bench/make-icons.ts`; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = join(import.meta.dirname, '..');
const svg = readFileSync(join(root, 'public/favicon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [name, size, padding] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  // Maskable: the platform may cut the corners, so the heart stays inside the safe zone.
  ['icon-maskable-512.png', 512, 64],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<body style="margin:0;background:#0b5e55"><div style="padding:${padding}px">${svg.replace(
      '<svg ',
      `<svg width="${size - 2 * padding}" height="${size - 2 * padding}" `,
    )}</div></body>`,
  );
  await page.screenshot({ path: join(root, 'public/icons', name), omitBackground: padding === 0 });
  console.log(`public/icons/${name}`);
}
await browser.close();
