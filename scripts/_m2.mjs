import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const server = await startServer({ root: '/work/main/dist', port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${server.url}course/first-chinese/unit/mandarin-quiz`);
await page.waitForSelector('[data-testid="quiz-submit"]');
await page.evaluate(() => new Promise((res) => { const o = indexedDB.open('raw-bench', 1); o.onupgradeneeded = () => { const u = o.result.createObjectStore('units', { keyPath: 'id' }); u.createIndex('course', 'course'); }; o.onsuccess = () => { window.rawdb = o.result; res(); }; }));
const rows = [];
for (let i = 0; i < 12; i++) {
  const r = await page.evaluate((click) => new Promise((resolve) => {
    const db = window.rawdb;
    if (click) document.querySelector('[data-testid="quiz-submit"]').click();
    const t0 = performance.now();
    const tx = db.transaction(['units'], 'readwrite');
    const g = tx.objectStore('units').index('course').getAll('c');
    let tg;
    g.onsuccess = () => { tg = performance.now() - t0; tx.objectStore('units').put({ id: 'x', course: 'c' }); };
    tx.oncomplete = () => resolve({ click, get: tg, done: performance.now() - t0 });
  }), i % 2 === 0);
  rows.push(r);
  if (r.click) { await page.click('[data-testid="quiz-retry"]'); await page.waitForSelector('[data-testid="quiz-submit"]'); }
}
console.table(rows);
await browser.close(); server.close();
