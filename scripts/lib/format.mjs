// Plain-text formatting for the console output of scripts/bench.mjs: byte sizes, milliseconds, aligned tables.

/** 1536 → "1.5 KiB". Budgets in this project use 1 KB = 1024 bytes, printed as KiB to be unambiguous. */
export function formatBytes(n) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  const sign = n < 0 ? '-' : '';
  const abs = Math.abs(n);
  if (abs < 1024) return `${sign}${abs} B`;
  if (abs < 1024 * 1024) return `${sign}${(abs / 1024).toFixed(1)} KiB`;
  return `${sign}${(abs / 1024 / 1024).toFixed(2)} MiB`;
}

export function formatMs(ms) {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '—';
  return ms >= 10000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function formatPercent(part, whole) {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '—';
}

/**
 * Render rows as an aligned text table.
 * @param {string[]} headers
 * @param {Array<Array<string|number>>} rows  a row of `null` draws a separator line
 * @param {string} [align]  one letter per column, 'l' or 'r' (default: first column left, others right)
 */
export function renderTable(headers, rows, align) {
  const al = align ?? 'l' + 'r'.repeat(headers.length - 1);
  const cells = rows.map((r) => (r ? r.map((c) => String(c ?? '')) : null));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.filter(Boolean).map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (al[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const sep = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(headers), sep, ...cells.map((r) => (r ? line(r) : sep))].join('\n');
}

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && !Number.isNaN(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
