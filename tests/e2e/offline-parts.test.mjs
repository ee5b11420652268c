// A part of the player whose code has not been downloaded yet cannot load while the network is down: the learner
// gets a clear message instead of a stuck screen, and it works once the network is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, text, message } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('opening a course while offline says so, and works when back online', async () => {
  // (Chromium also logs the service worker's script fetch when the network went away during its registration.)
  const { page, context, errors } = await env.page({ allow: [/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource|error occurred when fetching the script/] });
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  await context.setOffline(true);
  await p.card('statistics').getByRole('link').first().click();
  await page.getByTestId('error').waitFor();
  assert.match(await text(page.getByTestId('error')), new RegExp(message('en', 'error-part-unavailable').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await context.setOffline(false);
  await page.getByTestId('error').getByRole('link').first().click();
  await p.catalog().waitFor();
  await p.card('statistics').getByRole('link').first().click();
  await p.outline().waitFor();
  assert.deepEqual(errors, [], 'no trap ("unreachable") or other page error');
  await context.close();
});
