import { chromium } from 'playwright-core';
import { startServer } from '/work/main/scripts/serve.mjs';
const server = await startServer({ root: '/work/main/dist', port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');
await page.goto(`${server.url}course/first-chinese/unit/mandarin-quiz`);
await page.waitForSelector('[data-testid="quiz-submit"]');
const get = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(m => [m.name, m.value]));
for (let i = 0; i < 4; i++) {
  await page.waitForTimeout(300);
  const a = await get();
  await page.evaluate(() => new Promise((resolve) => { const c = new BroadcastChannel('alliance-player-progress'); c.onmessage = () => { c.close(); resolve(); }; document.querySelector('[data-testid="quiz-submit"]').click(); }));
  const b = await get();
  const d = {}; for (const k of ['LayoutCount','RecalcStyleCount','LayoutDuration','RecalcStyleDuration','ScriptDuration','TaskDuration','Nodes']) d[k] = +((b[k]-a[k])*(k.endsWith('Duration')?1000:1)).toFixed(2);
  console.log(d);
  await page.click('[data-testid="quiz-retry"]'); await page.waitForSelector('[data-testid="quiz-submit"]');
}
await browser.close(); server.close();
