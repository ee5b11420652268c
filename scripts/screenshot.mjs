// Takes a screenshot of a page of the running player in headless Chromium: node scripts/screenshot.mjs URL OUT.png [width] [height]
// Prints the page's console errors, so a look at the picture and at the log go together.
import { chromium } from 'playwright-core';

const [url, out = 'screenshot.png', width = '1280', height = '860'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: +width, height: +height } });
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
