// Benchmark at national scale (not a test): generates a synthetic content
// folder OUTSIDE the repository (N products, M bulletins, plus the real
// content), builds the site from it three times (cold; again with the cache
// kept and nothing changed; again after one bulletin is added, as staff do),
// and measures the search in Chromium. Prints each build's phases and a
// Markdown summary for docs/PERFORMANCE.md.
//
// Usage: npm run bench [-- N [M]]        (defaults: N=10000 products, M=200 bulletins)
//        npm run bench -- N M --generate-only   (content and site copy only, to profile by hand)
//        npm run bench -- N M --at <commit>     (the site's code and content/ of another commit:
//                                                to bisect; the synthetic content is this one's)
//        BENCH_N=1000 BENCH_M=50 BENCH_DIR=/tmp/kc-bench npm run bench
//        BENCH_PHOTOS=300: the first 300 products get a distinct photo of their own (default 0)
//        BENCH_BUILDS=cold,warm,bulletin (default): which builds to run, in that order
//        BENCH_NODE_OPTIONS='--max-old-space-size=1024': NODE_OPTIONS for the builds only (experiments)
//
// The first BENCH_PHOTOS products have photos of their own (1600 × 1200 JPEGs,
// made once into <BENCH_DIR>/photos and kept); the others link to one shared image,
// kept inside the content folder (the build refuses links that lead out of it),
// which astro:assets processes once. docs/PERFORMANCE.md says what distinct
// photos for all N would add.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.ts';
import { serveDist } from './lib/static-server.ts';
import { compressTree } from './lib/compress.ts';
import { copySite } from './lib/site-copy.ts';
import { addSyntheticContent, distinctPhotos, syntheticIssueBody } from './lib/synthetic-content.ts';

const argv = process.argv.slice(2);
const at = argv.includes('--at') ? argv[argv.indexOf('--at') + 1] : undefined;
const args = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--at');
const N = Number(args[0] ?? process.env['BENCH_N'] ?? 10_000);
const M = Number(args[1] ?? process.env['BENCH_M'] ?? 200);
const PHOTOS = Math.min(N, Number(process.env['BENCH_PHOTOS'] ?? 0));
const BUILDS = (process.env['BENCH_BUILDS'] ?? 'cold,warm,bulletin').split(',');
const HERE = path.dirname(fileURLToPath(import.meta.url));
const WORKTREE = process.cwd();
const ROOT = path.resolve(process.env['BENCH_DIR'] ?? path.join(os.tmpdir(), `kc-bench-${N}`));
if (ROOT.startsWith(WORKTREE + path.sep)) throw new Error('BENCH_DIR must be outside the repository');
const CONTENT = path.join(ROOT, 'content');
const CACHE = path.join(ROOT, 'cache');
const OUT = path.join(ROOT, 'dist');
// The build runs from a copy of the site's code, so that it never shares
// Astro's working folder (.astro/) with a build or test run in the repository.
const SITE = path.join(ROOT, 'site');

/** Where the site's code and content come from: this checkout, or another commit's files (--at). */
function codeSource(): string {
  if (!at) return WORKTREE;
  const dir = path.join(ROOT, 'code');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('bash', ['-c', `git archive "$0" | tar -x -C "$1"`, at, dir], { stdio: 'inherit' });
  symlinkSync(path.join(WORKTREE, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

async function generate(repo: string) {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync(path.join(repo, 'content'), CONTENT, { recursive: true });
  const photos = await distinctPhotos(path.join(repo, 'content'), path.join(ROOT, 'photos'), PHOTOS);
  addSyntheticContent(CONTENT, path.join(repo, 'content/products/ghe-xich-du-may/minh-hoa.webp'), N, M, photos);
}

/** One more bulletin, the way staff add one: `npm run new`, then the text written and the draft published. */
function addOneBulletin(): string {
  const out = execFileSync(process.execPath, [path.join(HERE, 'new.ts'), 'ban-tin', 'Bản tin thử nghiệm thêm sau cùng'], {
    cwd: WORKTREE,
    env: { ...process.env, CONTENT_DIR: CONTENT },
    encoding: 'utf8',
  });
  const file = /Đã tạo (\S+)/.exec(out)?.[1];
  if (!file) throw new Error(`npm run new: ${out}`);
  const text = readFileSync(file, 'utf8')
    .replace(/^summary: >-\n.*\n/m, 'summary: "Bản tin thử nghiệm thêm vào sau cùng, để đo lần dựng sau một bản tin mới."\n')
    .replace(/^sample: false.*$/m, 'sample: true')
    .replace(/^draft: true.*$/m, 'draft: false')
    .replace(/\n---\n[\s\S]*$/, `\n---\n\n${syntheticIssueBody(7)}`);
  writeFileSync(file, text);
  return path.relative(CONTENT, file);
}

// --- measuring a build ---------------------------------------------------
/** What a process is, for the report: its program and script ("node …/astro build", "pagefind_extended"). */
function commandOf(pid: number): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return args.map((a) => (a.includes('/') ? path.basename(a) : a)).slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

function rssTreeKb(pid: number): { total: number; largest: number; largestPid: number } {
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
  let largestPid = pid;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    const r = rss.get(p) ?? 0;
    total += r;
    if (r > largest) [largest, largestPid] = [r, p];
    stack.push(...(children.get(p) ?? []));
  }
  return { total, largest, largestPid };
}

interface BuildRun {
  seconds: number;
  peakTreeMb: number;
  peakLargestMb: number;
  /** The process that was largest at the peak. */
  largestProcess: string;
  /** User + system CPU time of the build and all its processes. */
  cpuSeconds?: number;
  /** Load average (1 min) when the build ended. */
  load: number;
  /** Each phase (see phasesOf): its name, wall time and start, in seconds, and the largest process's peak memory in it, MB. */
  phases: [string, number, number, number][];
  indexSeconds?: number;
  indexedPages?: number;
  ogSeconds?: number;
  ogMade?: number;
  /** Of those, drawn while the pages were rendered. */
  ogEarly?: number;
  ogCached?: number;
}

/**
 * The phases of a build, from the times at which its log lines arrived: Astro
 * logs the start of each stage, and the after-build steps log their own time.
 */
function phasesOf(lines: { t: number; text: string }[], end: number): [string, number, number][] {
  const marks: [string, RegExp][] = [
    ['start, config, content sync', /./],
    ['Vite bundles', /Building static entrypoints/],
    ['pages rendered', /generating static routes/],
    ['images (astro:assets)', /generating optimized images/],
    ['sitemap and noindex list', /\[build\] ✓ Completed in/],
    ['after-build steps (index, cards)', /sitemap-index\.xml` created/],
  ];
  // Each mark is looked for after the one before it (Astro logs "Completed in" more than once).
  const found: [string, number][] = [];
  let from = 0;
  for (const [name, re] of marks) {
    const i = lines.findIndex((l, j) => j >= from && re.test(l.text));
    if (i < 0) continue;
    found.push([name, name === marks[0]![0] ? 0 : lines[i]!.t]);
    from = i + 1;
  }
  return found.map(([name, t], i) => [name, (found[i + 1]?.[1] ?? end) / 1000 - t / 1000, t / 1000]);
}

async function build(label: string): Promise<BuildRun> {
  console.error(`\n== ${label} build`);
  const started = performance.now();
  // Through bash, whose `times` prints the CPU time of the whole build's process tree (on
  // a shared machine the wall time depends on the others' load; the CPU time much less).
  const child = spawn('bash', ['-c', '"$0" build --outDir "$1"; s=$?; times; exit $s', path.join(WORKTREE, 'node_modules/.bin/astro'), OUT], {
    cwd: SITE,
    env: { ...process.env, CONTENT_DIR: CONTENT, ASTRO_CACHE_DIR: CACHE, ...(process.env['BENCH_NODE_OPTIONS'] ? { NODE_OPTIONS: process.env['BENCH_NODE_OPTIONS'] } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  const lines: { t: number; text: string }[] = [];
  let pending = '';
  child.stdout.on('data', (b: Buffer) => {
    const s = b.toString();
    log += s;
    const parts = (pending + s).split('\n');
    pending = parts.pop()!;
    for (const line of parts) {
      lines.push({ t: performance.now() - started, text: line });
      if (/kc:|Completed|page\(s\) built|error/i.test(line)) console.error(line);
    }
  });
  let peakTree = 0;
  let peakLargest = 0;
  let largestProcess = '';
  const samples: { t: number; largest: number; total: number }[] = [];
  const timer = setInterval(() => {
    const r = rssTreeKb(child.pid!);
    samples.push({ t: performance.now() - started, largest: r.largest, total: r.total });
    peakTree = Math.max(peakTree, r.total);
    if (r.largest > peakLargest) [peakLargest, largestProcess] = [r.largest, commandOf(r.largestPid)];
  }, 250);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(path.join(ROOT, `build-${label.split(' ')[0]}.log`), log);
  if (code !== 0) throw new Error(`build failed (${code}):\n${log.slice(-3000)}`);
  const index = /(\d+) trang vào chỉ mục tìm kiếm[^\n]*?([\d.]+) s/.exec(log);
  const og = /ảnh chia sẻ: (\d+) ảnh mới \(([^)]*)\), (\d+) lấy từ bộ nhớ đệm, ([\d.]+) s/.exec(log);
  // `times`: the shell's own line, then its children's ("0m41.2s 0m6.3s").
  const cpu = [...log.matchAll(/^(\d+)m([\d.]+)s (\d+)m([\d.]+)s$/gm)].at(-1);
  const run: BuildRun = {
    seconds,
    ...(cpu ? { cpuSeconds: Number(cpu[1]) * 60 + Number(cpu[2]) + Number(cpu[3]) * 60 + Number(cpu[4]) } : {}),
    load: os.loadavg()[0]!,
    peakTreeMb: peakTree / 1024,
    peakLargestMb: peakLargest / 1024,
    largestProcess,
    phases: phasesOf(lines, seconds * 1000).map(([name, span, start]) => [
      name,
      span,
      start,
      Math.max(0, ...samples.filter((x) => x.t >= start * 1000 && x.t < (start + span) * 1000).map((x) => x.largest)) / 1024,
    ]),
    ...(index ? { indexedPages: Number(index[1]), indexSeconds: Number(index[2]) } : {}),
    ...(og ? { ogMade: Number(og[1]), ogEarly: Number(/(\d+) trong lúc dựng trang/.exec(og[2]!)?.[1] ?? 0), ogCached: Number(og[3]), ogSeconds: Number(og[4]) } : {}),
  };
  // Printed at once: a 10,000-product run takes long on a small machine.
  console.log(`${label}: ${JSON.stringify(run)}`);
  return run;
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
/**
 * What a search fetched from /pagefind/, by kind of file: bytes as sent over the
 * wire by a server that sends the compressed copies `npm run deploy` writes (as the
 * shipped nginx configuration does, Brotli first), and the same files decoded.
 */
interface Fetched {
  query: string;
  ms: number;
  kb: number;
  kbDecoded: number;
  byKind: Record<string, { files: number; kb: number }>;
  status: string | null;
  first: string | null;
}

const kindOf = (p: string) =>
  p.endsWith('.pf_fragment') ? 'fragments' : p.endsWith('.pf_index') ? 'index chunks' : p.endsWith('.pf_filter') ? 'filters' : p.endsWith('.pf_meta') ? 'metadata' : /wasm/.test(p) ? 'WebAssembly' : p.endsWith('.js') ? 'JavaScript' : 'other';

async function searchInChromium(): Promise<Fetched[]> {
  const server = await serveDist(OUT);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    // Every response's body is awaited before counting: a count taken at "network idle"
    // alone misses bodies still being read (the worker's, and the last fragments).
    let bodies: Promise<[string, number, number]>[] = [];
    page.on('response', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/pagefind/'))
        bodies.push(
          Promise.all([r.body(), r.request().sizes()]).then(
            ([b, sizes]) => [p, sizes.responseBodySize, b.length] as [string, number, number],
            () => [p, 0, 0] as [string, number, number],
          ),
        );
    });
    await page.goto(`${server.url}/tim-kiem/`, { waitUntil: 'networkidle' });
    const answered = (q: string) =>
      page.waitForFunction((q) => new RegExp(`(Tìm thấy|Không tìm thấy).*${q}`).test(document.querySelector('#search-status')?.textContent ?? ''), q, { timeout: 60_000 });
    const measure = async (q: string): Promise<Fetched> => {
      bodies = [];
      const t0 = performance.now();
      await page.fill('#search-q', q);
      await answered(q);
      await page.waitForLoadState('networkidle');
      const ms = Math.round(performance.now() - t0);
      const fetched = await Promise.all(bodies);
      const byKind: Fetched['byKind'] = {};
      for (const [p, n] of fetched) {
        const k = (byKind[kindOf(p)] ??= { files: 0, kb: 0 });
        k.files++;
        k.kb += n / 1024;
      }
      const bytes = fetched.reduce((a, [, n]) => a + n, 0);
      const decoded = fetched.reduce((a, [, , n]) => a + n, 0);
      return { query: q, ms, kb: Math.round(bytes / 102.4) / 10, kbDecoded: Math.round(decoded / 102.4) / 10, byKind, status: await page.textContent('#search-status'), first: await page.locator('#search-results h2 a').first().getAttribute('href') };
    };
    // The search waits 250 ms after the last keystroke (debounce); the times include it.
    return [await measure('may tre dan'), await measure('gom bien hoa'), await measure('dinh quan')];
  } finally {
    await browser.close();
    await server.close();
  }
}

// --- run -----------------------------------------------------------------
mkdirSync(ROOT, { recursive: true });
const g0 = performance.now();
const repo = codeSource();
await generate(repo);
copySite(SITE, repo);
const generateSeconds = (performance.now() - g0) / 1000;
if (argv.includes('--generate-only')) {
  console.log(`content in ${CONTENT}, site copy in ${SITE}; build with:\n  cd ${SITE} && CONTENT_DIR=${CONTENT} ASTRO_CACHE_DIR=${CACHE} npx astro build --outDir ${OUT}`);
  process.exit(0);
}
rmSync(CACHE, { recursive: true, force: true });
rmSync(OUT, { recursive: true, force: true });
const runs: [string, BuildRun][] = [];
let added = '';
for (const b of BUILDS) {
  if (b === 'cold') {
    runs.push(['cold', await build('cold')]);
  } else if (b === 'warm') {
    runs.push(['warm, nothing changed', await build('warm (cache kept, nothing changed)')]);
  } else if (b === 'bulletin') {
    added = addOneBulletin();
    runs.push(['warm, one bulletin added', await build('bulletin (cache kept, one bulletin added)')]);
  } else throw new Error(`BENCH_BUILDS: unknown build ${b}`);
}
const pagefindBytes = duBytes(path.join(OUT, 'pagefind'));
const pagefindFiles = readdirSync(path.join(OUT, 'pagefind'), { recursive: true }).length;
const ogBytes = existsSync(path.join(OUT, 'og')) ? duBytes(path.join(OUT, 'og')) : 0;
// The search's files compressed as `npm run deploy` compresses them (Pagefind's metadata and
// WebAssembly as Brotli); the server below sends those copies as nginx does.
await compressTree(path.join(OUT, 'pagefind'));
const searches = await searchInChromium();

const mb = (n: number) => `${Math.round(n).toLocaleString('en')} MB`;
const s = (n?: number) => (n === undefined ? '?' : `${n.toFixed(1)} s`);
const row = (name: string, f: (r: BuildRun) => string) => `| ${name} | ${runs.map(([, r]) => f(r)).join(' | ')} |`;
const phaseNames = [...new Set(runs.flatMap(([, r]) => r.phases.map(([p]) => p)))];
const kinds = [...new Set(searches.flatMap((q) => Object.keys(q.byKind)))].sort();
console.log(`
### ${N} products, ${M} bulletins (${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version})

Command: \`npm run bench -- ${N} ${M}${at ? ` --at ${at}` : ''}\` (BENCH_PHOTOS=${PHOTOS}; content generated in ${generateSeconds.toFixed(1)} s into ${ROOT}${added ? `; the bulletin added: ${added}` : ''})

| measure (a phase: its wall time, the largest process's peak memory in it) | ${runs.map(([l]) => l).join(' | ')} |
| --- | ${runs.map(() => '---').join(' | ')} |
${row('build, wall time', (r) => s(r.seconds))}
${row('build, CPU time (all its processes)', (r) => s(r.cpuSeconds))}
${row('load average (1 min) at its end', (r) => r.load.toFixed(1))}
${row('peak memory, whole process tree', (r) => mb(r.peakTreeMb))}
${row('peak memory, largest process', (r) => `${mb(r.peakLargestMb)} (${r.largestProcess})`)}
${phaseNames.map((p) => row(`phase: ${p}`, (r) => { const ph = r.phases.find(([q]) => q === p); return ph ? `${s(ph[1])}, ${mb(ph[3])}` : '?'; })).join('\n')}
${row(`search index (${runs[0]?.[1].indexedPages} pages), its own time`, (r) => s(r.indexSeconds))}
${row('share images, their own time once the pages are written', (r) => `${s(r.ogSeconds)} (${r.ogMade} drawn, ${r.ogEarly} of them while the pages were rendered; ${r.ogCached} from cache)`)}

- Search index: ${(pagefindBytes / 2 ** 20).toFixed(1)} MB in ${pagefindFiles} files; share images: ${(ogBytes / 2 ** 20).toFixed(0)} MB.
- Load average (1, 5, 15 min) at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(', ')} on ${os.cpus().length} cores (the machine is shared).

| search (Pagefind not loaded before the first) | KB sent (as nginx sends them) | KB decoded | time | first result | ${kinds.map((k) => `${k}, KB sent`).join(' | ')} |
| --- | --- | --- | --- | --- | ${kinds.map(() => '---').join(' | ')} |
${searches.map((q) => `| "${q.query}" | ${q.kb} | ${q.kbDecoded} | ${q.ms} ms | ${q.first} | ${kinds.map((k) => (q.byKind[k] ? `${q.byKind[k].kb.toFixed(1)} (${q.byKind[k].files})` : '')).join(' | ')} |`).join('\n')}

${searches.map((q) => `- "${q.query}": ${q.status}`).join('\n')}
`);
