import { launch, Player } from './harness.mjs';
import { AxeBuilder } from '@axe-core/playwright';
const env = await launch();
const screens = [
  ['catalog', '/'], ['course', '/course/open-education'],
  ['video', '/course/open-education/unit/what-is-oer'], ['reading', '/course/open-education/unit/five-rs'],
  ['document', '/course/open-education/unit/licence-sheet'], ['audio', '/course/open-education/unit/podcast-open-textbooks'],
  ['interactive', '/course/open-education/unit/sort-the-licences'], ['quiz', '/course/open-education/unit/oer-quiz'],
  ['transcript', '/transcript'], ['settings', '/settings'],
];
for (const lang of ['en', 'ar']) {
  const { page, context } = await env.page();
  for (const [name, p] of screens) {
    await page.goto(env.base + p + '?lang=' + lang);
    await page.waitForTimeout(1200);
    const r = await new AxeBuilder({ page }).options({ rules: { 'target-size': { enabled: true } } }).analyze();
    for (const v of r.violations) console.log(lang, name, v.id, v.impact, v.nodes.length, v.nodes.slice(0,4).map(n => n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\n/g,' ').slice(0,160)).join(' || '));
    for (const w of [320, 640]) {
      await page.setViewportSize({ width: w, height: 800 });
      await page.waitForTimeout(200);
      const over = await page.evaluate(() => {
        const W = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.width && (r.right > W + 1 || r.left < -1); }).slice(0, 4).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right));
        return [document.documentElement.scrollWidth, W, wide];
      });
      if (over[0] > over[1]) console.log(lang, name, 'REFLOW', w, JSON.stringify(over));
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  await context.close();
}
await env.close();
