// Releases on the server: `npm run deploy` publishes a build as a new release
// and switches nginx's root to it in one step; while it switches back and forth,
// a reader's requests never fail and a page never gets a file of the other release.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { filesUnder } from '../../scripts/lib/compress.ts';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { currentId, deploy, switchTo } from '../../scripts/lib/releases.ts';
import { DIST } from '../support/dist.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'kc-releases-'));
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
  const target = path.join(work, 'srv');
  test('two deploys: the second is current, unchanged files are shared, the first one’s hashed files are kept', async () => {
    const first = await deploy(DIST, target, { id: '20260101T000000Z-a' });
    expect(first.files).toBeGreaterThan(0);
    expect(currentId(target)).toBe('20260101T000000Z-a');
    const b = variant('b');
    const second = await deploy(b, target, { id: '20260102T000000Z-b' });
    expect(currentId(target)).toBe('20260102T000000Z-b');
    expect(second.linked).toBeGreaterThan(second.files / 2);
    expect(second.carried).toBe(1); // the first release's search script, for its pages already open
    expect(readFileSync(path.join(target, 'current/index.html'), 'utf8')).toContain('content="b"');
    expect(existsSync(path.join(target, 'current/index.html.br'))).toBe(true);
  });
  test('the CLI refuses a build the release gate refuses, and publishes nothing', () => {
    const before = readdirSync(path.join(target, 'releases'));
    const run = spawnSync(process.execPath, ['scripts/deploy.ts', target, '--from', DIST], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Chưa thể xuất bản');
    expect(readdirSync(path.join(target, 'releases'))).toEqual(before);
  });
  test('--rollback switches back to the release before; again, there is none before it', () => {
    const run = spawnSync(process.execPath, ['scripts/deploy.ts', target, '--rollback'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(currentId(target)).toBe('20260101T000000Z-a');
    const again = spawnSync(process.execPath, ['scripts/deploy.ts', target, '--rollback'], { encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Không có bản phát hành nào trước');
  });
  test('only the last releases are kept (and the current one)', async () => {
    for (const day of ['03', '04', '05', '06', '07']) await deploy(DIST, target, { id: `202601${day}T000000Z-x`, keep: 3 });
    expect(readdirSync(path.join(target, 'releases')).sort()).toEqual(['20260105T000000Z-x', '20260106T000000Z-x', '20260107T000000Z-x']);
  });
});

describe('switching releases under nginx', () => {
  const target = path.join(work, 'live');
  let server: RunningNginx;
  beforeAll(async () => {
    await deploy(variant('a'), target, { id: '20260201T000000Z-a' });
    await deploy(variant('c'), target, { id: '20260202T000000Z-c' });
    server = await startNginx({ root: path.join(target, 'current') });
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
    const until = Date.now() + 3000;
    while (Date.now() < until) {
      const res = await fetch(`${server.url}/tim-kiem/`);
      if (res.status !== 200) failures.push(`page ${res.status}`);
      const html = await res.text();
      const release = /name="kc-release" content="(\w)"/.exec(html)?.[1];
      const dir = path.join(target, 'releases', releases.find((r) => r.endsWith(`-${release}`))!);
      const assets = [...html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!);
      for (const asset of assets) {
        const got = await fetch(server.url + asset, { headers: { 'accept-encoding': 'identity' } });
        const bytes = Buffer.from(await got.arrayBuffer());
        if (got.status !== 200) failures.push(`${asset} ${got.status}`);
        else if (!bytes.equals(readFileSync(path.join(dir, asset)))) failures.push(`${asset}: not the bytes of release ${release}`);
      }
      pages++;
    }
    switching = false;
    await switcher;
    expect(switches).toBeGreaterThan(20);
    expect(pages).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  test('what nginx serves is the current release', async () => {
    await switchTo(target, '20260201T000000Z-a');
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('name="kc-release" content="a"');
    expect(await filesUnder(path.join(target, 'current'))).toContain('index.html');
  });
});
