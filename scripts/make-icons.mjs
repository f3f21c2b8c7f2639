// Draws the PNG app icons in public/ from public/icon.svg with Debian's Chromium (playwright-core,
// no browser download). Run after changing the icon: `node scripts/make-icons.mjs`; commit the PNGs.
//   icon-192.png, icon-512.png: the icon as drawn (purpose "any").
//   icon-maskable-512.png: full-bleed background, the drawing inside the central 80 % safe zone,
//   so a launcher can crop it to a circle or a squircle (purpose "maskable").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const publicDir = join(import.meta.dirname, '../public');
const svg = readFileSync(join(publicDir, 'icon.svg'), 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, background: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, background: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.14, background: '#f5f3ee' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, inset, background } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const pad = Math.round(size * inset);
    await page.setContent(
      `<html><body style="margin:0;background:${background}">` +
        `<img src="${dataUrl}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(publicDir, file), omitBackground: background === 'transparent' });
    await page.close();
    console.log(`public/${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
