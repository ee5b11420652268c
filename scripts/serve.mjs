#!/usr/bin/env node
// Static server for the built player (`make serve`), the end-to-end tests and the benchmarks.
//
//   node scripts/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--log] [--no-precompress] [--lrs]
//
// Prints `Alliance Player: http://HOST:PORT/` once it is listening, then serves until SIGINT/SIGTERM. With `--lrs`
// (what `make serve` does) it also starts a local LRS (npm xapi-statements, in memory) on PORT+1 and a stand-in
// for an LMS's cmi5 token service on PORT+2, and prints the LRS address and a launch address that connects the
// player to it (no credentials in it: the player fetches a token), and serves docs/embed-example.html (a host page
// embedding the player) on PORT+3, another origin. `--log` adds one line per request on stdout. A default --root is relative to the project folder;
// an explicit one to the current directory. The behaviour (ranges, 304s, br/gzip, SPA fallback, cache and security
// headers) is described and implemented in scripts/lib/static-server.mjs.
//
// In-process use (tests, benchmarks):
//   import { startServer } from './scripts/serve.mjs';
//   const srv = await startServer({ root: 'dist', port: 0 });   // port 0 = any free port
//   ... srv.url ...                                              // e.g. http://127.0.0.1:41234/
//   await srv.close();
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './lib/static-server.mjs';
import { parseArgs, UsageError } from './lib/args.mjs';

export { startServer };

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), {
      root: { type: 'string' },
      port: { type: 'number', default: 8080 },
      host: { type: 'string', default: '127.0.0.1' },
      log: { type: 'boolean', default: false },
      'no-precompress': { type: 'boolean', default: false },
      lrs: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`serve: ${e.message}\nusage: node scripts/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--log]\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write('usage: node scripts/serve.mjs [--root dist] [--port 8080] [--host 127.0.0.1] [--log] [--no-precompress]\n');
    return;
  }
  if (args.port > 65535) {
    process.stderr.write(`serve: --port must be 0..65535\n`);
    process.exit(2);
  }

  const root = args.root === undefined ? path.join(PROJECT_ROOT, 'dist') : path.resolve(args.root);
  let srv;
  try {
    srv = await startServer({ root, port: args.port, host: args.host, log: args.log, precompress: !args['no-precompress'] });
  } catch (e) {
    const msg = e.code === 'EADDRINUSE' ? `port ${args.port} on ${args.host} is already in use (try --port 0)` : e.message;
    process.stderr.write(`serve: ${msg}\n`);
    process.exit(1);
  }
  process.stdout.write(`Alliance Player: ${srv.url}\n`);
  const extra = [];
  if (args.lrs) {
    const { startLrs, startLauncher } = await import('./lib/lrs.mjs');
    const lrs = await startLrs({ port: args.port ? args.port + 1 : 0 });
    const launcher = await startLauncher({ lrsBase: lrs.base, port: args.port ? args.port + 2 : 0 });
    extra.push(lrs, launcher);
    process.stdout.write(`Local LRS (xAPI 1.0.3, in memory): ${lrs.base}\n`);
    process.stdout.write(`Open a course as a learner launched by an LMS (cmi5 style):\n  ${launcher.launchUrl(srv.url, '/course/open-education')}\n`);
  }
  // The example host page (docs/embed-example.html) on an origin of its own, as a university's site would be.
  const example = await startServer({ root: path.join(PROJECT_ROOT, 'docs'), port: args.port ? args.port + 3 : 0, host: args.host, precompress: false, playerPages: false });
  extra.push(example);
  process.stdout.write(`A university page embedding the player (another origin):\n  ${example.url}embed-example.html?player=${encodeURIComponent(srv.url)}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(130); // a second Ctrl-C means "now"
    stopping = true;
    for (const x of extra) x.close();
    srv.close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run the CLI only when executed directly, not when imported by tests or benchmarks.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
