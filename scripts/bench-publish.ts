// Benchmark of publishing (not a test): how long a commit takes to become a
// published site, against a Starlight site of the same content. Generates,
// OUTSIDE the repository (default /tmp/kc-bench-publish/):
//   content/    a copy of this site's content folder;
//   site/       a copy of this site's code (scripts/lib/site-copy.ts), built from content/;
//   starlight/  a Starlight site holding the same text: the plan's full text, every product
//               (name, summary, body and its photos as Markdown images, so that Starlight
//               processes the same pictures), every bulletin (its cover as a Markdown image).
//               Only the pictures this site publishes: a product's group drawing
//               (`illustrative: true`, shown as "Chưa có ảnh") is not, so Starlight gets none.
// With --photos, each product's drawing is made a photo of the product in the copied
// content (renamed anh-1.webp, `illustrative` dropped): both sites then process 32 product
// photos more, as a catalogue with real photos would (and as the site did before drawings
// stopped standing for products).
//               Its packages are installed there with npm (Astro at the version this project
//               pins); none of it is ever committed.
// Then it times, interleaved over N runs: our cold build, Starlight's cold build, our warm
// build, Starlight's warm build. Cold: the output folder, .astro/ and the Astro cache
// (with Vite's) removed first. Warm: everything kept from the cold build. Our build is
// `astro build` with its after-build steps (search index, share cards, the check of
// published pictures); Starlight's includes Pagefind. Prints a Markdown table with the load
// average (1 minute) at the start of each build.
//
// Usage: npm run bench:publish [-- RUNS]        (default 3 runs)
//        npm run bench:publish -- --generate-only   (write both sites and install, no builds)
//        npm run bench:publish -- 3 --photos        (every product with a photo, see above)
//        BENCH_DIR=/tmp/x STARLIGHT_VERSION=0.42.4 npm run bench:publish -- 5
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { copySite } from './lib/site-copy.ts';

const REPO = process.cwd();
const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? process.env['BENCH_RUNS'] ?? 3);
const ROOT = path.resolve(process.env['BENCH_DIR'] ?? path.join(os.tmpdir(), 'kc-bench-publish'));
if (ROOT === REPO || ROOT.startsWith(REPO + path.sep)) throw new Error('BENCH_DIR must be outside the repository');
const STARLIGHT_VERSION = process.env['STARLIGHT_VERSION'] ?? '0.42.4';

const CONTENT = path.join(ROOT, 'content');
const SITE = path.join(ROOT, 'site');
const SITE_OUT = path.join(ROOT, 'site-dist');
const SITE_CACHE = path.join(ROOT, 'site-cache');
const SL = path.join(ROOT, 'starlight');
const SL_DOCS = path.join(SL, 'src/content/docs');

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
const ASTRO_VERSION = pkg.devDependencies['astro']!;
const SHARP_VERSION = pkg.devDependencies['sharp']!;

// --- the Starlight site ----------------------------------------------------
interface Doc {
  data: Record<string, unknown>;
  body: string;
}
function readDoc(file: string): Doc {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return { data: m ? ((yaml.load(m[1]!) as Record<string, unknown>) ?? {}) : {}, body: m ? text.slice(m[0].length) : text };
}
/** Front matter Starlight accepts (JSON strings are valid YAML). */
const front = (fields: Record<string, string>) => `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n\n`;
/** The site's three MDX components as plain Markdown, so that Starlight's MDX needs none of our code. */
const plainMarkdown = (body: string) =>
  body
    .replace(/<Figure\b[^>]*>|<\/Figure>/g, '')
    .replace(/<Callout\b[^>]*title="([^"]*)"[^>]*>/g, '**$1**\n')
    .replace(/<\/?Callout\b[^>]*>/g, '')
    .replace(/<LinkCard\b[^>]*href="([^"]*)"[^>]*title="([^"]*)"[^>]*\/>/g, '[$2]($1)');
/** Copies the pictures a body or a field names (./x.webp) from `from` into `to`. */
function copyPictures(names: string[], from: string, to: string) {
  for (const name of names) cpSync(path.join(from, name), path.join(to, path.basename(name)));
}
const bodyPictures = (body: string) => [...body.matchAll(/!\[[^\]]*\]\(\.\/([^)\s]+)\)/g)].map((m) => m[1]!);

function writeStarlight() {
  mkdirSync(SL, { recursive: true });
  writeFileSync(
    path.join(SL, 'package.json'),
    JSON.stringify({ name: 'kc-bench-starlight', private: true, type: 'module', dependencies: { astro: ASTRO_VERSION, '@astrojs/starlight': STARLIGHT_VERSION, sharp: SHARP_VERSION } }, null, 2),
  );
  writeFileSync(
    path.join(SL, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Khuyến công Đồng Nai',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
      sidebar: [
        { label: 'Kế hoạch', items: [{ autogenerate: { directory: 'ke-hoach' } }] },
        { label: 'Sản phẩm', items: [{ autogenerate: { directory: 'san-pham' } }] },
        { label: 'Bản tin', items: [{ autogenerate: { directory: 'ban-tin' } }] },
      ],
    }),
  ],
});
`,
  );
  mkdirSync(path.join(SL, 'src'), { recursive: true });
  writeFileSync(
    path.join(SL, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  rmSync(SL_DOCS, { recursive: true, force: true });
  mkdirSync(SL_DOCS, { recursive: true });
  writeFileSync(path.join(SL_DOCS, 'index.md'), `${front({ title: 'Khuyến công Đồng Nai' })}Trang thông tin khuyến công tỉnh Đồng Nai.\n`);
  let counts = { plans: 0, products: 0, bulletins: 0, pictures: 0 };

  for (const name of readdirSync(path.join(CONTENT, 'plans')).filter((f) => f.endsWith('.md'))) {
    const plan = readDoc(path.join(CONTENT, 'plans', name));
    mkdirSync(path.join(SL_DOCS, 'ke-hoach'), { recursive: true });
    writeFileSync(path.join(SL_DOCS, 'ke-hoach', name), `${front({ title: `Kế hoạch ${String(plan.data['number'])}: ${String(plan.data['title'])}` })}${plan.body}`);
    counts.plans++;
  }
  for (const slug of readdirSync(path.join(CONTENT, 'products')).sort()) {
    const from = path.join(CONTENT, 'products', slug);
    if (!existsSync(path.join(from, 'index.md'))) continue;
    const p = readDoc(path.join(from, 'index.md'));
    const to = path.join(SL_DOCS, 'san-pham', slug);
    mkdirSync(to, { recursive: true });
    const photos = ((p.data['photos'] as { src: string; alt: string; illustrative?: boolean }[]) ?? []).filter((ph) => !ph.illustrative);
    copyPictures([...photos.map((ph) => ph.src), ...bodyPictures(p.body)], from, to);
    const images = photos.map((ph) => `![${ph.alt}](./${path.basename(ph.src)})`).join('\n\n');
    writeFileSync(path.join(to, 'index.md'), `${front({ title: String(p.data['name']), description: String(p.data['summary']) })}${String(p.data['summary'])}\n\n${images}\n\n${p.body}`);
    counts.products++;
    counts.pictures += photos.length;
  }
  for (const year of readdirSync(path.join(CONTENT, 'bulletins')).sort()) {
    const dir = path.join(CONTENT, 'bulletins', year);
    for (const name of readdirSync(dir).filter((f) => /\.mdx?$/.test(f))) {
      const b = readDoc(path.join(dir, name));
      const to = path.join(SL_DOCS, 'ban-tin', year);
      mkdirSync(to, { recursive: true });
      const cover = b.data['cover'] as { image: string; alt: string } | undefined;
      const body = plainMarkdown(b.body);
      copyPictures([...(cover ? [cover.image] : []), ...bodyPictures(body)], dir, to);
      const coverImage = cover ? `![${cover.alt}](./${path.basename(cover.image)})\n\n` : '';
      writeFileSync(path.join(to, name.replace(/\.mdx$/, '.md')), `${front({ title: String(b.data['title']), description: String(b.data['summary'] ?? '') })}${coverImage}${body}`);
      counts.bulletins++;
      counts.pictures += (cover ? 1 : 0) + bodyPictures(body).length;
    }
  }
  return counts;
}

function installStarlight() {
  const installed = (name: string) => {
    try {
      return (JSON.parse(readFileSync(path.join(SL, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return null;
    }
  };
  if (installed('astro') === ASTRO_VERSION && installed('@astrojs/starlight') === STARLIGHT_VERSION) return;
  console.error(`npm install in ${SL} (astro ${ASTRO_VERSION}, @astrojs/starlight ${STARLIGHT_VERSION})…`);
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: SL, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm install of the Starlight site failed');
}

// --- timing a build -----------------------------------------------------------
interface Run {
  seconds: number;
  cpuSeconds?: number;
  /** Load average (1 minute) when the build started. */
  load: number;
  /** Phases Astro and the after-build steps print, in seconds. */
  phases: Record<string, number>;
}

function clean(which: 'site' | 'starlight') {
  const folders =
    which === 'site'
      ? [SITE_OUT, path.join(ROOT, '.site-dist.staging'), path.join(ROOT, '.site-dist.old'), path.join(SITE, '.astro'), SITE_CACHE]
      : [path.join(SL, 'dist'), path.join(SL, '.astro'), path.join(SL, 'node_modules/.astro'), path.join(SL, 'node_modules/.vite')];
  for (const f of folders) rmSync(f, { recursive: true, force: true });
}

async function build(which: 'site' | 'starlight'): Promise<Run> {
  const load = os.loadavg()[0]!;
  const astro = which === 'site' ? path.join(REPO, 'node_modules/astro/bin/astro.mjs') : path.join(SL, 'node_modules/astro/bin/astro.mjs');
  const started = performance.now();
  // Through bash, whose `times` prints the CPU time of the whole build's process tree.
  const child = spawn('bash', ['-c', '"$0" "$1" build "${@:2}"; s=$?; times; exit $s', process.execPath, astro, ...(which === 'site' ? ['--outDir', SITE_OUT] : [])], {
    cwd: which === 'site' ? SITE : SL,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(which === 'site' ? { CONTENT_DIR: CONTENT, ASTRO_CACHE_DIR: SITE_CACHE } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${which} build failed (${code}):\n${log.slice(-4000)}`);
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  const phases: Record<string, number> = {};
  const toSeconds = (m: RegExpExecArray | null) => (m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : undefined);
  /** The first "Completed in" after `heading` in the log. */
  const after = (heading: string) => {
    const at = plain.indexOf(heading);
    return at < 0 ? undefined : toSeconds(/Completed in ([\d.]+)(m?s)/.exec(plain.slice(at)));
  };
  for (const [name, heading] of [
    ['sync', 'Collecting build info'],
    ['pages', 'generating static routes'],
    ['images', 'generating optimized images'],
  ] as const) {
    const value = after(heading);
    if (value !== undefined) phases[name] = value;
  }
  const vite = toSeconds(/\[vite\] ✓ built in ([\d.]+)(m?s)/.exec(plain));
  if (vite !== undefined) phases['vite'] = vite;
  const total = toSeconds(/page\(s\) built in ([\d.]+)(m?s)/.exec(plain));
  // Before Astro's own timer starts: Node, Astro's modules, the configuration and its integrations.
  if (total !== undefined) phases['start'] = seconds - total;
  const index = /trang vào chỉ mục tìm kiếm trong ([\d.]+) s/.exec(plain);
  if (index) phases['search index'] = Number(index[1]);
  const cards = /ảnh chia sẻ:[^\n]*?([\d.]+) s\s*$/m.exec(plain);
  if (cards) phases['share cards'] = Number(cards[1]);
  const pagefind = toSeconds(/Finished building search index in ([\d.]+)(m?s)/.exec(plain));
  if (pagefind !== undefined) phases['search index'] = pagefind;
  const cpu = [...plain.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)].at(-1);
  writeFileSync(path.join(ROOT, `last-${which}.log`), plain);
  return { seconds, load, phases, ...(cpu ? { cpuSeconds: Number(cpu[1]) * 60 + Number(cpu[2]) + Number(cpu[3]) * 60 + Number(cpu[4]) } : {}) };
}

// --- run ------------------------------------------------------------------------
mkdirSync(ROOT, { recursive: true });
rmSync(CONTENT, { recursive: true, force: true });
cpSync(path.join(REPO, 'content'), CONTENT, { recursive: true });
const PHOTOS = args.includes('--photos');
if (PHOTOS) {
  // Each product's group drawing becomes a photo of its own (what a real photo would cost to publish).
  for (const slug of readdirSync(path.join(CONTENT, 'products'))) {
    const file = path.join(CONTENT, 'products', slug, 'index.md');
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (!text.includes('./minh-hoa.webp')) continue;
    renameSync(path.join(CONTENT, 'products', slug, 'minh-hoa.webp'), path.join(CONTENT, 'products', slug, 'anh-1.webp'));
    writeFileSync(file, text.replace('./minh-hoa.webp', './anh-1.webp').replace(/^[ \t]+illustrative: true\r?\n/m, ''));
  }
}
copySite(SITE, REPO);
const counts = writeStarlight();
installStarlight();
console.error(`${counts.plans} plan(s), ${counts.products} products, ${counts.bulletins} bulletins, ${counts.pictures} pictures; both sites in ${ROOT}`);
if (args.includes('--generate-only')) process.exit(0);

const runs: { siteCold: Run; slCold: Run; siteWarm: Run; slWarm: Run }[] = [];
for (let i = 0; i < RUNS; i++) {
  clean('site');
  const siteCold = await build('site');
  console.error(`run ${i + 1}: ours cold ${siteCold.seconds.toFixed(1)} s (load ${siteCold.load.toFixed(1)})`);
  clean('starlight');
  const slCold = await build('starlight');
  console.error(`run ${i + 1}: Starlight cold ${slCold.seconds.toFixed(1)} s (load ${slCold.load.toFixed(1)})`);
  const siteWarm = await build('site');
  console.error(`run ${i + 1}: ours warm ${siteWarm.seconds.toFixed(1)} s (load ${siteWarm.load.toFixed(1)})`);
  const slWarm = await build('starlight');
  console.error(`run ${i + 1}: Starlight warm ${slWarm.seconds.toFixed(1)} s (load ${slWarm.load.toFixed(1)})`);
  runs.push({ siteCold, slCold, siteWarm, slWarm });
}

const s = (r: Run) => `${r.seconds.toFixed(1)} s (load ${r.load.toFixed(1)})`;
const cpu = (r: Run) => (r.cpuSeconds === undefined ? '?' : `${r.cpuSeconds.toFixed(1)} s`);
const ratio = (a: Run, b: Run) => `${(a.seconds / b.seconds).toFixed(2)}×`;
const phases = (r: Run) =>
  Object.entries(r.phases)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const coldRatios = runs.map((r) => r.siteCold.seconds / r.slCold.seconds);
const warmRatios = runs.map((r) => r.siteWarm.seconds / r.slWarm.seconds);

console.log(`
### Publishing: this site against Starlight ${STARLIGHT_VERSION} (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, Astro ${ASTRO_VERSION})

Command: \`npm run bench:publish -- ${RUNS}${PHOTOS ? ' --photos' : ''}\`; same content in both: ${counts.plans} plan, ${counts.products} products, ${counts.bulletins} bulletins, ${counts.pictures} pictures. Builds interleaved in this order in each run; the load average (1 minute) at the start of each build is beside its time.

| run | ours cold | Starlight cold | cold ratio | ours warm | Starlight warm | warm ratio |
| --- | --- | --- | --- | --- | --- | --- |
${runs.map((r, i) => `| ${i + 1} | ${s(r.siteCold)} | ${s(r.slCold)} | ${ratio(r.siteCold, r.slCold)} | ${s(r.siteWarm)} | ${s(r.slWarm)} | ${ratio(r.siteWarm, r.slWarm)} |`).join('\n')}

Median ratio: cold ${median(coldRatios).toFixed(2)}× (aim < 2×: ${coldRatios.filter((x) => x < 2).length} of ${RUNS} runs), warm ${median(warmRatios).toFixed(2)}× (aim ≤ 1×: ${warmRatios.filter((x) => x <= 1).length} of ${RUNS} runs).

CPU time of each build's whole process tree (user + system) and the phases each build printed (seconds):

| run | build | CPU | phases |
| --- | --- | --- | --- |
${runs
  .flatMap((r, i) =>
    (
      [
        ['ours cold', r.siteCold],
        ['Starlight cold', r.slCold],
        ['ours warm', r.siteWarm],
        ['Starlight warm', r.slWarm],
      ] as const
    ).map(([name, b]) => `| ${i + 1} | ${name} | ${cpu(b)} | ${phases(b)} |`),
  )
  .join('\n')}

Load average (1, 5, 15 min) at the end: ${os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(', ')} on ${os.cpus().length} cores (the machine is shared).
`);
