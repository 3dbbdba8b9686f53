// Releases on the server: `npm run deploy` publishes a build as a new release
// and switches nginx's root to it in one step; while it switches back and forth,
// a reader's requests never fail and a page never gets a file of the other release.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { currentId, deploy, parseTarget, switchTo } from '../../scripts/lib/releases.ts';
import { DIST } from '../support/dist.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'kc-releases-'));
// Compressed files kept between the deploys of this file, as Astro's cache keeps them between real ones.
const cacheDir = path.join(work, 'compressed');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A second build that differs from dist/ as a new release would: each page says which
 * release it is, and the search page's script has new content under a new hashed name.
 */
function variant(name: string): string {
  const dir = path.join(work, `build-${name}`);
  cpSync(DIST, dir, { recursive: true });
  const search = readFileSync(path.join(dir, 'tim-kiem/index.html'), 'utf8');
  const script = /src="\/_astro\/([^"]+\.js)"/.exec(search)![1]!;
  const renamed = script.replace(/\.js$/, `.${name}.js`);
  writeFileSync(path.join(dir, '_astro', renamed), `${readFileSync(path.join(dir, '_astro', script), 'utf8')}\n// release ${name}\n`);
  rmSync(path.join(dir, '_astro', script));
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
    const file = path.join(dir, rel);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`/_astro/${script}`, `/_astro/${renamed}`).replace('<head>', `<head><meta name="kc-release" content="${name}">`));
  }
  return dir;
}

describe('deploy, prune and rollback (npm run deploy)', () => {
  const dir = path.join(work, 'srv');
  const target = parseTarget(dir);
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/deploy.ts', ...args], { encoding: 'utf8' });
  test('two deploys: the second is current, unchanged files are the same files on disk, the first one’s hashed files are kept', async () => {
    await deploy(DIST, target, { id: '20260101T000000Z-a', cacheDir });
    expect(await currentId(target)).toBe('20260101T000000Z-a');
    await deploy(variant('b'), target, { id: '20260102T000000Z-b', cacheDir });
    expect(await currentId(target)).toBe('20260102T000000Z-b');
    const [a, b] = ['20260101T000000Z-a', '20260102T000000Z-b'].map((id) => path.join(dir, 'releases', id));
    expect(readFileSync(path.join(dir, 'current/index.html'), 'utf8')).toContain('content="b"');
    expect(statSync(path.join(b!, 'favicon.svg')).ino).toBe(statSync(path.join(a!, 'favicon.svg')).ino);
    expect(statSync(path.join(b!, 'index.html')).ino).not.toBe(statSync(path.join(a!, 'index.html')).ino);
    // The first release's search script, for its pages already open, and its compressed copies.
    const script = /src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync(path.join(DIST, 'tim-kiem/index.html'), 'utf8'))![1]!;
    expect(readFileSync(path.join(b!, 'tim-kiem/index.html'), 'utf8')).not.toContain(script);
    expect(existsSync(path.join(b!, script))).toBe(true);
    expect(existsSync(path.join(dir, 'current/index.html.br'))).toBe(true);
    // The first deploy compresses every text file, the web editor's 6 MB of scripts (dist/admin/) among them: 30 s on an idle machine.
  }, 180_000);
  test('the CLI refuses a build the release gate refuses, and publishes nothing', () => {
    const before = readdirSync(path.join(dir, 'releases'));
    const refused = run(dir, '--from', DIST);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('Chưa thể xuất bản');
    expect(readdirSync(path.join(dir, 'releases'))).toEqual(before);
  });
  test('--rollback switches back to the release before; again, there is none before it', async () => {
    const back = run(dir, '--rollback');
    expect(back.status, back.stderr).toBe(0);
    expect(await currentId(target)).toBe('20260101T000000Z-a');
    const again = run(dir, '--rollback');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Không có bản phát hành nào trước');
  });
  test('only the last releases are kept (and the current one)', async () => {
    for (const day of ['03', '04', '05', '06', '07']) await deploy(DIST, target, { id: `202601${day}T000000Z-x`, keep: 3, cacheDir });
    expect(readdirSync(path.join(dir, 'releases')).sort()).toEqual(['20260105T000000Z-x', '20260106T000000Z-x', '20260107T000000Z-x']);
  });
  test('over SSH: the same steps on a server reached with the ssh command (KC_SSH; here a stand-in that runs them on this machine)', async () => {
    const fake = path.join(work, 'fake-ssh');
    // ssh's way: options (rsync passes "-l user"), the host, then one command line for the remote shell.
    writeFileSync(fake, '#!/bin/sh\nwhile [ "${1#-}" != "$1" ]; do [ "$1" = -l ] && shift; shift; done\nshift\nexec sh -c "$*"\n', { mode: 0o755 });
    const remote = parseTarget(`deploy@may-chu:${path.join(work, 'remote')}`);
    process.env['KC_SSH'] = fake;
    try {
      await deploy(DIST, remote, { id: '20260301T000000Z-r', cacheDir });
      await deploy(variant('s'), remote, { id: '20260302T000000Z-s', cacheDir });
      expect(await currentId(remote)).toBe('20260302T000000Z-s');
      expect(readFileSync(path.join(work, 'remote/current/index.html'), 'utf8')).toContain('content="s"');
      expect(statSync(path.join(work, 'remote/releases/20260302T000000Z-s/favicon.svg')).ino).toBe(statSync(path.join(work, 'remote/releases/20260301T000000Z-r/favicon.svg')).ino);
    } finally {
      delete process.env['KC_SSH'];
    }
  });
});

describe('switching releases under nginx', () => {
  const dir = path.join(work, 'live');
  const target = parseTarget(dir);
  let server: RunningNginx;
  beforeAll(async () => {
    await deploy(variant('a'), target, { id: '20260201T000000Z-a', cacheDir });
    await deploy(variant('c'), target, { id: '20260202T000000Z-c', cacheDir });
    server = await startNginx({ root: path.join(dir, 'current') });
  });
  afterAll(() => server?.stop());

  test('a reader’s requests never fail and a page never gets a file of the other release', async () => {
    const releases = ['20260201T000000Z-a', '20260202T000000Z-c'];
    let switching = true;
    let switches = 0;
    const switcher = (async () => {
      while (switching) {
        await switchTo(target, releases[switches++ % 2]!);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const failures: string[] = [];
    let pages = 0;
    // Until the release has changed under the reader enough times (at most 20 s: a busy machine switches slowly).
    const until = Date.now() + 20_000;
    while (Date.now() < until && (switches < 10 || pages < 30)) {
      const res = await fetch(`${server.url}/tim-kiem/`);
      if (res.status !== 200) failures.push(`page ${res.status}`);
      const html = await res.text();
      const release = /name="kc-release" content="(\w)"/.exec(html)?.[1];
      const releaseDir = path.join(dir, 'releases', releases.find((r) => r.endsWith(`-${release}`))!);
      const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
      for (const asset of assets) {
        const got = await fetch(server.url + asset, { headers: { 'accept-encoding': 'identity' } });
        const bytes = Buffer.from(await got.arrayBuffer());
        if (got.status !== 200) failures.push(`${asset} ${got.status}`);
        else if (!bytes.equals(readFileSync(path.join(releaseDir, asset)))) failures.push(`${asset}: not the bytes of release ${release}`);
      }
      pages++;
    }
    switching = false;
    await switcher;
    expect(switches).toBeGreaterThanOrEqual(10);
    expect(pages).toBeGreaterThanOrEqual(30);
    expect(failures).toEqual([]);
  });

  test('what nginx serves is the current release', async () => {
    await switchTo(target, '20260201T000000Z-a');
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('name="kc-release" content="a"');
  });
});
