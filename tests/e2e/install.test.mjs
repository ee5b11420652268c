// Installable: the web app manifest (names, icons, colours, standalone, start URL, the "My progress" shortcut), its
// icons as declared, a service worker controlling the page, Chromium's own installability check (what Lighthouse's
// installable-manifest audit asked: DevTools' Page.getInstallabilityErrors) with no error, the browser's install
// offer becoming the header's "Install app" button, and the installed app opening offline at its start URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player } from './harness.mjs';

const T = { timeout: 120_000 };
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** Width and height of a PNG. */
const pngSize = (buf) => [buf.readUInt32BE(16), buf.readUInt32BE(20)];

test('the manifest has what an installed app needs, and every icon is what it says', T, async () => {
  const res = await fetch(`${env.base}/manifest.webmanifest`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^application\/manifest\+json/);
  const m = await res.json();
  assert.equal(m.name, 'Alliance Player');
  assert.ok(m.short_name && m.short_name.length <= 12, m.short_name);
  assert.equal(m.display, 'standalone');
  assert.equal(m.start_url, '/');
  assert.equal(m.scope, '/');
  assert.match(m.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(m.background_color, /^#[0-9a-f]{6}$/);
  const progress = m.shortcuts.find((s) => s.url === '/transcript');
  assert.equal(progress?.name, 'My progress');
  const sizes = new Set();
  for (const icon of [...m.icons, ...m.shortcuts.flatMap((s) => s.icons ?? [])]) {
    const r = await fetch(new URL(icon.src, env.base));
    assert.equal(r.status, 200, icon.src);
    if (icon.type === 'image/png') {
      const [w, h] = pngSize(Buffer.from(await r.arrayBuffer()));
      assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is ${w}×${h}`);
      sizes.add(`${icon.sizes} ${icon.purpose ?? 'any'}`);
    }
  }
  for (const need of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.has(need), `an icon ${need}`);
});

test('Chromium finds the player installable; its install offer shows "Install app"; installed, it starts offline', T, async () => {
  const { page, context, errors } = await env.page();
  try {
    const p = new Player(page, env.base);
    await p.open('/');
    await p.catalog().waitFor();
    // The service worker controls the page (installability, and the app opening offline).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    const { url, errors: manifestErrors } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${env.base}/manifest.webmanifest`);
    assert.deepEqual(manifestErrors, []);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], JSON.stringify(installabilityErrors));
    // The browser's offer (here sent as Chromium sends it) becomes the header's button, which uses it once.
    assert.equal(await page.getByTestId('install-app').count(), 0, 'no button before the browser offers');
    await page.evaluate(() => {
      const e = new Event('beforeinstallprompt', { cancelable: true });
      e.prompt = () => { window.prompted = (window.prompted ?? 0) + 1; return Promise.resolve(); };
      window.dispatchEvent(e);
    });
    await page.getByTestId('install-app').click();
    assert.equal(await page.evaluate(() => window.prompted), 1);
    await page.getByTestId('install-app').waitFor({ state: 'detached' });
    // The start URL and the shortcut open with the network gone.
    await context.setOffline(true);
    for (const start of ['/', '/transcript']) {
      await page.goto(`${env.base}${start}`);
      await page.locator('main#main').waitFor();
      assert.equal(await page.title(), 'Alliance Player');
    }
    await context.setOffline(false);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
  }
});
