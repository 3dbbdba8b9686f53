// Share-card micro-benchmark: `npm run bench:og -- [N]` (default 300 cards,
// varied Vietnamese titles, every other one with a product photo from
// content/products/*/minh-hoa.webp). The old way (satori draws the whole card
// with the photo as a data URL, sharp rasterises and encodes) and the new way
// (src/share-cards/render.ts) run on the same cards, interleaved, so a shared
// machine's load falls on both alike. Then the throughput of the worker pool,
// and the whole integration over N made-up built pages (cold, then warm).
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { shareCards } from '../src/share-cards/index.ts';
import { cardPool } from '../src/share-cards/pool.ts';
import { createCanvas, ImageData, type Canvas } from '@napi-rs/canvas';
import { cardRenderer, cardSvg, framedPhoto, loadFonts, textPainter } from '../src/share-cards/render.ts';
import { encodePng, mergeBands } from '../src/share-cards/png.ts';

const N = Number(process.argv[2] ?? 300);
const siteName = 'Khuyến công Đồng Nai';
const sampleLabel = 'Minh họa';
const words = 'chả giò gia kiệm bánh tráng phơi sương gốm biên hòa mây tre đan ghế xích đu hạt điều rang muối cà phê rang xay chuối sấy dẻo đèn trang trí tre kế hoạch khuyến công năm hội chợ triển lãm lớp tập huấn nâng cao năng lực quản lý đề án hỗ trợ máy móc thiết bị cơ sở công nghiệp nông thôn tiêu biểu cấp tỉnh huyện Định Quán Xuân Lộc Trảng Bom Nhơn Trạch Long Khánh'.split(' ');
const sections = ['Sản phẩm', 'Bản tin', 'Kế hoạch', 'Chính sách', 'Sự kiện', 'Chương trình khuyến công tỉnh Đồng Nai'];
let seed = 42;
const rand = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
const photoDir = path.resolve('content/products');
const photoFiles = readdirSync(photoDir).map((d) => path.join(photoDir, d, 'minh-hoa.webp')).filter((f) => statSync(f, { throwIfNoEntry: false }));
const cards = Array.from({ length: N }, (_, i) => {
  const len = [3, 6, 10, 16, 24][rand(5)]!;
  const t = Array.from({ length: len }, () => words[rand(words.length)]!).join(' ');
  return {
    title: t[0]!.toUpperCase() + t.slice(1),
    section: sections[rand(sections.length)]!,
    photoFile: i % 2 ? photoFiles[rand(photoFiles.length)] : undefined,
    sample: i % 3 === 0,
  };
});

const fonts = await loadFonts();
const renderer = cardRenderer({ fonts, siteName, sampleLabel });
const times: Record<string, number[]> = {};
const sizes: Record<string, number[]> = {};
async function time<T>(name: string, f: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  const r = await f();
  (times[name] ??= []).push(performance.now() - t0);
  return r;
}
const size = (name: string, b: Buffer) => (sizes[name] ??= []).push(b.length);
// Warm up satori's font parsing, the base layers, the JIT.
for (const c of cards.slice(0, 4)) await renderer.png(c);

const old = async (c: (typeof cards)[number]) => {
  let photo: string | undefined;
  if (c.photoFile) {
    const bytes = await time('old photo: read + sha256', () => {
      const b = readFileSync(c.photoFile!);
      createHash('sha256').update(b).digest('hex');
      return b;
    });
    photo = await time('old photo: resize → PNG data URL', async () => `data:image/png;base64,${(await sharp(bytes).resize(380, 380, { fit: 'cover' }).png().toBuffer()).toString('base64')}`);
  }
  const svg = await time(`old satori whole card${photo ? ' (photo)' : ''}`, () => cardSvg({ ...c, siteName, photo, sampleLabel }, fonts, 'all'));
  const raw = await time(`old sharp rasterise${photo ? ' (photo)' : ''}`, () => sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer());
  const png = await time(`old sharp PNG encode level 6`, () => sharp(raw, { raw: { width: 1200, height: 630, channels: 3 } }).png({ compressionLevel: 6 }).toBuffer());
  size('old PNG level 6', png);
  await time(`old end to end${photo ? ' (photo)' : ''}`, () => sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer());
};
const framedCache = new Map<string, ImageData>();
const canvas = createCanvas(1200, 630);
const ctx = canvas.getContext('2d');
const bases = new Map<boolean, Canvas>();
for (const sample of [false, true]) {
  const c = createCanvas(1200, 630);
  const { data, info } = await sharp(Buffer.from(await cardSvg({ title: '', section: '', siteName, sample, sampleLabel }, fonts, 'base'))).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  c.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height), 0, 0);
  bases.set(sample, c);
}
const neu = async (c: (typeof cards)[number]) => {
  let framed: ImageData | undefined;
  if (c.photoFile) {
    framed = framedCache.get(c.photoFile);
    if (!framed) framed = await time('new photo: read + frame (once per photo)', async () => framedPhoto(readFileSync(c.photoFile!)));
    framedCache.set(c.photoFile, framed);
  }
  const p = framed ? ' (photo)' : '';
  const svg = await time(`new satori text layer${p}`, () => cardSvg({ ...c, siteName, photo: framed ? 'x' : undefined }, fonts, 'text'));
  const text = await time('new text paths from the SVG', () => textPainter(svg));
  await time('new draw: base + photo + text paths (Skia)', () => {
    ctx.drawImage(bases.get(c.sample)!, 0, 0);
    if (framed) ctx.putImageData(framed, 768, 110);
    text.paint(ctx);
  });
  const rgba = await time('alt read all pixels back', () => canvas.data());
  await time('new read back only the text and photo rows', () => {
    for (const [a, b] of mergeBands([...text.bands!, ...(framed ? [[110, 502] as [number, number]] : [])], 630)) ctx.getImageData(0, a, 1200, b - a);
  });
  const png = await time('alt PNG encode, whole card: RGB rows + node:zlib level 3', () => encodePng(rgba, 1200, 630));
  size('new PNG: node:zlib level 3 (chosen)', png);
  for (const [name, opts] of [
    ['level 1, no filter', { compressionLevel: 1, adaptiveFiltering: false }],
    ['level 3, no filter', { compressionLevel: 3, adaptiveFiltering: false }],
    ['level 6, no filter', { compressionLevel: 6, adaptiveFiltering: false }],
    ['level 6, adaptive', { compressionLevel: 6, adaptiveFiltering: true }],
  ] as const) {
    const png = await time(`alt PNG encode by sharp, ${name}`, () => sharp(rgba, { raw: { width: 1200, height: 630, channels: 4 } }).removeAlpha().png(opts).toBuffer());
    size(`alt PNG by sharp, ${name}`, png);
  }
  await time(`new end to end (cardRenderer), photo framed${p}`, () => renderer.png({ ...c, photoHash: c.photoFile }));
};

const started = performance.now();
for (const [i, c] of cards.entries()) {
  if (i % 2) {
    await old(c);
    await neu(c);
  } else {
    await neu(c);
    await old(c);
  }
}
const phaseTime = (performance.now() - started) / 1000;

const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `mean ${mean.toFixed(1).padStart(6)} ms  median ${s[Math.floor(s.length / 2)]!.toFixed(1).padStart(6)} ms  (n=${xs.length})`;
};
console.log(`\nPer phase, one thread, ${N} cards (${cards.filter((c) => c.photoFile).length} with a photo, ${photoFiles.length} distinct photos), load ${os.loadavg()[0]!.toFixed(1)}, ${phaseTime.toFixed(0)} s:`);
for (const [k, v] of Object.entries(times)) console.log(`  ${k.padEnd(58)} ${fmt(v)}`);
for (const [k, v] of Object.entries(sizes)) console.log(`  ${k.padEnd(58)} mean ${(v.reduce((a, b) => a + b, 0) / v.length / 1024).toFixed(0)} KB, max ${(Math.max(...v) / 1024).toFixed(0)} KB`);

// Throughput: the old integration's in-thread pool (2 at a time) against the worker pool.
const out = mkdtempSync(path.join(os.tmpdir(), 'bench-og-'));
const oldPhotos = new Map<string, Promise<string>>();
const oldCard = async (c: (typeof cards)[number]) => {
  let photo: string | undefined;
  if (c.photoFile) {
    if (!oldPhotos.has(c.photoFile)) oldPhotos.set(c.photoFile, sharp(readFileSync(c.photoFile)).resize(380, 380, { fit: 'cover' }).png().toBuffer().then((b) => `data:image/png;base64,${b.toString('base64')}`));
    photo = await oldPhotos.get(c.photoFile);
  }
  const svg = await cardSvg({ ...c, siteName, photo, sampleLabel }, fonts, 'all');
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
};
async function inThread(limit: number) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => { while (next < cards.length) await oldCard(cards[next++]!); }));
}
const rounds: Record<string, number[]> = {};
const cpu: Record<string, number[]> = {};
const pool = cardPool({ siteName, sampleLabel });
await Promise.all(cards.slice(0, pool.size * 2).map((c, i) => pool.render(c, path.join(out, `warm-${i}.png`))));
for (let r = 0; r < 2; r++) {
  for (const which of r % 2 ? ['pool', 'old'] : ['old', 'pool']) {
    oldPhotos.clear();
    const t0 = performance.now();
    const c0 = which === 'old' ? process.cpuUsage() : undefined;
    const p0 = pool.cpu();
    if (which === 'old') await inThread(2);
    else await Promise.all(cards.map((c, i) => pool.render({ ...c, photoHash: `${r}${c.photoFile}` }, path.join(out, `${i}.png`))));
    (rounds[which] ??= []).push((performance.now() - t0) / cards.length);
    const used = c0 ? process.cpuUsage(c0) : undefined;
    (cpu[which] ??= []).push((used ? (used.user + used.system) / 1000 : pool.cpu() - p0) / cards.length);
  }
}
pool.close();
rmSync(out, { recursive: true, force: true });
console.log(`\nWall time per card, all ${N} cards (load ${os.loadavg()[0]!.toFixed(1)}):`);
const row = (which: string) => `${rounds[which]!.map((x) => x.toFixed(1)).join(', ')} ms wall, ${cpu[which]!.map((x) => x.toFixed(1)).join(', ')} ms CPU`;
console.log(`  old: satori whole card + sharp, 2 at a time in one thread: ${row('old')}`);
console.log(`  new: worker pool of ${pool.size} (src/share-cards/pool.ts):            ${row('pool')}`);
console.log('  (photos framed or converted again each round; CPU: all threads of the process(es) doing the work)');
console.log(`\nThe integration over ${N} built pages:`);

// The integration itself over N built pages (a made-up dist/: the head fields it reads, half with a
// photo shared by many pages as in the national-scale benchmark), cold (empty cache), then warm.
const site = mkdtempSync(path.join(os.tmpdir(), 'bench-og-site-'));
const dist = path.join(site, 'dist');
mkdirSync(path.join(dist, '_astro'), { recursive: true });
copyFileSync(photoFiles[0]!, path.join(dist, '_astro', 'photo.webp'));
for (const [i, c] of cards.entries()) {
  const dir = path.join(dist, 'p', String(i));
  mkdirSync(dir, { recursive: true });
  const photo = c.photoFile ? ' data-og-photo="/_astro/photo.webp"' : '';
  const sample = c.sample ? ' data-og-sample="true"' : '';
  writeFileSync(path.join(dir, 'index.html'), `<html><head><meta property="og:title" content="${c.title}"><meta property="og:image" content="http://x/og/p/${i}.png" data-og-section="${c.section}"${photo}${sample}></head></html>`);
}
for (const run of ['cold', 'warm']) {
  const t0 = performance.now();
  const logger = { info: (m: string) => console.log(`  ${run}: ${m}`) };
  await shareCards({ dist, cacheDir: path.join(site, 'cache'), logger });
  console.log(`  ${run}: ${((performance.now() - t0) / cards.length).toFixed(1)} ms a page (load ${os.loadavg()[0]!.toFixed(1)})`);
}
rmSync(site, { recursive: true, force: true });
