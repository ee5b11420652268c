// Installable: the web app manifest (names, icons, colours, standalone, start URL, the "My progress" shortcut), its
// icons as declared, a service worker controlling the page, Chromium's own installability check (what Lighthouse's
// installable-manifest audit asked: DevTools' Page.getInstallabilityErrors) with no error, Chromium's install
// offer becoming the header's "Install app" button, and the app's start URL and shortcut opening offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { launch, Player, CHROMIUM_ARGS } from './harness.mjs';

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
  // A browser profile of its own (a learner's browser, not an incognito context, where nothing can be installed).
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    // Chromium's own offer without the days of use it waits for on a learner's machine.
    args: [...CHROMIUM_ARGS, '--bypass-app-banner-engagement-checks'],
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
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
    // Chromium's install offer (its `beforeinstallprompt`) becomes the header's button, which uses it once.
    await page.getByTestId('install-app').waitFor({ timeout: 30_000 });
    assert.equal(await page.evaluate(() => typeof window.allianceInstall?.prompt), 'function');
    await page.getByTestId('install-app').click();
    await page.getByTestId('install-app').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => window.allianceInstall), null, 'an offer is used once');
    // The start URL and the shortcut open with the network gone.
    await context.setOffline(true);
    for (const [start, screen] of [['/', 'catalog'], ['/transcript', 'transcript']]) {
      await page.goto(`${env.base}${start}`);
      await page.getByTestId(screen).waitFor();
      assert.match(await page.title(), /Alliance Player$/);
    }
    await context.setOffline(false);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
