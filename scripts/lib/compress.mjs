// Compression settings shared by the static server and the size benchmark, so that the bytes the benchmark reports
// for gzip/brotli are the bytes the server actually sends: gzip level 9, brotli quality 11 (the maximum).
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { extensionOf } from './mime.mjs';

const gzipAsync = promisify(zlib.gzip);
const brotliAsync = promisify(zlib.brotliCompress);

export const GZIP_LEVEL = 9;
export const BROTLI_QUALITY = 11;

function brotliOptions(file, size, quality = BROTLI_QUALITY) {
  const ext = extensionOf(file);
  const textual = ext !== 'wasm' && ext !== '';
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: size,
      [zlib.constants.BROTLI_PARAM_MODE]: textual ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
    },
  };
}

/** Synchronous sizes for the benchmark. */
export function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: GZIP_LEVEL }).length;
}
export function brotliSize(buf, file = '') {
  return brotliBytes(buf, file).length;
}
/** The brotli body itself (quality 11), for `scripts/precompress.mjs`. */
export function brotliBytes(buf, file = '') {
  return zlib.brotliCompressSync(buf, brotliOptions(file, buf.length));
}

/**
 * Asynchronous compression for the server (runs on libuv's thread pool, so the event loop keeps answering).
 * `encoding` is 'br' or 'gzip'. Brotli quality 11 costs about 1.5 s per MiB; above `maxQ11Bytes` the server
 * falls back to quality 9 (~15x faster, a few percent larger) so that a huge file cannot stall a request.
 */
export function compress(buf, encoding, file = '', { maxQ11Bytes = 4 * 1024 * 1024 } = {}) {
  if (encoding === 'br') {
    const quality = buf.length <= maxQ11Bytes ? BROTLI_QUALITY : 9;
    return brotliAsync(buf, brotliOptions(file, buf.length, quality));
  }
  if (encoding === 'gzip') return gzipAsync(buf, { level: GZIP_LEVEL });
  throw new Error(`unsupported encoding ${encoding}`);
}
