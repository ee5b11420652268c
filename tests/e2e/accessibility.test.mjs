// Accessibility (WCAG 2.2 AA): axe-core finds no violation on any screen, in English and in Arabic (right to left),
// including the language picker, a quiz result, the download views, the sync views and the player embedded in a host
// page; every screen reflows at 320 px and at 200 % zoom; the whole journey works with `keyboard.press` alone, with a
// visible focus on every control and no trap; focus moves to the unit's heading after Next and the change is
// announced; subtitles follow the learner's preference; reduced motion is honoured; a host's light theme colour is
// made readable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, Player, text, otherOrigins, closeAll } from './harness.mjs';
import { startLrs, startProxy, launchUrl } from './lrs.mjs';

let env;
let lrs;
const hosts = otherOrigins();
// The download views are looked at while a file is still arriving.
const SLOW = '/courses/statistics/formula-sheet.pdf';
let slow = false;
before(async () => {
  env = await launch({ delay: (p) => (slow && p === SLOW ? 2500 : 0) });
  lrs = await startLrs();
});
after(() => closeAll([() => hosts.close(), () => lrs?.close(), () => env?.close()]));

// The State API is not kept by the test LRS, and the sync-error view is made by an LRS answering 503.
const NOISE = [/Failed to load resource/, /status of 404/, /status of 503/, /activities\/state.*blocked by CORS policy/, /net::ERR_FAILED/];

/** Runs axe-core (every rule it runs by default, plus WCAG 2.2's target size) and fails on any violation. */
async function axe(page, where) {
  const result = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5)
    .map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n    ')}`);
  assert.deepEqual(found, [], `axe on ${where}:\n  ${found.join('\n  ')}`);
  assert.ok(result.passes.length > 20, `axe ran on ${where}`);
}

/** The page scrolls sideways (content wider than the window), with the widest culprits. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 1 || r.left < -1); })
      .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return `${document.documentElement.scrollWidth} px wide in ${width} px: ${wide.join(', ')}`;
  });
}

const SCREENS = [
  ['catalogue', '/', '[data-testid=course-card]'],
  ['course outline', '/course/open-education', '[data-testid=start-course]'],
  ['video unit', '/course/open-education/unit/what-is-oer', '.media'],
  ['reading unit', '/course/open-education/unit/five-rs', '.prose'],
  ['reading unit with a table', '/course/statistics/unit/mean-median-mode', '.prose'],
  ['document unit', '/course/open-education/unit/licence-sheet', 'object.pdf'],
  ['audio unit', '/course/open-education/unit/podcast-open-textbooks', '.media'],
  ['interactive unit', '/course/open-education/unit/sort-the-licences', '.interactive iframe'],
  ['quiz unit', '/course/open-education/unit/oer-quiz', '[data-testid=quiz-submit]'],
  ['transcript', '/transcript', '[data-testid=transcript]'],
  ['settings', '/settings', '[data-testid=settings]'],
];

async function show(page, p, lang, ready) {
  await page.goto(`${env.base}${p}?lang=${lang}`);
  await page.locator(ready).first().waitFor();
  // The header's status part arrives just after the first screen.
  await page.getByTestId('sync-status').waitFor();
}

for (const lang of ['en', 'ar']) {
  test(`axe finds no violation on any screen (${lang})`, async () => {
    const { page, context, errors } = await env.page({ allow: NOISE });
    for (const [name, p, ready] of SCREENS) {
      await show(page, p, lang, ready);
      assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
      await axe(page, `${name} (${lang})`);
    }
    // The language picker, open.
    await page.locator('[data-testid=language-picker] summary').click();
    await page.getByTestId('language-search').waitFor();
    await axe(page, `language picker (${lang})`);
    // A quiz result with its feedback (submitted unanswered: not passed).
    await show(page, '/course/open-education/unit/oer-quiz', lang, '[data-testid=quiz-submit]');
    await page.getByTestId('quiz-submit').click();
    await page.locator('[data-testid=quiz-result][data-passed=false]').waitFor();
    await axe(page, `quiz result (${lang})`);
    // The download views: downloading, then downloaded.
    slow = true;
    await show(page, '/course/statistics', lang, '[data-testid=download-start]');
    await page.getByTestId('download-start').click();
    await page.locator('[data-testid=download-course][data-state=downloading]').waitFor();
    await axe(page, `course downloading (${lang})`);
    slow = false;
    await page.locator('[data-testid=download-course][data-state=downloaded]').waitFor({ timeout: 60_000 });
    await axe(page, `course downloaded (${lang})`);
    // The transcript with a record in it (the quiz attempt above).
    await show(page, '/transcript', lang, '[data-testid=export-csv]');
    await axe(page, `transcript with records (${lang})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('axe finds no violation in the dark theme (the system\'s dark mode)', async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const [name, p, ready] of SCREENS.filter(([n]) => ['catalogue', 'course outline', 'quiz unit', 'settings'].includes(n))) {
    await show(page, p, 'en', ready);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).colorScheme || getComputedStyle(document.documentElement).colorScheme), 'dark');
    await axe(page, `${name} (dark)`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no violation in the sync views: waiting, failing, delivered (en and ar)', async (t) => {
  const proxy = await startProxy(lrs.base);
  t.after(() => proxy.close());
  for (const lang of ['en', 'ar']) {
    const { page, context, errors } = await env.page({ allow: NOISE });
    const p = new Player(page, env.base);
    proxy.always({ status: 503 });
    await page.goto(`${launchUrl(env.base, '/course/open-education/unit/licence-sheet', proxy.base, { mbox: `mailto:${lang}@example.org` })}&lang=${lang}`);
    await p.waitUnit('licence-sheet');
    await page.getByTestId('mark-done').click();
    await page.locator('[data-testid=sync-status][data-state=error]').waitFor({ timeout: 30_000 });
    await axe(page, `unit with a failing LRS (${lang})`);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('sync-detail').waitFor();
    await axe(page, `settings with a failing LRS (${lang})`);
    proxy.always(null);
    await page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('lrs-connected').waitFor();
    await axe(page, `settings, everything delivered (${lang})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

const hostPage = (lang, colour) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>University</title>
  <script src="${env.base}/embed.js"></script></head><body><main>
  <h1>Our open education course</h1>
  <alliance-player course="open-education" unit="oer-quiz" lang="${lang}" chrome="unit" theme-primary="${colour}"></alliance-player>
  </main></body></html>`;

test('the embedded player passes axe, and a light host colour is darkened for text until it reads at 4.5:1', async () => {
  for (const [lang, colour, computed] of [['en', '#ffcc00', 'rgb(255, 204, 0)'], ['ar', 'gold', 'rgb(255, 215, 0)']]) {
    const host = await hosts.serve({ 'index.html': hostPage(lang, colour) });
    const { page, context, errors } = await env.page({ allow: NOISE });
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(host);
    const frame = page.frameLocator('alliance-player iframe');
    await frame.locator('[data-testid=quiz-submit]').waitFor();
    await axe(page, `host page with the embedded quiz (${lang}, ${colour})`);
    // Links and the focus ring use a darker shade of the host's gold; the buttons' text is dark on the gold.
    const contrast = await frame.locator('html').evaluate(() => {
      const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = (c) => { const l = c.map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; };
      const ratio = (a, b) => { const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
      const probe = (style) => { const s = document.createElement('span'); s.style.color = style; document.body.append(s);
        const c = getComputedStyle(s).color; s.remove(); return c; };
      const root = getComputedStyle(document.documentElement);
      const textColour = probe(root.getPropertyValue('--ap-primary-text'));
      const primary = probe(root.getPropertyValue('--ap-primary'));
      const onPrimary = probe(root.getPropertyValue('--ap-primary-contrast'));
      return {
        primary,
        text: ratio(textColour, probe(root.getPropertyValue('--ap-bg'))),
        surface: ratio(textColour, probe(root.getPropertyValue('--ap-surface'))),
        button: ratio(onPrimary, primary),
      };
    });
    assert.equal(contrast.primary, computed, 'the host colour is used');
    assert.ok(contrast.text >= 4.5 && contrast.surface >= 4.5, `link text contrast ${JSON.stringify(contrast)}`);
    assert.ok(contrast.button >= 4.5, `button text contrast ${JSON.stringify(contrast)}`);
    assert.ok(warnings.some((w) => w.includes(`theme-primary ${colour}`)), `a warning names ${colour}: ${warnings}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('every screen reflows at 320 px wide and at 200 % zoom (640 CSS px) with no sideways scrolling', async () => {
  for (const lang of ['en', 'ar']) {
    const { page, context, errors } = await env.page({ allow: NOISE });
    for (const [name, p, ready] of SCREENS) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await show(page, p, lang, ready);
      for (const width of [320, 640]) {
        await page.setViewportSize({ width, height: 800 });
        assert.equal(await overflow(page), null, `${name} (${lang}) at ${width} px`);
      }
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/**
 * Presses Tab (Shift+Tab when `back`) until the focused element matches `selector`; every control reached on the
 * way must show a visible focus indicator. Returns how many presses it took. Fails after `max` presses (a trap, or
 * the control is not reachable).
 */
async function tabTo(page, selector, { max = 80, back = false } = {}) {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const at = await page.evaluate((sel) => {
      const el = document.activeElement;
      if (!el || el === document.body) return { match: false, name: 'body' };
      const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`;
      // Frames, media and the PDF viewer draw their own focus inside.
      const own = ['IFRAME', 'VIDEO', 'AUDIO', 'OBJECT'].includes(el.tagName);
      const s = getComputedStyle(el);
      const visible = own || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      return { match: el.matches(sel), name, visible };
    }, selector);
    if (at.name !== 'body') assert.ok(at.visible, `${at.name} has a visible focus indicator (on the way to ${selector})`);
    if (at.match) return i;
  }
  assert.fail(`${selector} not reached with ${max} presses of Tab`);
}

/** Waits until the live region has said `words` (without the bidi marks Fluent puts around placeables). */
async function announced(page, words) {
  await page.waitForFunction((w) => document.getElementById('announcer').textContent.replace(/[\u2066-\u2069]/g, '') === w, words);
}

/** Types `s` one key press at a time. */
async function pressKeys(page, s) {
  for (const ch of s) await page.keyboard.press(ch === ' ' ? 'Space' : ch);
}

test('the whole journey with the keyboard alone: skip link, catalogue, course, every unit kind, a quiz answered and passed', async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  const p = new Player(page, env.base);
  await page.goto(env.base);
  await p.cards().first().waitFor();
  // The skip link comes first and takes focus past the header.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok(await page.locator('.skip-link').evaluate((a) => a.getBoundingClientRect().top >= 0), 'visible when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  // Catalogue → course → its first unit.
  await tabTo(page, '[data-course-id=open-education] a');
  await page.keyboard.press('Enter');
  await page.getByTestId('start-course').waitFor();
  await tabTo(page, '[data-testid=start-course]');
  await page.keyboard.press('Enter');
  await p.waitUnit('what-is-oer');
  const headingFocused = (id) => page.evaluate((u) =>
    document.activeElement.matches(`[data-unit-id="${u}"] .unit-header h2`), id);
  await page.waitForFunction(() => document.activeElement.matches('.unit-header h2'));
  // Video: through its controls, the speed and subtitle menus, to Next — no trap.
  await tabTo(page, 'video');
  await tabTo(page, '[data-testid=subtitle-select]');
  await tabTo(page, '[data-testid=next-unit]');
  await page.keyboard.press('Enter');
  // Two readings, completed by reading to the end (End key).
  for (const id of ['five-rs', 'cc-licences']) {
    await p.waitUnit(id);
    await page.waitForFunction((u) => document.activeElement.matches(`[data-unit-id="${u}"] h2`), id);
    await page.keyboard.press('End');
    await p.waitUnitState(id, 'completed', 10_000);
    await tabTo(page, '[data-testid=next-unit]');
    await page.keyboard.press('Enter');
  }
  // The document: past the PDF viewer to "Mark as done".
  await p.waitUnit('licence-sheet');
  await tabTo(page, '[data-testid=mark-done]');
  await page.keyboard.press('Enter');
  await p.waitUnitState('licence-sheet', 'completed', 10_000);
  await tabTo(page, '[data-testid=next-unit]');
  await page.keyboard.press('Enter');
  // Audio.
  await p.waitUnit('podcast-open-textbooks');
  await tabTo(page, 'audio');
  await tabTo(page, '[data-testid=next-unit]');
  await page.keyboard.press('Enter');
  // The interactive exercise: focus goes into its frame and out again.
  await p.waitUnit('sort-the-licences');
  await page.locator('.interactive iframe').waitFor();
  await tabTo(page, '.interactive iframe');
  await tabTo(page, '[data-testid=next-unit]');
  await page.keyboard.press('Enter');
  // The quiz, answered with the keyboard: radios with the arrow keys, check boxes with Space, text typed.
  await p.waitUnit('oer-quiz');
  assert.ok(await headingFocused('oer-quiz'));
  const radio = async (question, value) => {
    await tabTo(page, `input[name=q-${question}]`);
    for (let i = 0; i < 6 && !(await page.evaluate((v) => document.activeElement.value === v, value)); i++) {
      await page.keyboard.press('ArrowDown');
    }
    assert.ok(await page.locator(`input[name=q-${question}][value="${value}"]`).isChecked(), `${question}: ${value}`);
  };
  await radio('oer-definition', 'open-licence');
  for (const r of ['retain', 'remix', 'revise', 'redistribute']) {
    await tabTo(page, `input[name=q-five-rs][value=${r}]`);
    await page.keyboard.press('Space');
  }
  await radio('nc-commercial', 'false');
  await tabTo(page, 'input[name=q-attribution-code]');
  await pressKeys(page, 'cc by');
  await tabTo(page, 'input[name=q-licence-count]');
  await pressKeys(page, '6');
  await tabTo(page, '[data-testid=quiz-submit]');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=quiz-result][data-passed=true]').waitFor();
  // Focus is on the result (the submit button is gone), inside the live region that reads it out.
  await page.waitForFunction(() => document.activeElement.matches('[data-testid=quiz-result]'));
  assert.equal(await page.locator('.quiz-outcome').getAttribute('role'), 'status');
  await p.waitUnitState('oer-quiz', 'passed');
  // Back to the previous unit with Shift+Tab, the way a learner would go back.
  await tabTo(page, '[data-testid=prev-unit]', { back: true });
  await page.keyboard.press('Enter');
  await p.waitUnit('sort-the-licences');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after Next, focus is on the new unit\'s heading, its place is announced and the page title names it', async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  const p = new Player(page, env.base);
  await page.goto(`${env.base}/course/statistics/unit/averages-video`);
  await p.waitUnit('averages-video');
  assert.equal(await page.title(), 'Three averages in 20 seconds · Statistics in Short · Alliance Player');
  // Opening a page does not move focus: the learner starts at its top.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
  await p.next();
  await p.waitUnit('mean-median-mode');
  await page.waitForFunction(() => document.activeElement.matches('[data-unit-id=mean-median-mode] .unit-header h2'));
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await text(page.locator('.unit-header h2')));
  await announced(page, 'Unit 2 of 6');
  assert.equal(await page.getByTestId('announcer').getAttribute('aria-live'), 'polite');
  assert.match(await page.title(), /^Mean, median and mode · /);
  await p.previous();
  await page.waitForFunction(() => document.activeElement.matches('[data-unit-id=averages-video] .unit-header h2'));
  await announced(page, 'Unit 1 of 6');
  // In Arabic too.
  await page.goto(`${env.base}/course/statistics/unit/averages-video?lang=ar`);
  await p.waitUnit('averages-video');
  await p.next();
  await page.waitForFunction(() => document.activeElement.matches('[data-unit-id=mean-median-mode] .unit-header h2'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('subtitles follow the learner: on by default in a language they read, off once they turn them off, always on when they ask', async () => {
  const { page, context, errors } = await env.page({ allow: NOISE, locale: 'ar' });
  const p = new Player(page, env.base);
  const subtitles = () => page.getByTestId('subtitle-select').inputValue();
  const video = async (course, unit) => {
    await page.goto(`${env.base}/course/${course}/unit/${unit}?lang=ar`);
    await p.waitUnit(unit);
  };
  // No Arabic track: the English one (English is the last language every learner's chain falls back to).
  await video('open-education', 'what-is-oer');
  assert.equal(await subtitles(), 'en');
  // Turned off in the player: the next video starts without them, even with an Arabic track.
  await page.getByTestId('subtitle-select').selectOption('');
  await video('statistics', 'averages-video');
  assert.equal(await subtitles(), '');
  // "Show subtitles whenever a video or audio has them" in Settings: on again, in Arabic.
  await page.getByTestId('nav-settings').click();
  const always = page.getByTestId('captions-always');
  assert.equal(await always.isChecked(), false);
  await always.check();
  await video('statistics', 'averages-video');
  assert.equal(await subtitles(), 'ar');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reduced motion: with prefers-reduced-motion the player\'s transitions are off', async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  await page.goto(`${env.base}/course/open-education`);
  const start = page.getByTestId('start-course');
  await start.waitFor();
  const duration = () => start.evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.notEqual(await duration(), '0s');
  assert.ok(parseFloat(await duration()) >= 0.1, await duration());
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.ok(parseFloat(await duration()) < 0.001, await duration());
  assert.deepEqual(errors, []);
  await context.close();
});
