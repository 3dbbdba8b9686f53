// The release gate: what a reviewer would not let through before the site is
// published, checked on the built site (and the content it came from). Every
// reason is listed, in Vietnamese; what is still illustrative is listed as
// information. `npm run release-check` prints it; `npm run deploy` runs it first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { headOf, htmlFiles, metaTag, urlOfFile } from '../../src/lib/built-pages.ts';
import { readCollection } from '../../src/loaders/check-folder.ts';
import { contentCollections, type CollectionName } from '../../src/loaders/collections.ts';
import { resolveFile } from './static-server.ts';
import { missingBeforeRelease } from '../../src/features/site/settings.ts';
import { readSiteSettings } from '../../src/loaders/site-settings.ts';
import { placeholdersIn, unitsAreSample, UNITS_FILE } from '../../src/loaders/still-to-fill.ts';

export interface GateReport {
  /** Reasons the release is refused. */
  problems: string[];
  /** What the reviewer should know (illustrative content still published). */
  notes: string[];
}

/** The site's public address as the built home page states it (its canonical link). */
export function siteAddress(dist: string): string | null {
  const home = path.join(dist, 'index.html');
  if (!existsSync(home)) return null;
  const head = headOf(readFileSync(home, 'utf8'));
  return /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1] ?? null;
}

const LOCAL = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|.*\.local|.*\.test|.*\.example(\..*)?|example\.(com|org|net|gov\.vn))$/i;

/** Why `address` cannot be the public address, or null. */
export function addressProblem(address: string | null): string | null {
  if (!address) return 'chưa có địa chỉ công khai của trang (trang chủ không có liên kết canonical)';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `địa chỉ công khai "${address}" không phải một địa chỉ web`;
  }
  if (LOCAL.test(url.hostname)) return `địa chỉ công khai đang là "${url.origin}" (máy cục bộ hoặc địa chỉ ví dụ); đặt địa chỉ thật của trang (SITE_URL khi dựng) rồi dựng lại`;
  if (url.protocol !== 'https:') return `địa chỉ công khai "${url.origin}" không dùng https://`;
  return null;
}

/** Internal links, assets and anchors of one page that lead nowhere. */
export function brokenLinksOf(dist: string, rel: string, origin: string): string[] {
  const html = readFileSync(path.join(dist, rel), 'utf8');
  const base = new URL(urlOfFile(rel), origin);
  const refs = [...html.matchAll(/\s(?:href|src|srcset|poster|content)="([^"]+)"/g)]
    .filter((m) => !m[0].trimStart().startsWith('content=') || /^(https?:)?\//.test(m[1]!))
    .flatMap((m) => m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  const broken: string[] = [];
  for (const ref of refs) {
    if (!ref || /^(mailto:|tel:|data:|#$)/.test(ref)) continue;
    let url: URL;
    try {
      url = new URL(ref.replace(/&amp;/g, '&'), base);
    } catch {
      continue;
    }
    if (url.origin !== base.origin) continue;
    const target = resolveFile(dist, url.pathname);
    if (!target) broken.push(ref);
    else if (url.hash && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(readFileSync(target, 'utf8'))) broken.push(`${ref} (không có phần #${id})`);
    }
  }
  return [...new Set(broken)];
}

/** The gate over a built site `dist`, made from the content folder `contentDir`. */
export async function releaseGate(dist: string, contentDir = 'content'): Promise<GateReport> {
  const problems: string[] = [];
  const notes: string[] = [];
  if (!existsSync(path.join(dist, 'index.html'))) return { problems: [`${dist} không có bản dựng (thiếu index.html); chạy npm run build trước`], notes };

  // The settings staff keep: the public address and the facts a state agency's site must carry.
  const settings = readSiteSettings(contentDir);
  if (!settings) problems.push(`${contentDir}/site.yaml thiếu hoặc có lỗi (chạy npm run build để xem lỗi)`);
  else problems.push(...missingBeforeRelease(settings.settings, settings.file));

  // What npm run new-site left to fill ("[cần điền]"): a page would publish the mark itself.
  for (const place of placeholdersIn(contentDir)) problems.push(`còn chỗ "[cần điền]" chưa thay bằng thông tin thật: ${place}`);

  const address = siteAddress(dist);
  const wrongAddress = addressProblem(address);
  if (wrongAddress) problems.push(wrongAddress);
  const origin = address ? new URL(address).origin : 'http://localhost';

  for (const required of ['404.html', 'robots.txt', 'sitemap-index.xml', 'pagefind/pagefind.js']) {
    if (!existsSync(path.join(dist, required))) problems.push(`thiếu tệp ${required} trong bản dựng`);
  }

  const pages = htmlFiles(dist);
  for (const rel of pages) {
    const url = urlOfFile(rel);
    const html = readFileSync(path.join(dist, rel), 'utf8');
    const head = headOf(html);
    if (!/<html lang="vi"/.test(html)) problems.push(`trang ${url}: thiếu lang="vi"`);
    if (!/<title>[^<]+<\/title>/.test(head)) problems.push(`trang ${url}: không có tiêu đề (<title>)`);
    const image = metaTag(head, 'og:image')?.['content'];
    if (!image) problems.push(`trang ${url}: không có ảnh chia sẻ (og:image)`);
    else {
      const card = resolveFile(dist, new URL(image, origin).pathname);
      if (!card) problems.push(`trang ${url}: thiếu tệp ảnh chia sẻ ${new URL(image, origin).pathname}`);
      else {
        const meta = await sharp(card).metadata();
        if (meta.format !== 'png' || meta.width !== 1200 || meta.height !== 630) problems.push(`trang ${url}: ảnh chia sẻ ${path.relative(dist, card)} không phải PNG 1200×630`);
      }
    }
    if (/https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(html) && !wrongAddress) problems.push(`trang ${url}: còn liên kết tới máy cục bộ (localhost)`);
    for (const link of brokenLinksOf(dist, rel, origin)) problems.push(`trang ${url}: liên kết hỏng ${link}`);
  }

  // Information: what is published but illustrative (files, or rows of a year's file).
  for (const name of Object.keys(contentCollections(contentDir)) as CollectionName[]) {
    const { entries } = readCollection(contentDir, name);
    let files = 0;
    const rows: string[] = [];
    for (const e of entries) {
      const data = e.data as Record<string, unknown>;
      if (data['sample'] === true) files++;
      const list = (['features', 'events', 'reports', 'spending'] as const).flatMap((k) => (Array.isArray(data[k]) ? (data[k] as Record<string, unknown>[]) : []));
      const samples = list.filter((r) => r['sample'] === true).length;
      if (samples) rows.push(`${samples}/${list.length} dòng trong ${e.filePath}`);
    }
    if (files) notes.push(`${name}: ${files}/${entries.length} tệp là nội dung minh họa (sample: true)`);
    if (rows.length) notes.push(`${name}: ${rows.join('; ')} là nội dung minh họa (sample: true)`);
  }
  if (unitsAreSample(contentDir)) notes.push(`${UNITS_FILE}: danh sách đơn vị hành chính là nội dung minh họa (sample: true)`);
  return { problems, notes };
}

/** The report as staff read it. */
export function formatGate(report: GateReport): string {
  const lines: string[] = [];
  if (report.problems.length) {
    lines.push(`Chưa thể xuất bản: ${report.problems.length} lý do`);
    for (const p of report.problems) lines.push(`  - ${p}`);
  } else lines.push('Kiểm tra trước khi xuất bản: đạt.');
  if (report.notes.length) {
    lines.push('', 'Để biết (không chặn xuất bản):');
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  return lines.join('\n');
}
