// Files compressed ahead of time, for nginx's gzip_static and brotli_static:
// a .br (Brotli, quality 11) and a .gz (gzip, level 9) beside each text file
// (HTML, CSS, JS, JSON, XML, iCalendar, CSV, SVG, plain text), when smaller than the file.
// Compressing 10,000 pages at quality 11 takes minutes, so compressed files are
// kept in a cache folder by a hash of what they compress (inside Astro's cache,
// which CI keeps between runs): an unchanged file then costs a hash and a copy.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The files served compressed. Pagefind's index chunks and fragments are gzip files of Pagefind's own (see below for the rest). */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|ics|csv|svg|txt|webmanifest)$|(^|\/)(pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/;

/**
 * The two Pagefind files every first search fetches whole, whatever the query:
 * its metadata (one entry per indexed page: 85 KB gzip at 10,000 products) and
 * its WebAssembly. Pagefind writes them gzip-compressed and reads a file either
 * way (it gunzips only what does not start with its signature, "pagefind_dcd").
 * Stored unwrapped, they are compressed like the site's text files, and nginx's
 * brotli_static sends them as Brotli (quality 11): 53 KB of metadata instead of
 * 85 KB, 47 KB of WebAssembly instead of 55 KB (docs/PERFORMANCE.md).
 */
const PAGEFIND_WRAPPED = /(^|\/)(pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/;
const PAGEFIND_SIGNATURE = Buffer.from('pagefind_dcd');

/** `data` gunzipped when it is one of Pagefind's gzip files (its signature inside); otherwise null. */
export function unwrappedPagefind(data: Buffer): Buffer | null {
  if (data[0] !== 0x1f || data[1] !== 0x8b) return null;
  const raw = zlib.gunzipSync(data);
  return raw.subarray(0, PAGEFIND_SIGNATURE.length).equals(PAGEFIND_SIGNATURE) ? raw : null;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Every file under `root` (relative paths, "/" separated). */
export async function filesUnder(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(root, full)));
    else if (entry.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out;
}

export interface CompressResult {
  /** Text files seen. */
  files: number;
  compressed: number;
  /** Taken from the cache. */
  reused: number;
  /** Files for which compression would not make them smaller. */
  kept: number;
}

/** `.br` and `.gz` of `data`, each only when smaller than it. */
async function compressBoth(data: Buffer): Promise<Record<string, Buffer>> {
  const [br, gz] = await Promise.all([
    brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gzip(data, { level: 9 }),
  ]);
  return { ...(br.length < data.length ? { '.br': br } : {}), ...(gz.length < data.length ? { '.gz': gz } : {}) };
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `root`
 * (replacing older ones). `cacheDir`: where compressed files are kept by the hash of their source.
 */
export async function compressTree(root: string, options: { cacheDir?: string | undefined; limit?: number } = {}): Promise<CompressResult> {
  const files = (await filesUnder(root)).filter((f) => COMPRESSIBLE.test(f));
  const result: CompressResult = { files: files.length, compressed: 0, reused: 0, kept: 0 };
  if (options.cacheDir) await mkdir(options.cacheDir, { recursive: true });
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const rel = files[next++]!;
      const file = path.join(root, rel);
      let data: Buffer = await readFile(file);
      if (PAGEFIND_WRAPPED.test(rel)) {
        const raw = unwrappedPagefind(data);
        if (raw) await writeFile(file, (data = raw));
      }
      const key = options.cacheDir ? path.join(options.cacheDir, createHash('sha256').update(data).digest('hex')) : undefined;
      for (const ext of ['.br', '.gz']) await rm(file + ext, { force: true });
      // `.done` is written last: a run stopped halfway leaves no half entry behind.
      if (key && existsSync(`${key}.done`)) {
        for (const ext of ['.br', '.gz']) if (existsSync(key + ext)) await copyFile(key + ext, file + ext);
        result.reused++;
        continue;
      }
      const out = await compressBoth(data);
      for (const [ext, bytes] of Object.entries(out)) await writeFile(file + ext, bytes);
      if (key) {
        for (const [ext, bytes] of Object.entries(out)) await writeFile(key + ext, bytes);
        await writeFile(`${key}.done`, '');
      }
      if (Object.keys(out).length) result.compressed++;
      else result.kept++;
    }
  };
  // zlib's asynchronous calls run on libuv's thread pool: a few at a time keep the cores busy.
  await Promise.all(Array.from({ length: options.limit ?? 4 }, work));
  return result;
}
