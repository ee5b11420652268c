// Takes a screenshot of a page of the running player in headless Chromium: node scripts/screenshot.mjs URL OUT.png [width] [height]
// Prints the page's console errors, so a look at the picture and at the log go together.
import { chromium } from 'playwright-core';

const [url, out = 'screenshot.png', width = '1280', height = '860'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
// LOCALE=ar-EG etc. sets navigator.languages, which picks the course text's language.
const page = await browser.newPage({ viewport: { width: +width, height: +height }, locale: process.env.LOCALE || 'en-US' });
page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()); });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
// Wait for a screen to be shown (the catalogue, a course, a unit, the transcript, the settings, or an error), then
// for images and fonts.
await page.waitForSelector('[data-testid=catalog], [data-testid=course-outline], [data-testid=transcript], [data-testid=settings], [data-testid=error]', { timeout: 30_000 });
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
