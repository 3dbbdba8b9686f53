// Releases of the built site on the server: each deploy is a folder
// <target>/releases/<id>/, and <target>/current is a link to one of them,
// replaced in one step (rename(2) of a new link over the old one), so that
// nginx serves either the old release or the new one, never half of each.
//
// The target is a folder on this machine ("/srv/khuyen-cong") or on a server
// reached over SSH ("deploy@may-chu:/srv/khuyen-cong"). The server needs only a
// POSIX shell, GNU coreutils and rsync: the files travel with rsync (a file
// unchanged since the current release becomes a hard link to it, no bytes
// copied), and the steps on the server are one shell script (deploy/release.sh),
// run with `sh` here or through `ssh` there. KC_SSH replaces the ssh command
// (for a key or a port: KC_SSH="ssh -i ~/.ssh/xuat-ban -p 2222").
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { compressTree } from './compress.ts';

/** Releases kept on the server (the current one and those before it), for --rollback. */
export const KEEP = 5;

/** A release id: the time and the commit ("20261201T083000Z-3f76fa7"): they sort by time. */
const ID = /^\d{8}T\d{6}Z-[A-Za-z0-9]+$/;

/** "20261201T083000Z" plus the commit, when there is one. */
export function newId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  let commit = 'local';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || commit;
  } catch {
    // not a git checkout: the commit part says so
  }
  return `${stamp}-${commit}`;
}

export interface Target {
  /** "deploy@may-chu" for a server, null for a folder of this machine. */
  host: string | null;
  /** The folder holding releases/ and current. */
  dir: string;
}

/** "deploy@may-chu:/srv/khuyen-cong" or "/srv/khuyen-cong". */
export function parseTarget(text: string): Target {
  const remote = /^([^/:\s]+):(\/[^\s'"]*)$/.exec(text);
  const target = remote ? { host: remote[1]!, dir: remote[2]! } : { host: null, dir: path.resolve(text) };
  if (/['"\\\s$`]/.test(target.dir)) throw new Error(`Đường dẫn "${target.dir}" không được chứa dấu nháy, khoảng trắng hay ký tự đặc biệt`);
  return target;
}

/** The steps on the server (deploy/release.sh), sent to it over ssh each time: nothing to install there. */
const SERVER_SCRIPT = readFileSync(path.join(import.meta.dirname, '..', '..', 'deploy', 'release.sh'), 'utf8');

function sshCommand(): string[] {
  return (process.env['KC_SSH'] ?? 'ssh').split(/\s+/).filter(Boolean);
}

function run(command: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', (e) => reject(new Error(`${command}: ${e.message}`)));
    child.on('close', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(err.trim() || `${command} dừng với mã ${code}`))));
    child.stdin.end(input ?? '');
  });
}

/** Runs one server step (SERVER_SCRIPT) on the target. */
export function onServer(target: Target, ...args: string[]): Promise<string> {
  if (!target.host) return run('env', [`KC_TARGET=${target.dir}`, 'sh', '-s', '--', ...args], SERVER_SCRIPT);
  const [ssh, ...options] = sshCommand();
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return run(ssh!, [...options, target.host, `KC_TARGET='${target.dir}' sh -s -- ${quoted}`], SERVER_SCRIPT);
}

/** The id of the current release, or null. */
export async function currentId(target: Target): Promise<string | null> {
  return (await onServer(target, 'current')) || null;
}

/** Points `current` at release `id`, in one step (after giving it the other releases' hashed files). */
export async function switchTo(target: Target, id: string): Promise<void> {
  if (!ID.test(id)) throw new Error(`"${id}" không phải mã bản phát hành`);
  await onServer(target, 'switch', id);
}

export interface DeployResult {
  id: string;
  files: number;
  compressed: number;
  reused: number;
}

/**
 * Publishes the built site `from` as a new release of `target` and switches to it.
 * `cacheDir` keeps compressed files by their content between deploys (CI keeps it with Astro's cache).
 */
export async function deploy(from: string, target: Target, options: { id?: string; keep?: number; cacheDir?: string } = {}): Promise<DeployResult> {
  if (!existsSync(path.join(from, 'index.html'))) throw new Error(`${from} không phải một bản dựng (thiếu index.html); chạy npm run build trước`);
  const id = options.id ?? newId();
  if (!ID.test(id)) throw new Error(`"${id}" không phải mã bản phát hành`);
  const staging = await mkdtemp(path.join(os.tmpdir(), 'kc-release-'));
  try {
    await cp(from, staging, { recursive: true, filter: (f) => !/\.(br|gz)$/.test(f) });
    const done = await compressTree(staging, { cacheDir: options.cacheDir });
    const previous = await currentId(target);
    // rsync: a file whose bytes are those of the current release's becomes a hard link
    // to it on the server. Compared by checksum, and times are not kept: every build
    // writes its files anew, and rsync links only files alike in every attribute it keeps.
    const dest = `${target.host ? `${target.host}:` : ''}${target.dir}/releases/.${id}.tmp/`;
    await run('rsync', ['--recursive', '--links', '--perms', '--checksum', '--delete', ...(previous ? [`--link-dest=../${previous}`] : []), ...(target.host ? ['-e', sshCommand().join(' ')] : []), `${staging}/`, dest]);
    await onServer(target, 'publish', id, String(options.keep ?? KEEP));
    return { id, files: done.files, compressed: done.compressed, reused: done.reused };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Switches back to the release before the current one; returns its id. */
export function rollback(target: Target): Promise<string> {
  return onServer(target, 'rollback');
}
