// Benchmark section "firstLoad": what a first visit downloads, in raw, gzip (level 9) and brotli (quality 11) bytes,
// checked against the budget: html + js + wasm + css, gzip-compressed, at most 250 KB (250,000 bytes, as the issue
// states it). Also lists every other file
// in the build with its raw size, for information.
import fs from 'node:fs';
import path from 'node:path';
import { brotliSize, gzipSize } from '../compress.mjs';
import { findFirstLoadAssets, listFiles } from '../html-assets.mjs';
import { formatBytes, formatPercent, renderTable } from '../format.mjs';

export const FIRST_LOAD_GZIP_BUDGET = 250_000;
const BUDGET_KINDS = ['html', 'js', 'wasm', 'css'];

export default {
  name: 'firstLoad',
  title: 'First-load assets',
  needsBrowser: false,

  async run({ dist }) {
    if (!fs.existsSync(path.join(dist, 'index.html'))) {
      throw new Error(`${path.join(dist, 'index.html')} does not exist — build first (trunk build --release)`);
    }
    const { assets, external } = findFirstLoadAssets(dist);
    for (const a of assets) {
      if (!a.file) continue;
      const buf = fs.readFileSync(path.join(dist, a.file));
      a.raw = buf.length;
      a.gzip = gzipSize(buf);
      a.brotli = brotliSize(buf, a.file);
    }

    const sum = (list, key) => list.reduce((n, a) => n + (a[key] ?? 0), 0);
    const present = assets.filter((a) => a.file);
    const byKind = {};
    for (const kind of [...BUDGET_KINDS, 'other']) {
      const list = present.filter((a) => a.kind === kind);
      byKind[kind] = { files: list.length, raw: sum(list, 'raw'), gzip: sum(list, 'gzip'), brotli: sum(list, 'brotli') };
    }
    const counted = present.filter((a) => BUDGET_KINDS.includes(a.kind));
    const totals = { files: counted.length, raw: sum(counted, 'raw'), gzip: sum(counted, 'gzip'), brotli: sum(counted, 'brotli') };

    const firstLoadFiles = new Set(present.map((a) => a.file));
    // The .br/.gz files the build writes beside each file (scripts/precompress.mjs) are the same files, encoded.
    const all = listFiles(dist).filter((f) => !/\.(br|gz)$/.test(f.file));
    const otherFiles = all.filter((f) => !firstLoadFiles.has(f.file)).sort((a, b) => b.raw - a.raw || a.file.localeCompare(b.file));

    const broken = assets.filter((a) => a.missing && a.strict);
    const guessedMissing = assets.filter((a) => a.missing && !a.strict);
    const notes = [];
    if (!byKind.wasm.files) notes.push('no .wasm file found among the first-load references');
    for (const a of guessedMissing) notes.push(`inline script mentions ${a.url}, which is not in the build (ignored)`);

    return {
      figures: {
        assets: assets.filter((a) => !(a.missing && !a.strict)).map(({ strict, ...a }) => a),
        byKind,
        totals,
        external,
        otherFiles,
        dist: { files: all.length, raw: sum(all, 'raw') },
        compression: { gzipLevel: 9, brotliQuality: 11 },
      },
      budget: {
        metric: 'first-load html+js+wasm+css, gzip bytes',
        unit: 'bytes',
        limit: FIRST_LOAD_GZIP_BUDGET,
        actual: totals.gzip,
        headroom: FIRST_LOAD_GZIP_BUDGET - totals.gzip,
        pass: totals.gzip <= FIRST_LOAD_GZIP_BUDGET,
      },
      ...(broken.length ? { error: `index.html references files missing from the build: ${broken.map((a) => a.url).join(', ')}` } : {}),
      ...(notes.length ? { notes } : {}),
    };
  },

  render({ figures: f, budget }) {
    const rows = f.assets.map((a) => a.missing
      ? [a.url, a.kind, a.via, 'MISSING', '', '']
      : [a.url, a.kind, a.via, formatBytes(a.raw), formatBytes(a.gzip), formatBytes(a.brotli)]);
    rows.push(null);
    for (const k of BUDGET_KINDS) {
      const t = f.byKind[k];
      if (t.files) rows.push([`  ${k} (${t.files})`, '', '', formatBytes(t.raw), formatBytes(t.gzip), formatBytes(t.brotli)]);
    }
    rows.push(['Total html+js+wasm+css', '', '', formatBytes(f.totals.raw), formatBytes(f.totals.gzip), formatBytes(f.totals.brotli)]);
    if (f.byKind.other.files) {
      const t = f.byKind.other;
      rows.push([`  + other first-load (${t.files}, not budgeted)`, '', '', formatBytes(t.raw), formatBytes(t.gzip), formatBytes(t.brotli)]);
    }
    const out = [renderTable(['File', 'Kind', 'Found via', 'Raw', 'gzip -9', 'brotli 11'], rows, 'lllrrr')];

    if (f.external.length) out.push('', `External first-load references (not measured): ${f.external.map((e) => e.url).join(', ')}`);

    const SHOWN = 15;
    out.push('', `Other files in the build (${f.otherFiles.length}, raw; not part of the first load):`);
    if (f.otherFiles.length) {
      const otherRows = f.otherFiles.slice(0, SHOWN).map((o) => [o.file, formatBytes(o.raw)]);
      if (f.otherFiles.length > SHOWN) {
        const rest = f.otherFiles.slice(SHOWN);
        otherRows.push([`… ${rest.length} more`, formatBytes(rest.reduce((n, o) => n + o.raw, 0))]);
      }
      out.push(renderTable(['File', 'Raw'], otherRows));
    }
    out.push(`Whole build: ${f.dist.files} files, ${formatBytes(f.dist.raw)}`);

    const verdict = budget.pass ? 'PASS' : 'FAIL';
    const head = budget.pass
      ? `${formatBytes(budget.headroom)} headroom`
      : `${formatBytes(-budget.headroom)} over`;
    out.push('', `Budget ${verdict}: first load ${formatBytes(budget.actual)} gzip of ${formatBytes(budget.limit)} ` +
      `(${formatPercent(budget.actual, budget.limit)} used, ${head}; ${budget.actual} / ${budget.limit} bytes)`);
    return out.join('\n');
  },
};
