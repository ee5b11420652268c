// A tiny command-line parser for the scripts in scripts/: `--name value`, `--name=value` and boolean `--flag`.
// Unknown options are an error, so typos do not silently fall back to defaults.

/**
 * @param {string[]} argv  process.argv.slice(2)
 * @param {Record<string, {type: 'string'|'number'|'boolean', default?: any}>} spec
 * @returns {Record<string, any>}
 */
export function parseArgs(argv, spec) {
  const out = {};
  for (const [name, def] of Object.entries(spec)) out[name] = def.default;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    let [name, value] = arg.slice(2).split(/=(.*)/s, 2);
    const def = spec[name];
    if (!def) throw new UsageError(`unknown option --${name}`);
    if (def.type === 'boolean') {
      if (value !== undefined && !/^(true|false|1|0)$/.test(value)) throw new UsageError(`--${name} takes no value`);
      out[name] = value === undefined || value === 'true' || value === '1';
      continue;
    }
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    }
    if (def.type === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n) || !Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number, got "${value}"`);
      out[name] = n;
    } else {
      out[name] = value;
    }
  }
  return out;
}

export class UsageError extends Error {}
