// Video for every learner: subtitles (two tracks) that go into full screen with the video, the learner's subtitle
// style (Settings) on every cue, playback speed remembered, and keyboard shortcuts while the player has focus.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, screenshot } from './harness.mjs';

const T = { timeout: 120_000 };
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const cueStyle = (page) => page.getByTestId('subtitle-cue').first().evaluate((c) => {
  const s = getComputedStyle(c);
  return { color: s.color, background: s.backgroundColor, size: parseFloat(s.fontSize) };
});

test('two subtitle tracks go into full screen with the video, in the learner\'s subtitle style', T, async () => {
  const { page, context, errors } = await env.page({ locale: 'fr-FR' });
  try {
    const p = new Player(page, env.base);
    // The style, chosen in Settings: large yellow text on solid black, with a preview.
    await p.open('/settings');
    await page.getByTestId('caption-size').selectOption('150');
    await page.getByTestId('caption-colour').selectOption('1'); // yellow
    await page.getByTestId('caption-background').selectOption('1'); // solid black
    const preview = await page.getByTestId('caption-preview').evaluate((c) => getComputedStyle(c).color);
    assert.equal(preview, 'rgb(255, 255, 0)');
    assert.equal(await page.getByTestId('caption-unreadable').count(), 0);
    // A pair that cannot be read says so.
    await page.getByTestId('caption-background').selectOption('2'); // white: yellow on white is unreadable
    await page.getByTestId('caption-unreadable').waitFor();
    await page.getByTestId('caption-background').selectOption('1');

    await p.open('/course/open-education/unit/what-is-oer');
    await p.waitUnit('what-is-oer');
    await page.getByTestId('subtitle-second').selectOption('zh-CN');
    await p.play(1, 2);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=subtitle-cue]').length >= 2, null, { timeout: 15_000 });
    const normal = await cueStyle(page);
    assert.equal(normal.color, 'rgb(255, 255, 0)');
    assert.equal(normal.background, 'rgb(0, 0, 0)');

    // Full screen: the player's frame (video and cues together), not the bare video the browser would leave the
    // cues behind with.
    await page.getByTestId('media-fullscreen').click();
    await page.waitForFunction(() => document.fullscreenElement?.matches('[data-testid=media-frame]'));
    assert.equal(await page.getByTestId('media-fullscreen').getAttribute('aria-pressed'), 'true');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=subtitle-cue]').length >= 2, null, { timeout: 15_000 });
    const shown = await page.evaluate(() => {
      const full = document.fullscreenElement.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid=subtitle-cue]')].map((c) => {
        const r = c.getBoundingClientRect();
        return { lang: c.dataset.lang, inside: document.fullscreenElement.contains(c) && r.top >= full.top && r.bottom <= full.bottom && r.width > 0 };
      });
    });
    assert.ok(shown.length >= 2 && shown.every((c) => c.inside), JSON.stringify(shown));
    const big = await cueStyle(page);
    assert.ok(big.size > normal.size, `cues grow with the screen: ${normal.size}px → ${big.size}px`);
    assert.equal(big.color, 'rgb(255, 255, 0)');
    await screenshot(page, 'fullscreen-subtitles');
    // The browser's own control has no full-screen button that would leave the cues behind.
    assert.equal(await page.locator('video.media').getAttribute('controlslist'), 'nofullscreen');
    await page.getByTestId('exit-fullscreen').click();
    await page.waitForFunction(() => !document.fullscreenElement);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the speed sticks for the learner; keys K, J/L, < >, C and F work while the player has focus, and are listed', T, async () => {
  const { page, context, errors } = await env.page();
  try {
    const p = new Player(page, env.base);
    await p.open('/course/statistics/unit/averages-video');
    await p.waitUnit('averages-video');
    await page.getByTestId('playback-speed').selectOption('1.5');
    await page.reload();
    await p.waitUnit('averages-video');
    assert.equal(await page.getByTestId('playback-speed').inputValue(), '1.5');
    const video = page.locator('video.media');
    await page.waitForFunction(() => document.querySelector('video.media').readyState >= 1);
    assert.equal(await video.evaluate((v) => v.playbackRate), 1.5);

    // The shortcuts are listed beside the player.
    await page.getByTestId('media-shortcuts').locator('summary').click();
    assert.equal(await page.getByTestId('media-shortcuts').locator('dt').count(), 5);

    await video.evaluate((v) => { v.muted = true; });
    await video.focus();
    await page.keyboard.press('k');
    await page.waitForFunction(() => !document.querySelector('video.media').paused);
    await page.keyboard.press('k');
    await page.waitForFunction(() => document.querySelector('video.media').paused);
    const at = await video.evaluate((v) => v.currentTime);
    await page.keyboard.press('l');
    await page.waitForFunction((t) => document.querySelector('video.media').currentTime >= t + 4.9, at);
    await page.keyboard.press('j');
    await page.waitForFunction((t) => Math.abs(document.querySelector('video.media').currentTime - t) < 0.2, at);
    await page.keyboard.press('>');
    assert.equal(await video.evaluate((v) => v.playbackRate), 1.75);
    assert.equal(await page.getByTestId('playback-speed').inputValue(), '1.75');
    await page.keyboard.press('<');
    await page.keyboard.press('<');
    assert.equal(await video.evaluate((v) => v.playbackRate), 1.25);
    const before = await page.getByTestId('subtitle-select').inputValue();
    await page.keyboard.press('c');
    const after1 = await page.getByTestId('subtitle-select').inputValue();
    assert.notEqual(after1, before, 'C turns subtitles on or off');
    await page.keyboard.press('c');
    assert.equal(await page.getByTestId('subtitle-select').inputValue(), before);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement?.matches('[data-testid=media-frame]'));
    await page.keyboard.press('f');
    await page.waitForFunction(() => !document.fullscreenElement);
    // Keys typed into a control stay that control's: the speed menu keeps its own letters.
    await page.getByTestId('playback-speed').focus();
    await page.keyboard.press('k');
    assert.ok(await video.evaluate((v) => v.paused), 'K in a menu does not play');
    // With a modifier, a key belongs to the browser or the screen reader.
    await video.focus();
    await page.keyboard.press('Alt+k');
    assert.ok(await video.evaluate((v) => v.paused));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
