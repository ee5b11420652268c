// Renders the app's icons (public/icons/*.svg) to the PNG sizes a web app manifest and home screens need, with the
// project's Chromium. Run after changing an icon: `node scripts/icons.mjs` (the PNGs are committed).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
const WANTED = [['icon.svg', 'icon-192.png', 192], ['icon.svg', 'icon-512.png', 512], ['maskable.svg', 'maskable-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180], ['progress.svg', 'shortcut-progress-96.png', 96]];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const [svg, png, size] of WANTED) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = fs.readFileSync(path.join(dir, svg), 'base64');
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((i) => i.decode());
    await page.screenshot({ path: path.join(dir, png), omitBackground: true });
    await page.close();
    console.log(`icons: ${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
