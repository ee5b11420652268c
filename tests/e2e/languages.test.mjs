// Interface languages: negotiation, the picker, right-to-left, a choice that sticks, ?lang= from embedding hosts,
// course text in the learner's chosen course language, and two subtitle tracks at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, text, message, screenshot } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const html = (page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

async function pick(page, tag, search) {
  await page.getByTestId('language-picker').locator('summary').click();
  const picker = page.getByTestId('language-picker');
  if (search) await picker.getByTestId('language-search').fill(search);
  await picker.locator(`button[data-lang="${tag}"]`).click();
  await page.waitForFunction((t) => document.documentElement.lang === t, tag);
}

test('a first visit negotiates the interface language from the browser (zh-HK → zh-TW)', async () => {
  const { page, context, errors } = await env.page({ locale: 'zh-HK' });
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  assert.deepEqual(await html(page), { lang: 'zh-TW', dir: 'ltr' });
  assert.equal(await text(page.locator('.app-header nav a[href="/"]')), message('zh-TW', 'nav-catalog'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching to Chinese and to Arabic: every interface string changes, Arabic mirrors, the choice sticks', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  assert.deepEqual(await html(page), { lang: 'en', dir: 'ltr' });

  // The picker names every language in its own script and finds one by its English name.
  await page.getByTestId('language-picker').locator('summary').click();
  const options = page.getByTestId('language-picker').locator('button[data-lang]');
  await options.first().waitFor();
  assert.ok((await options.count()) >= 40, `${await options.count()} languages`);
  assert.match(await text(page.locator('button[data-lang="ar"]')), /العربية/);
  await page.getByTestId('language-search').fill('Chinese');
  assert.deepEqual((await options.evaluateAll((bs) => bs.map((b) => b.dataset.lang))).sort(), ['zh-CN', 'zh-TW']);
  await page.getByTestId('language-picker').locator('summary').click();

  await pick(page, 'zh-CN', '中文');
  assert.deepEqual(await html(page), { lang: 'zh-CN', dir: 'ltr' });
  assert.equal(await text(page.locator('.app-header nav a[href="/"]')), message('zh-CN', 'nav-catalog'));
  assert.equal(await page.getByTestId('catalog-search').getAttribute('placeholder'), message('zh-CN', 'catalog-search-placeholder'));
  await screenshot(page, 'catalog-zh-CN');

  await pick(page, 'ar', 'العر');
  assert.deepEqual(await html(page), { lang: 'ar', dir: 'rtl' });
  // Mirrored layout: the brand sits at the right edge, the picker at the left.
  const brand = await page.locator('.brand').boundingBox();
  const picker = await page.getByTestId('language-picker').boundingBox();
  assert.ok(brand.x > 640 && picker.x < 640, `brand at ${brand.x}, picker at ${picker.x}`);
  const visible = await text(page.locator('body'));
  for (const id of ['nav-catalog', 'catalog-search-label', 'course-open', 'catalog-language-label']) {
    assert.ok(visible.includes(message('ar', id)), `${id} in Arabic`);
    assert.ok(!visible.includes(message('en', id)), `no English "${message('en', id)}" left`);
  }
  await screenshot(page, 'catalog-ar');

  // A unit in Arabic: Previous/Next arrows flip.
  await p.open('/course/statistics/unit/mean-median-mode');
  await p.waitUnit('mean-median-mode');
  assert.equal(await page.locator('[data-testid=next-unit] .arrow').evaluate((a) => getComputedStyle(a).transform), 'matrix(-1, 0, 0, 1, 0, 0)');
  await screenshot(page, 'unit-ar');

  // Reload: still Arabic.
  await page.reload();
  await p.waitUnit('mean-median-mode');
  assert.deepEqual(await html(page), { lang: 'ar', dir: 'rtl' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the picker lists every locale of the built manifest; Pashto, Central Kurdish and Uyghur mirror the interface', async () => {
  const manifest = await (await fetch(`${env.base}/locales/index.json`)).json();
  assert.ok(manifest.length >= 64, `${manifest.length} locales in locales/index.json`);
  assert.ok(manifest.filter((l) => l[2] === 'rtl').length >= 7, 'at least 7 right-to-left locales');
  const { page, context, errors } = await env.page({ locale: 'ps-AF' });
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  // A browser that asks for Pashto gets it on its first visit.
  assert.deepEqual(await html(page), { lang: 'ps', dir: 'rtl' });
  await page.getByTestId('language-picker').locator('summary').click();
  const options = page.getByTestId('language-picker').locator('button[data-lang]');
  await options.first().waitFor();
  const listed = await options.evaluateAll((bs) => bs.map((b) => [b.dataset.lang, b.querySelector('.own-name').textContent]));
  assert.deepEqual(listed.map(([t]) => t).sort(), manifest.map(([t]) => t).sort());
  for (const [tag, name] of manifest) assert.equal(listed.find(([t]) => t === tag)[1], name, `${tag} named in its own script`);
  await page.getByTestId('language-picker').locator('summary').click();
  for (const tag of ['ckb', 'ug', 'ps']) {
    await pick(page, tag);
    assert.deepEqual(await html(page), { lang: tag, dir: 'rtl' });
    const brand = await page.locator('.brand').boundingBox();
    const picker = await page.getByTestId('language-picker').boundingBox();
    assert.ok(brand.x > 640 && picker.x < 640, `${tag}: brand at ${brand.x}, picker at ${picker.x}`);
    const visible = await text(page.locator('body'));
    for (const id of ['nav-catalog', 'catalog-search-label', 'course-open']) {
      assert.ok(visible.includes(message(tag, id)), `${id} in ${tag}`);
    }
    await screenshot(page, `catalog-${tag}`);
  }
  await p.open('/course/statistics/unit/mean-median-mode');
  await p.waitUnit('mean-median-mode');
  assert.ok((await text(page.locator('[data-testid=next-unit]'))).includes(message('ps', 'unit-next')));
  await screenshot(page, 'unit-ps');
  assert.deepEqual(errors, []);
  await context.close();
});

test('?lang= wins over the stored choice without replacing it', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  await pick(page, 'ar');
  await p.open('/?lang=fr');
  await p.catalog().waitFor();
  assert.deepEqual(await html(page), { lang: 'fr', dir: 'ltr' });
  assert.equal(await text(page.locator('.app-header nav a[href="/"]')), message('fr', 'nav-catalog'));
  await p.open('/');
  await p.catalog().waitFor();
  assert.equal((await html(page)).lang, 'ar');
  assert.deepEqual(errors, []);
  await context.close();
});

test('course text follows the learner\'s course language, and the outline says when a unit is in another', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  // Interface Arabic; the open-education course has no Arabic, so its text falls back to English, and says so.
  await p.open('/course/open-education/unit/five-rs?lang=ar');
  await p.waitUnit('five-rs');
  const note = p.unitLink('five-rs').getByTestId('unit-language');
  assert.match(await text(note), /English/);
  assert.match(await text(p.unitView().locator('.unit-header h2')), /5 Rs/);
  // Choose French as the course language: titles and text switch, the interface stays Arabic.
  await page.getByTestId('content-language').selectOption('fr');
  await page.waitForFunction(() => /ouverture|5 R/.test(document.querySelector('[data-testid=unit-view] .unit-header h2')?.textContent ?? '') && document.querySelector('[data-testid=unit-view] .prose')?.lang === 'fr');
  assert.equal((await html(page)).dir, 'rtl');
  assert.equal(await p.unitLink('five-rs').getByTestId('unit-language').count(), 0, 'the unit is now in the chosen language');
  // It sticks.
  await page.reload();
  await p.waitUnit('five-rs');
  assert.equal(await page.locator('[data-testid=unit-view] .prose').getAttribute('lang'), 'fr');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two subtitle tracks show at once, each cue isolated with dir="auto"', async () => {
  const { page, context, errors } = await env.page({ locale: 'fr-FR' });
  const p = new Player(page, env.base);
  await p.open('/course/open-education/unit/what-is-oer');
  await p.waitUnit('what-is-oer');
  // The default track follows the learner's language; the menus name languages, not codes.
  assert.equal(await page.getByTestId('subtitle-select').inputValue(), 'fr');
  assert.deepEqual((await page.getByTestId('subtitle-second').locator('option').allInnerTexts()).slice(1).sort(),
    ['English', 'Français', '中文（简体）'].sort());
  await page.getByTestId('subtitle-second').selectOption('zh-CN');
  await p.play(1, 2);
  await page.waitForFunction(() => {
    const langs = [...document.querySelectorAll('[data-testid=subtitle-cue]')].map((c) => c.dataset.lang);
    return langs.includes('fr') && langs.includes('zh-CN');
  }, null, { timeout: 15_000 });
  const cues = await page.getByTestId('subtitle-cue').evaluateAll((cs) => cs.map((c) => ({ lang: c.dataset.lang, dir: c.getAttribute('dir'), text: c.textContent })));
  assert.ok(cues.every((c) => c.dir === 'auto' && c.text.trim().length > 0), JSON.stringify(cues));
  assert.ok(cues.some((c) => /[\u4e00-\u9fff]/.test(c.text)), 'a Chinese cue is shown');
  await screenshot(page, 'dual-subtitles');
  assert.deepEqual(errors, []);
  await context.close();
});
