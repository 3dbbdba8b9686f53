// Releases of the built site on the server: each deploy is a folder
// <target>/releases/<id>/, and <target>/current is a link to one of them,
// replaced in one step (rename(2) of a new link over the old one), so that
// nginx serves either the old release or the new one, never half of each.
// Unchanged files are hard links to the release before (no bytes copied), and
// a new release keeps the previous releases' hashed files (/_astro/), so that a
// page already open in a reader's browser still finds its scripts and fonts.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { compressTree, filesUnder, linkOrCopy } from './compress.ts';

export const RELEASES = 'releases';
export const CURRENT = 'current';
/** Releases kept on the server (the current one and those before it), for --rollback. */
export const KEEP = 5;

/** Release ids, oldest first (ids sort by time: "20261201T083000Z-3f76fa7"). */
export async function releaseIds(target: string): Promise<string[]> {
  const dir = path.join(target, RELEASES);
  return existsSync(dir) ? (await readdir(dir)).filter((n) => !n.startsWith('.')).sort() : [];
}

/** The id of the release `current` points to, or null. */
export function currentId(target: string): string | null {
  const link = path.join(target, CURRENT);
  if (!existsSync(link) || !lstatSync(link).isSymbolicLink()) return null;
  return path.basename(readlinkSync(link));
}

/**
 * Puts into release `id` the hashed files (/_astro/) of every other release kept
 * that it lacks (hard links): a page of any of them, already open in a reader's
 * browser, still finds its scripts and fonts, whichever release is current, also
 * after a rollback. Returns how many files were added (compressed copies not counted).
 */
async function carryHashedFiles(target: string, id: string): Promise<number> {
  const releases = path.join(target, RELEASES);
  let carried = 0;
  for (const other of await releaseIds(target)) {
    const astro = path.join(releases, other, '_astro');
    if (other === id || !existsSync(astro)) continue;
    for (const rel of await filesUnder(astro)) {
      const to = path.join(releases, id, '_astro', rel);
      if (existsSync(to)) continue;
      await mkdir(path.dirname(to), { recursive: true });
      await linkOrCopy(path.join(astro, rel), to);
      if (!/\.(br|gz)$/.test(rel)) carried++;
    }
  }
  return carried;
}

/** Points `current` at release `id`, in one step (after giving it the other releases' hashed files). */
export async function switchTo(target: string, id: string): Promise<number> {
  if (!existsSync(path.join(target, RELEASES, id, 'index.html'))) throw new Error(`Không có bản phát hành ${id} (thiếu ${RELEASES}/${id}/index.html)`);
  const carried = await carryHashedFiles(target, id);
  const tmp = path.join(target, `.${CURRENT}-${process.pid}-${Date.now()}`);
  await symlink(path.join(RELEASES, id), tmp);
  await rename(tmp, path.join(target, CURRENT));
  return carried;
}

/** "20261201T083000Z" plus the commit, when there is one. */
export function newId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let commit = 'local';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || commit;
  } catch {
    // not a git checkout: the id is the time alone
  }
  return `${stamp}-${commit}`;
}

const same = async (a: string, b: string) => existsSync(b) && (await stat(a)).size === (await stat(b)).size && (await readFile(a)).equals(await readFile(b));

export interface DeployResult {
  id: string;
  files: number;
  linked: number;
  carried: number;
  compressed: number;
  removed: string[];
}

/** Publishes the built site `from` as a new release of `target` and switches to it. */
export async function deploy(from: string, target: string, options: { id?: string; keep?: number } = {}): Promise<DeployResult> {
  if (!existsSync(path.join(from, 'index.html'))) throw new Error(`${from} không phải một bản dựng (thiếu index.html); chạy npm run build trước`);
  const id = options.id ?? newId();
  const releases = path.join(target, RELEASES);
  const dir = path.join(releases, id);
  if (existsSync(dir)) throw new Error(`Bản phát hành ${id} đã có`);
  const before = currentId(target);
  const previous = before ? path.join(releases, before) : undefined;
  // Written under a temporary name, renamed when complete: a deploy stopped halfway leaves no release behind.
  const work = path.join(releases, `.${id}.tmp`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const files = (await filesUnder(from)).filter((f) => !/\.(br|gz)$/.test(f));
  let linked = 0;
  for (const rel of files) {
    const to = path.join(work, rel);
    await mkdir(path.dirname(to), { recursive: true });
    const old = previous && path.join(previous, rel);
    if (old && (await same(path.join(from, rel), old))) {
      await linkOrCopy(old, to);
      linked++;
    } else await cp(path.join(from, rel), to);
  }
  const { compressed } = await compressTree(work, { previous });
  await rename(work, dir);
  const carried = await switchTo(target, id);
  const removed = await prune(target, options.keep ?? KEEP);
  return { id, files: files.length, linked, carried, compressed, removed };
}

/** Keeps the newest `keep` releases (and always the current one). */
export async function prune(target: string, keep = KEEP): Promise<string[]> {
  const ids = await releaseIds(target);
  const current = currentId(target);
  const gone = ids.slice(0, Math.max(0, ids.length - keep)).filter((id) => id !== current);
  for (const id of gone) await rm(path.join(target, RELEASES, id), { recursive: true, force: true });
  return gone;
}

/** Switches back to the release before the current one. */
export async function rollback(target: string): Promise<{ from: string; to: string }> {
  const current = currentId(target);
  if (!current) throw new Error(`${target}/${CURRENT} chưa trỏ tới bản phát hành nào`);
  const ids = await releaseIds(target);
  const older = ids.filter((id) => id < current);
  const to = older.at(-1);
  if (!to) throw new Error(`Không có bản phát hành nào trước ${current} để quay lại`);
  await switchTo(target, to);
  return { from: current, to };
}
