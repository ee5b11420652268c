// The screenshots in docs/screenshots/: the main screens of the built player (dist/) in English, Simplified Chinese
// and Arabic, at a desktop and a phone width, taken in headless Chromium.
//   node scripts/screenshots.mjs [--dist dist] [--out docs/screenshots]
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dist = arg('dist', 'dist');
const out = arg('out', 'docs/screenshots');
fs.mkdirSync(out, { recursive: true });

const LOCALES = { en: 'en-US', 'zh-CN': 'zh-CN', ar: 'ar' };
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const SCREENS = [
  // [name, path, what shows it is ready, what to do first]
  ['catalogue', '/', '[data-testid=course-card]', null],
  ['video', '/course/statistics/unit/averages-video', '.media', null],
  ['reading', '/course/open-education/unit/five-rs', '.prose', null],
  ['quiz-result', '/course/statistics/unit/stats-quiz', '[data-testid=quiz-submit]', async (page) => {
    await page.getByTestId('quiz-submit').click();
    await page.getByTestId('quiz-result').waitFor();
    await page.getByTestId('quiz-result').scrollIntoViewIfNeeded();
  }],
];

const server = await startServer({ root: dist, port: 0, host: '127.0.0.1' });
const base = server.url.replace(/\/$/, '');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
let failed = false;
for (const [lang, locale] of Object.entries(LOCALES)) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const context = await browser.newContext({ viewport, locale, isMobile: size === 'phone', hasTouch: size === 'phone' });
    const page = await context.newPage();
    page.on('pageerror', (e) => { failed = true; console.error(`${lang} ${size}: ${e.message}`); });
    for (const [name, p, ready, act] of SCREENS) {
      await page.goto(`${base}${p}?lang=${lang}`);
      await page.locator(ready).first().waitFor();
      await page.getByTestId('sync-status').waitFor();
      if (act) await act(page);
      await page.waitForTimeout(300);
      const file = path.join(out, `${name}-${lang}-${size}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
process.exit(failed ? 1 : 0);
