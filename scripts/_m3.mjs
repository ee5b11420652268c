import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const server = await startServer({ root: '/work/main/dist', port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${server.url}course/first-chinese/unit/mandarin-quiz`);
await page.waitForSelector('[data-testid="quiz-submit"]');
const rows = [];
for (let i = 0; i < 8; i++) {
  const r = await page.evaluate(() => new Promise((resolve) => {
    const o = {};
    const t0 = performance.now();
    document.querySelector('[data-testid="quiz-submit"]').click();
    o.click = performance.now() - t0;
    queueMicrotask(() => { o.micro = performance.now() - t0; });
    setTimeout(() => { o.timeout = performance.now() - t0; }, 0);
    requestAnimationFrame(() => { o.raf = performance.now() - t0; setTimeout(() => { o.afterFrame = performance.now() - t0; resolve(o); }, 0); });
  }));
  rows.push(r);
  await page.click('[data-testid="quiz-retry"]'); await page.waitForSelector('[data-testid="quiz-submit"]');
}
console.table(rows);
const prof = await page.evaluate(() => document.querySelectorAll('*').length);
console.log('dom nodes', prof);
await browser.close(); server.close();
