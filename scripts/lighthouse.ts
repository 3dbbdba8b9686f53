// Benchmark (not a test): Lighthouse mobile scores for the home page and the
// 2024 plan, and the cold build time. Writes nothing; prints a Markdown table
// for docs/PERFORMANCE.md.
// Usage: npm run bench:lighthouse   (runs lighthouse@12.2.3 through npx, offline)
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveChromium } from './lib/chromium.ts';
import { serveDist } from './lib/static-server.ts';

const pages = ['/', '/ke-hoach/2024/'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-zygote',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
].join(' ');
const runs = Number(process.env['RUNS'] ?? 3);

rmSync('dist', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const started = performance.now();
execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const chromium = await resolveChromium();
const server = await serveDist(path.resolve('dist'));
const out = mkdtempSync(path.join(tmpdir(), 'kc-lh-'));
const run = promisify(execFile);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`Cold build (no cache): ${buildSeconds.toFixed(1)} s\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
try {
  for (const p of pages) {
    const scores: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [], lcp: [], tbt: [], cls: [] };
    for (let i = 0; i < runs; i++) {
      const file = path.join(out, `r${i}.json`);
      // Asynchronous: the static server runs in this process and must keep answering.
      await run(
        'npx',
        [
          '-y',
          'lighthouse@12.2.3',
          server.url + p,
          '--quiet',
          '--output=json',
          `--output-path=${file}`,
          '--form-factor=mobile',
          '--only-categories=performance,accessibility,best-practices,seo',
          // A plain headless Chrome: @sparticuz/chromium's Lambda flags make Lighthouse hang.
          `--chrome-flags=${CHROME_FLAGS}`,
        ],
        { env: { ...process.env, CHROME_PATH: chromium.executablePath }, maxBuffer: 64 * 1024 * 1024 },
      );
      const report = JSON.parse(readFileSync(file, 'utf8'));
      for (const c of ['performance', 'accessibility', 'best-practices', 'seo']) scores[c]!.push(Math.round(report.categories[c].score * 100));
      scores['lcp']!.push(Math.round(report.audits['largest-contentful-paint'].numericValue));
      scores['tbt']!.push(Math.round(report.audits['total-blocking-time'].numericValue));
      scores['cls']!.push(report.audits['cumulative-layout-shift'].numericValue);
    }
    const m = (k: string) => median(scores[k]!);
    console.log(`| ${p} | ${m('performance')} | ${m('accessibility')} | ${m('best-practices')} | ${m('seo')} | ${m('lcp')} | ${m('tbt')} | ${m('cls').toFixed(3)} |`);
  }
  console.log(`\nMedian of ${runs} runs each, Lighthouse 12.2.3, mobile emulation (simulated slow 4G, 4x CPU slowdown).`);
} finally {
  await server.close();
}
