// Files compressed ahead of time, for nginx's gzip_static and brotli_static:
// a .br (Brotli, quality 11) and a .gz (gzip, level 9) beside each text file
// (HTML, CSS, JS, JSON, XML, iCalendar, CSV, SVG, plain text), when smaller than the file.
// Compressing 10,000 pages at quality 11 takes minutes, so a file whose bytes are
// the same as in the release before takes that release's compressed files (hard links).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, link, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The files served compressed. Pagefind's own files (.pf_*) are compressed already. */
export const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|ics|csv|svg|txt|webmanifest)$/;

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

/** A hard link where the two folders share a disk, else a copy. */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  await rm(to, { force: true });
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

const sameBytes = async (a: string, b: string) => {
  if (!existsSync(b)) return false;
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  return x.equals(y);
};

export interface CompressResult {
  compressed: number;
  reused: number;
  /** Files for which compression would not make them smaller. */
  kept: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file under `root`.
 * `previous`: an earlier release whose compressed files are taken for unchanged files.
 */
export async function compressTree(root: string, options: { previous?: string | undefined; limit?: number } = {}): Promise<CompressResult> {
  const files = (await filesUnder(root)).filter((f) => COMPRESSIBLE.test(f));
  const result: CompressResult = { compressed: 0, reused: 0, kept: 0 };
  let next = 0;
  const work = async () => {
    while (next < files.length) {
      const rel = files[next++]!;
      const file = path.join(root, rel);
      const before = options.previous ? path.join(options.previous, rel) : undefined;
      if (before && (existsSync(`${before}.br`) || existsSync(`${before}.gz`)) && (await sameBytes(file, before))) {
        for (const ext of ['.br', '.gz']) if (existsSync(before + ext)) await linkOrCopy(before + ext, file + ext);
        result.reused++;
        continue;
      }
      const data = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        gzip(data, { level: 9 }),
      ]);
      let wrote = false;
      for (const [ext, bytes] of [['.br', br], ['.gz', gz]] as const) {
        await rm(file + ext, { force: true });
        if (bytes.length < data.length) {
          await writeFile(file + ext, bytes);
          wrote = true;
        }
      }
      if (wrote) result.compressed++;
      else result.kept++;
    }
  };
  // zlib's asynchronous calls run on libuv's thread pool: a few at a time keep the cores busy.
  await Promise.all(Array.from({ length: options.limit ?? 4 }, work));
  return result;
}

/** A short hash of a file's bytes (for tests and logs). */
export async function hashOf(file: string): Promise<string> {
  return createHash('sha256').update(await readFile(file)).digest('hex').slice(0, 16);
}
