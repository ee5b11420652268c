#!/usr/bin/env node
// Performance benchmarks for a release build of the player (`make bench` runs this after building into dist/).
//
//   node scripts/bench.mjs [--dist dist] [--runs 5] [--skip-browser] [--only section,section] [--out target/bench/report.json] [--timeout 30000]
//
// Prints readable tables and writes a JSON report (default target/bench/report.json):
//   {
//     "schema": 1, "generatedAt": "...", "dist": "...", "options": {...}, "environment": {...},
//     "pass": true,                         // every budget met and no section failed
//     "sections": {                          // one entry per benchmark, in the order they ran
//       "firstLoad": { "title": "...", "figures": {...}, "budget": {"metric", "limit", "actual", "headroom", "pass"} },
//       "coldLoad":  { "title": "...", "figures": {...} },
//       "<name>":    { "title": "...", "skipped": "why" } | { "title": "...", "error": "message" }
//     }
//   }
// Exit code: 0 all good, 1 a budget failed or a section errored (the report is written first), 2 bad usage.
//
// Adding a benchmark: write scripts/lib/bench/<name>.mjs exporting
//   { name, title, needsBrowser, async run(ctx) → {figures, budget?, notes?, error?}, render(section) → string }
// and add it to SECTIONS below. ctx = { dist, options, getServer(), getBrowser(), log(), sections (earlier results) };
// getServer() starts scripts/serve.mjs in-process on a free port (once), getBrowser() launches headless Chromium (once).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, UsageError } from './lib/args.mjs';
import { startServer } from './serve.mjs';
import { launchChromium, CHROMIUM_PATH } from './lib/browser.mjs';
import firstLoad from './lib/bench/first-load.mjs';
import coldLoad from './lib/bench/cold-load.mjs';
import slowLink from './lib/bench/slow-link.mjs';
import locales from './lib/bench/locales.mjs';
import progress from './lib/bench/progress.mjs';
import catalogScale from './lib/bench/catalog-scale.mjs';
import courseSearch from './lib/bench/course-search.mjs';
import xapi from './lib/bench/xapi.mjs';
import offline from './lib/bench/offline.mjs';
import unitSwitch from './lib/bench/unit-switch.mjs';
import memory from './lib/bench/memory.mjs';
import largeCourse from './lib/bench/large-course.mjs';

const SECTIONS = [firstLoad, coldLoad, slowLink, catalogScale, courseSearch, locales, progress, xapi, offline, unitSwitch, memory, largeCourse];

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/bench.mjs [--dist dist] [--runs 5] [--skip-browser] [--only section,section] [--out target/bench/report.json] [--timeout 30000]';

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2), {
      dist: { type: 'string' },
      runs: { type: 'number', default: 5 },
      'skip-browser': { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      timeout: { type: 'number', default: 30000 },
      help: { type: 'boolean', default: false },
    });
    if (options.runs < 1) throw new UsageError('--runs must be at least 1');
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  // Defaults are relative to the project folder, explicit paths to the current directory.
  const dist = options.dist === undefined ? path.join(PROJECT_ROOT, 'dist') : path.resolve(options.dist);
  const out = options.out === undefined ? path.join(PROJECT_ROOT, 'target', 'bench', 'report.json') : path.resolve(options.out);

  const report = {
    schema: 1,
    generatedAt: new Date().toISOString(),
    dist,
    options: { runs: options.runs, skipBrowser: options['skip-browser'], timeoutMs: options.timeout },
    environment: {
      node: process.version,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
      memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
      chromium: null,
    },
    pass: true,
    sections: {},
  };

  // Shared, lazily started resources.
  let server = null;
  let browser = null;
  const ctx = {
    dist,
    options: { runs: options.runs, timeout: options.timeout },
    sections: report.sections,
    log: (msg) => process.stdout.write(msg + '\n'),
    // No background precompression: it would compete for CPU with the timed runs. The warm-up run of each
    // browser section fills the server's compression cache instead.
    getServer: async () => (server ??= await startServer({ root: dist, port: 0, host: '127.0.0.1', precompress: false })),
    getBrowser: async () => {
      if (!browser) {
        browser = await launchChromium();
        report.environment.chromium = `${browser.version()} (${CHROMIUM_PATH})`;
      }
      return browser;
    },
  };

  process.stdout.write(`Alliance Player benchmarks — ${dist}\n`);
  try {
    const only = options.only ? options.only.split(',') : null;
    for (const section of SECTIONS) {
      if (only && !only.includes(section.name)) continue;
      const entry = { title: section.title };
      report.sections[section.name] = entry;
      process.stdout.write(`\n== ${section.title} ==\n`);
      if (section.needsBrowser && options['skip-browser']) {
        entry.skipped = '--skip-browser';
        process.stdout.write('skipped (--skip-browser)\n');
        continue;
      }
      try {
        Object.assign(entry, await section.run(ctx));
      } catch (e) {
        entry.error = e.message;
      }
      if (entry.figures) process.stdout.write(section.render(entry) + '\n');
      for (const note of entry.notes ?? []) process.stdout.write(`note: ${note}\n`);
      if (entry.error) {
        report.pass = false;
        process.stdout.write(`ERROR: ${entry.error}\n`);
      }
      if (entry.budget && !entry.budget.pass) report.pass = false;
    }
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }

  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + '\n');

  const budgets = Object.entries(report.sections).filter(([, s]) => s.budget);
  const failed = budgets.filter(([, s]) => !s.budget.pass).map(([n]) => n);
  const errored = Object.entries(report.sections).filter(([, s]) => s.error).map(([n]) => n);
  const shown = path.relative(process.cwd(), out);
  process.stdout.write(`\nReport: ${shown.startsWith('..') || path.isAbsolute(shown) ? out : shown}\n`);
  process.stdout.write(report.pass
    ? `Overall: PASS (${budgets.length} budget${budgets.length === 1 ? '' : 's'} met)\n`
    : `Overall: FAIL${failed.length ? ` — over budget: ${failed.join(', ')}` : ''}${errored.length ? ` — errors in: ${errored.join(', ')}` : ''}\n`);
  return report.pass ? 0 : 1;
}

process.exitCode = await main();
