// Benchmark at national scale (not a test): generates a synthetic content
// folder OUTSIDE the repository (N products, M bulletins, plus the real
// content), builds the site from it cold and again with a warm cache, and
// measures the search in Chromium. Prints a Markdown summary for
// docs/PERFORMANCE.md.
//
// Usage: npm run bench [-- N [M]]        (defaults: N=10000 products, M=200 bulletins)
//        npm run bench -- N M --generate-only   (content and site copy only, to profile by hand)
//        BENCH_N=1000 BENCH_M=50 BENCH_DIR=/tmp/kc-bench npm run bench
//
// All synthetic product photos are symbolic links to ONE illustrative image,
// kept inside the content folder (the build refuses links that lead out of it):
// Vite resolves links to the real file, so astro:assets processes it once.
// The figures are therefore for pages, search and share images, not for
// processing 10,000 distinct photos (see docs/PERFORMANCE.md).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveDist } from './lib/static-server.ts';
import { copySite } from './lib/site-copy.ts';
import { addSyntheticContent } from './lib/synthetic-content.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const N = Number(args[0] ?? process.env['BENCH_N'] ?? 10_000);
const M = Number(args[1] ?? process.env['BENCH_M'] ?? 200);
const ROOT = path.resolve(process.env['BENCH_DIR'] ?? path.join(os.tmpdir(), `kc-bench-${N}`));
if (ROOT.startsWith(process.cwd() + path.sep)) throw new Error('BENCH_DIR must be outside the repository');
const CONTENT = path.join(ROOT, 'content');
const CACHE = path.join(ROOT, 'cache');
const OUT = path.join(ROOT, 'dist');
// The build runs from a copy of the site's code, so that it never shares
// Astro's working folder (.astro/) with a build or test run in the repository.
const SITE = path.join(ROOT, 'site');
const REPO = process.cwd();

function generate() {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync(path.join(REPO, 'content'), CONTENT, { recursive: true });
  const photo = path.join(ROOT, 'shared-photo.webp');
  cpSync(path.join(REPO, 'content/products/ghe-xich-du-may/minh-hoa.webp'), photo);
  addSyntheticContent(CONTENT, photo, N, M);
}

// --- measuring a build ---------------------------------------------------
function rssTreeKb(pid: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, 'utf8'));
      rss.set(Number(d), m ? Number(m[1]) : 0);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      /* the process ended */
    }
  }
  let total = 0;
  let largest = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const r = rss.get(p) ?? 0;
    total += r;
    largest = Math.max(largest, r);
    stack.push(...(children.get(p) ?? []));
  }
  return { total, largest };
}

interface BuildRun {
  seconds: number;
  peakTreeMb: number;
  peakLargestMb: number;
  /** User + system CPU time of the build and all its processes. */
  cpuSeconds?: number;
  indexSeconds?: number;
  indexedPages?: number;
  ogSeconds?: number;
  ogMade?: number;
  ogCached?: number;
}

async function build(label: string): Promise<BuildRun> {
  console.error(`\n== ${label} build`);
  const started = performance.now();
  // Through bash, whose `times` prints the CPU time of the whole build's process tree (on
  // a shared machine the wall time depends on the others' load; the CPU time much less).
  const child = spawn('bash', ['-c', '"$0" build --outDir "$1"; s=$?; times; exit $s', path.join(REPO, 'node_modules/.bin/astro'), OUT], {
    cwd: SITE,
    env: { ...process.env, CONTENT_DIR: CONTENT, ASTRO_CACHE_DIR: CACHE },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout.on('data', (b: Buffer) => {
    const s = b.toString();
    log += s;
    for (const line of s.split('\n')) if (/kc:|Complete|page\(s\) built|error/i.test(line)) console.error(line);
  });
  let peakTree = 0;
  let peakLargest = 0;
  const timer = setInterval(() => {
    const r = rssTreeKb(child.pid!);
    peakTree = Math.max(peakTree, r.total);
    peakLargest = Math.max(peakLargest, r.largest);
  }, 250);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build failed (${code}):\n${log.slice(-3000)}`);
  const index = /(\d+) trang vào chỉ mục tìm kiếm trong ([\d.]+) s/.exec(log);
  const og = /ảnh chia sẻ: (\d+) ảnh mới[^,]*(?:,[^,]*tiến trình\))?, (\d+) lấy từ bộ nhớ đệm, ([\d.]+) s/.exec(log);
  // `times`: the shell's own line, then its children's ("0m41.2s 0m6.3s").
  const cpu = [...log.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)].at(-1);
  return {
    seconds: (performance.now() - started) / 1000,
    ...(cpu ? { cpuSeconds: Number(cpu[1]) * 60 + Number(cpu[2]) + Number(cpu[3]) * 60 + Number(cpu[4]) } : {}),
    peakTreeMb: peakTree / 1024,
    peakLargestMb: peakLargest / 1024,
    ...(index ? { indexedPages: Number(index[1]), indexSeconds: Number(index[2]) } : {}),
    ...(og ? { ogMade: Number(og[1]), ogCached: Number(og[2]), ogSeconds: Number(og[3]) } : {}),
  };
}

function duBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? duBytes(p) : statSync(p).size;
  }
  return total;
}

// --- search in Chromium --------------------------------------------------
async function searchInChromium() {
  const server = await serveDist(OUT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    let bytes = 0;
    page.on('response', async (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    const answered = (q: string) =>
      page.waitForFunction((q) => new RegExp(`(Tìm thấy|Không tìm thấy).*${q}`).test(document.querySelector('#search-status')?.textContent ?? ''), q, { timeout: 60_000 });
    const measure = async (q: string) => {
      bytes = 0;
      const t0 = performance.now();
      await page.fill('#search-q', q);
      await answered(q);
      await page.waitForLoadState('networkidle');
      return { query: q, ms: Math.round(performance.now() - t0), kb: Math.round(bytes / 102.4) / 10, status: await page.textContent('#search-status'), first: await page.locator('#search-results h2 a').first().getAttribute('href') };
    };
    // The search waits 250 ms after the last keystroke (debounce); the times include it.
    const first = await measure('may tre dan');
    const second = await measure('gom bien hoa');
    return { first, second };
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- run -----------------------------------------------------------------
mkdirSync(ROOT, { recursive: true });
const g0 = performance.now();
generate();
copySite(SITE, REPO);
const generateSeconds = (performance.now() - g0) / 1000;
if (process.argv.includes('--generate-only')) {
  console.log(`content in ${CONTENT}, site copy in ${SITE}; build with:\n  cd ${SITE} && CONTENT_DIR=${CONTENT} ASTRO_CACHE_DIR=${CACHE} npx astro build --outDir ${OUT}`);
  process.exit(0);
}
rmSync(CACHE, { recursive: true, force: true });
rmSync(OUT, { recursive: true, force: true });
const cold = await build('cold');
const pagefindBytes = duBytes(path.join(OUT, 'pagefind'));
const pagefindFiles = readdirSync(path.join(OUT, 'pagefind'), { recursive: true }).length;
const ogBytes = existsSync(path.join(OUT, 'og')) ? duBytes(path.join(OUT, 'og')) : 0;
// Printed at once: a 10,000-product run takes long on a small machine.
console.log(`cold: ${JSON.stringify(cold)}; index ${pagefindBytes} bytes in ${pagefindFiles} files; og ${ogBytes} bytes; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const warm = process.env['BENCH_WARM'] === '0' ? cold : await build('warm (cache kept)');
console.log(`warm: ${JSON.stringify(warm)}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const search = await searchInChromium();

const mb = (n: number) => `${Math.round(n)} MB`;
const s = (n?: number) => (n === undefined ? '?' : `${n.toFixed(1)} s`);
console.log(`
### ${N} products, ${M} bulletins (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version})

Load average (1, 5, 15 min) at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} on ${os.cpus().length} cores (the machine is shared).

Command: \`npm run bench -- ${N} ${M}\` (content generated in ${generateSeconds.toFixed(1)} s into ${ROOT})

| measure | cold | warm cache |
| --- | --- | --- |
| build, wall time | ${s(cold.seconds)} | ${s(warm.seconds)} |
| build, CPU time (all its processes) | ${s(cold.cpuSeconds)} | ${s(warm.cpuSeconds)} |
| peak memory, whole process tree | ${mb(cold.peakTreeMb)} | ${mb(warm.peakTreeMb)} |
| peak memory, largest process | ${mb(cold.peakLargestMb)} | ${mb(warm.peakLargestMb)} |
| search index (${cold.indexedPages} pages) | ${s(cold.indexSeconds)} | ${s(warm.indexSeconds)} |
| share images | ${s(cold.ogSeconds)} (${cold.ogMade} made) | ${s(warm.ogSeconds)} (${warm.ogCached} from cache, ${warm.ogMade} made) |

- Search index: ${(pagefindBytes / 2 ** 20).toFixed(1)} MB in ${pagefindFiles} files; share images: ${(ogBytes / 2 ** 20).toFixed(0)} MB.
- First search ("${search.first.query}", Pagefind not yet loaded): ${search.first.kb} KB in ${search.first.ms} ms; first result ${search.first.first}; ${search.first.status}
- Second search ("${search.second.query}"): ${search.second.kb} KB in ${search.second.ms} ms; first result ${search.second.first}
`);
