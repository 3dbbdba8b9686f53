// The after-build steps run as scripts of their own: their lines reach the
// build's log, and one that fails stops the build with its own message, once
// the other steps have been stopped.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { describe, expect, test } from 'vitest';
import { afterBuild, scriptStep } from '../../src/integrations/after-build.ts';
import { siteSteps } from '../../src/integrations/site-steps.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kc-step-'));
const script = (name: string, body: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return file;
};
const logged: string[] = [];
const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;

test('a step gets the dist and cache folders, and its output lines are logged', async () => {
  const ok = script('ok.ts', "const [dist, cache]: string[] = process.argv.slice(2);\nconsole.log(`dist ${dist}`);\nconsole.log(`cache ${cache}`);\n");
  await scriptStep(ok)({ dist: '/tmp/d', cacheDir: '/tmp/c', logger });
  expect(logged).toEqual(['dist /tmp/d', 'cache /tmp/c']);
});

test('a step that fails stops the build with its message', async () => {
  const bad = script('bad.ts', "throw new Error('Pagefind: không ghi được chỉ mục');\n");
  await expect(scriptStep(bad)({ dist: '/tmp/d', cacheDir: '/tmp/c', logger })).rejects.toThrow(/bad\.ts dừng với mã 1:[\s\S]*Pagefind: không ghi được chỉ mục/);
});

test('when one step fails, the others are stopped and waited for: nothing runs on after the build has failed', async () => {
  const marker = path.join(dir, 'late-write');
  const pidFile = path.join(dir, 'slow-pid');
  // A slow step that says it is running, then would write a file long after the other failed.
  const slow = script('slow.ts', `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetTimeout(() => writeFileSync(${JSON.stringify(marker)}, 'x'), 15_000);\n`);
  const bad = script('bad2.ts', "throw new Error('ảnh chia sẻ: lỗi');\n");
  const build = afterBuild([scriptStep(slow), scriptStep(bad)]);
  const done = build.hooks['astro:build:done'] as (o: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>;
  await expect(done({ dir: new URL(`file://${dir}/`), logger })).rejects.toThrow(/bad2\.ts dừng với mã 1:[\s\S]*ảnh chia sẻ: lỗi/);
  // Had the build waited for the slow step to finish, the late file would be there.
  expect(existsSync(marker)).toBe(false);
  // When the build has failed, the slow step's process (if it had started) is gone. (Its number may
  // already be another process's, on a machine that starts many: that process is not the step.)
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    const commandOf = () => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        return ''; // no such process
      }
    };
    if (existsSync('/proc/self/cmdline')) expect(commandOf()).not.toContain(slow);
    else expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  }
}, 60_000);

describe('steps started with the build', () => {
  const signal = path.resolve('src/lib/step-signal.ts');
  /** A step that writes `marker` once it has begun, then logs its dist folder. */
  const waiting = (name: string, marker: string) =>
    script(name, `import { writeFileSync } from 'node:fs';\nimport { whenToldToBegin } from ${JSON.stringify(signal)};\nawait whenToldToBegin();\nwriteFileSync(${JSON.stringify(marker)}, 'x');\nconsole.log(\`begun in \${process.argv[2]}\`);\n`);

  test('a step started early does nothing until told to begin, then its work', async () => {
    const marker = path.join(dir, 'begun-1');
    const ready = scriptStep(waiting('wait1.ts', marker)).ready!({ dist: '/tmp/d1', cacheDir: '/tmp/c', logger });
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(marker)).toBe(false);
    await ready.begin();
    expect(existsSync(marker)).toBe(true);
    expect(logged).toContain('begun in /tmp/d1');
  }, 20_000);

  test('a step started early and never told to begin ends by itself, without its work', async () => {
    const marker = path.join(dir, 'begun-2');
    const ready = scriptStep(waiting('wait2.ts', marker)).ready!({ dist: '/tmp/d2', cacheDir: '/tmp/c', logger });
    ready.cancel();
    // Settles once the process has ended (the word to begin, written after, reaches no one).
    await ready.begin();
    expect(existsSync(marker)).toBe(false);
  }, 20_000);

  test('the integration starts the steps (once bundled, or at the latest when pages are written), tells them to begin when pages are written, and waits for them at the end', async () => {
    const marker = path.join(dir, 'begun-3');
    const out = path.join(dir, 'out');
    const build = afterBuild([scriptStep(waiting('wait3.ts', marker))]).hooks;
    const hook = (name: string) => build[name as keyof typeof build] as unknown as (o: object) => Promise<void> | void;
    await hook('astro:config:done')({ config: { cacheDir: new URL(`file://${dir}/cache/`), outDir: new URL(`file://${out}/`) } });
    await hook('astro:build:start')({ logger });
    await new Promise((r) => setTimeout(r, 1500));
    expect(existsSync(marker), 'before the pages are written').toBe(false);
    await hook('astro:build:generated')({ dir: new URL(`file://${out}/`), logger });
    await hook('astro:build:done')({ dir: new URL(`file://${out}/`), logger });
    expect(existsSync(marker)).toBe(true);
    expect(logged).toContain(`begun in ${out}/`);
  }, 20_000);
});

describe('pages told to a step as they are rendered', () => {
  const signal = path.resolve('src/lib/step-signal.ts');
  const page = (title: string) => `<!DOCTYPE html><html lang="vi"><head><title>${title}</title><style>${'a{color:red}'.repeat(500)}</style></head><body><p>${title}</p></body></html>`;

  test('each HTML page reaches the step before it begins, in order, with its address and head; Astro gets the page unchanged', async () => {
    const told = path.join(dir, 'told.txt');
    // The step writes down what it was told, once told to begin.
    const listener = script('listen.ts', `import { writeFileSync } from 'node:fs';\nimport { whenToldToBegin } from ${JSON.stringify(signal)};\nconst lines: string[] = [];\nawait whenToldToBegin((line) => lines.push(line));\nwriteFileSync(${JSON.stringify(told)}, lines.join('\\n'));\n`);
    const heads: string[] = [];
    const step = scriptStep(listener, {
      notice: ({ pathname, head }) => {
        heads.push(head);
        return `${pathname} ${/<title>(.*?)<\/title>/.exec(head)?.[1]}`;
      },
    });
    const out = path.join(dir, 'out-told');
    const build = afterBuild([step]).hooks;
    const hook = (name: string) => build[name as keyof typeof build] as unknown as (o: object) => Promise<void> | void;
    await hook('astro:config:done')({ config: { cacheDir: new URL(`file://${dir}/cache/`), outDir: new URL(`file://${out}/`) } });
    let wrap: ((inner: AstroPrerenderer) => AstroPrerenderer) | undefined;
    await hook('astro:build:start')({ logger, setPrerenderer: (p: (inner: AstroPrerenderer) => AstroPrerenderer) => (wrap = p) });
    const responses: Record<string, () => Response> = {
      '/a/': () => new Response(page('Trang Á'), { headers: { 'content-type': 'text/html' } }),
      '/b/': () => new Response(page('Trang B'), { status: 404, headers: { 'content-type': 'text/html; charset=utf-8', 'x-kc': '1' } }),
      '/cu/': () => new Response(null, { status: 301, headers: { location: '/a/' } }),
      '/rss.xml': () => new Response('<rss></rss>', { headers: { 'content-type': 'application/xml' } }),
    };
    const inner = { name: 'test', getStaticPaths: async () => [], render: async (request: Request) => responses[new URL(request.url).pathname]!() } as unknown as AstroPrerenderer;
    const prerenderer = wrap!(inner);
    for (const pathname of Object.keys(responses)) {
      const got = await prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: {} as never });
      const response = got instanceof Response ? got : got.response;
      const expected = responses[pathname]!();
      expect(response.status).toBe(expected.status);
      expect([...response.headers]).toEqual([...expected.headers]);
      expect(await response.text()).toBe(await expected.text());
    }
    await hook('astro:build:generated')({ dir: new URL(`file://${out}/`), logger });
    await hook('astro:build:done')({ dir: new URL(`file://${out}/`), logger });
    expect(readFileSync(told, 'utf8').split('\n')).toEqual(['/a/ Trang Á', '/b/ Trang B']);
    // The head without its stylesheet's contents (20 KB of CSS in a built page).
    expect(heads[0]).toBe('<!DOCTYPE html><html lang="vi"><head><title>Trang Á</title><style></style>');
  }, 20_000);
});

describe("a province's site: the steps in the build's own process", () => {
  const head = (title: string) =>
    `<!DOCTYPE html><html lang="vi"><head><title>${title}</title><meta property="og:title" content="${title}"><meta property="og:site_name" content="Khuyến công"><meta property="og:image" content="http://localhost:4321/og/a.png"></head>`;

  test('a share card that cannot be drawn while the pages are rendered stops the build when the step runs, naming it; the page renders', async () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'kc-step-cache-'));
    writeFileSync(path.join(cache, 'og'), 'not a folder'); // where the cards keep their cache
    const [, cards] = siteSteps({ publicDir: path.join(dir, 'public'), ownProcesses: false });
    const context = { dist: path.join(dir, 'dist-in'), cacheDir: cache, logger };
    expect(() => cards!.seen!({ pathname: '/a/', head: head('Trang A') }, context)).not.toThrow();
    await expect(cards!(context)).rejects.toThrow(/^ảnh chia sẻ \(src\/share-cards\/index\.ts\): .*og/);
  });
});
