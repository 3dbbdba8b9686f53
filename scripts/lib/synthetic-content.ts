// Synthetic catalogue content for the benchmark (scripts/bench.ts) and the
// large-catalogue test: n illustrative products (all sample: true) and m
// illustrative bulletins of 2023, added to a copy of content/.
//
// Photos: the first `distinctPhotos` products each get a photo of their own
// (made by distinctPhotos(), a JPEG of 1600 × 1200, the size the staff guide
// asks for), so that a cold build processes and frames real, different images;
// every other product's photo is a symbolic link to one shared image, which
// Vite resolves to one file (processed once). That image is copied into the
// content folder first (_anh-thu-nghiem/): the build refuses links that lead
// out of the content folder.
import { copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { existedIn } from '../../src/features/catalogue/units.ts';
import { readUnitsFile } from '../../src/loaders/units-file.ts';

const GROUPS = ['thu-cong-my-nghe', 'che-bien-nong-lam-thuy-san-thuc-pham', 'thiet-bi-may-moc-co-khi', 'san-pham-khac'] as const;
const KINDS = ['doanh-nghiep', 'hop-tac-xa', 'ho-kinh-doanh', 'co-so'] as const;
const LEVELS = ['huyen', 'tinh', 'khu-vuc', 'quoc-gia'] as const;
const THINGS = [
  ['Giỏ mây tre đan', 0], ['Bình gốm men lam', 0], ['Tượng gỗ chạm khắc', 0], ['Đèn tre trang trí', 0], ['Tranh lá buông', 0],
  ['Hạt điều rang muối', 1], ['Chả giò', 1], ['Khô cá', 1], ['Mứt trái cây sấy', 1], ['Cà phê rang xay', 1], ['Nước tương', 1], ['Bánh tráng', 1],
  ['Máy bóc vỏ hạt điều', 2], ['Máy sấy nông sản', 2], ['Lò đốt trấu', 2], ['Bộ điều khiển tưới', 2],
  ['Phân bón hữu cơ', 3], ['Xà phòng thảo mộc', 3], ['Túi giấy', 3], ['Nhang trầm', 3],
] as const;
const WORDS = 'sản phẩm được làm thủ công từ nguyên liệu địa phương đạt tiêu chuẩn chất lượng đóng gói cẩn thận giao hàng toàn quốc cơ sở đầu tư máy móc thiết bị mới nâng cao năng suất đường nét đẹp bền màu an toàn vệ sinh thực phẩm được khách hàng tin dùng'.split(' ');

/** The folder name of the i-th synthetic product. */
export const syntheticProduct = (i: number) => `thu-nghiem-${i}`;

function words(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return out.join(' ');
}

/** Where the one shared image is kept, inside the content folder (no collection reads this folder). */
export const SHARED_PHOTO = '_anh-thu-nghiem/anh.webp';

/**
 * Adds n products and m bulletins to the content folder `content`. `photo` is the
 * image every product without a photo of its own links to (copied into the folder
 * once). Products 1..k, where k is the number of files in `ownPhotos` (from
 * distinctPhotos()), get one of those each.
 */
export function addSyntheticContent(content: string, photo: string, n: number, m = 0, ownPhotos: readonly string[] = []): void {
  // Each product is placed in a unit of the copy's own units file that existed in its year, as the build requires.
  const units = readUnitsFile(content)?.units;
  if (!units) throw new Error(`${content}: no valid don-vi-hanh-chinh.yaml to place the synthetic products in`);
  const shared = path.join(content, SHARED_PHOTO);
  mkdirSync(path.dirname(shared), { recursive: true });
  copyFileSync(photo, shared);
  for (let i = 1; i <= n; i++) {
    const [thing, g] = THINGS[i % THINGS.length]!;
    const year = 2015 + (i % 10);
    const inYear = units.filter((u) => existedIn(u, year));
    if (!inYear.length) throw new Error(`${content}: don-vi-hanh-chinh.yaml has no unit that existed in ${year}`);
    const district = inYear[i % inYear.length]!.name;
    const place = district.replace(/^(Thành phố|Huyện|Thị xã|Quận) /, '');
    const dir = path.join(content, 'products', syntheticProduct(i));
    mkdirSync(dir, { recursive: true });
    const own = ownPhotos[i - 1];
    let file = 'anh.webp';
    if (own) {
      file = 'anh-1.jpg';
      copyFileSync(own, path.join(dir, file));
    }
    // A relative link, inside the content folder: products/thu-nghiem-<i>/ → ../../_anh-thu-nghiem/.
    // Named as a photo (anh.webp), not as a drawing (minh-hoa.*, never shown): the benchmark measures the photos' processing.
    else symlinkSync(path.relative(dir, shared), path.join(dir, file));
    writeFileSync(
      path.join(dir, 'index.md'),
      `---
name: "${thing} ${place} số ${i}"
group: ${GROUPS[g]}
producer:
  name: "Cơ sở ${thing.toLocaleLowerCase('vi')} ${place} ${i} (minh họa)"
  kind: ${KINDS[i % KINDS.length]}
  commune: "xã Thử Nghiệm ${i % 97}"
  district: "${district}"
recognitions:
  - level: ${LEVELS[i % LEVELS.length]}
    year: ${year}
summary: "${thing} của một cơ sở ở ${place}, nội dung thử nghiệm số ${i} để đo hiệu năng."
photos:
  - src: ./${file}
    alt: "${own ? 'Ảnh thử nghiệm tạo bằng máy, không phải ảnh chụp sản phẩm' : 'Hình thử nghiệm, không phải ảnh chụp sản phẩm'}"
sample: true
---

${words(i, 120)}.

${words(i + 1, 120)}.
`,
    );
  }
  for (let i = 1; i <= m; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(((i - 1) * 364) / Math.max(m, 1)) * 86_400_000).toISOString().slice(0, 10);
    mkdirSync(path.join(content, 'bulletins', '2023'), { recursive: true });
    writeFileSync(
      path.join(content, 'bulletins', '2023', `ban-tin-thu-nghiem-${i}.md`),
      `---
title: "Bản tin thử nghiệm số ${i}: ${THINGS[i % THINGS.length]![0]} ở Đồng Nai"
number: ${i}
date: "${day}"
summary: "Nội dung thử nghiệm số ${i} để đo hiệu năng của trang."
tags: [thử nghiệm]
sample: true
---

${words(i, 250)}.
`,
    );
  }
}

/** The body of one more bulletin, as staff would write it after `npm run new`: 250 words in three paragraphs. */
export function syntheticIssueBody(seed: number): string {
  return `${words(seed, 80)}.\n\n${words(seed + 1, 90)}.\n\n${words(seed + 2, 80)}.\n`;
}

/**
 * k distinct photo-like JPEGs of 1600 × 1200 in `dir` (made once, kept): the
 * illustrative drawings of `content/products` enlarged, each with its own
 * crop, hue, mirror and grain, so that no two files are alike and the encoders
 * meet the detail of a photograph rather than flat colour. Returns their paths.
 */
export async function distinctPhotos(contentDir: string, dir: string, k: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(path.join(contentDir, 'products'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(webp|jpe?g|png)$/.test(f))
    .sort()
    .map((f) => path.join(contentDir, 'products', f));
  if (k > 0 && sources.length === 0) throw new Error('no product image in content/products to make photos from');
  const have = new Set(readdirSync(dir));
  const files: string[] = [];
  for (let i = 0; i < k; i++) {
    const name = `anh-${String(i + 1).padStart(4, '0')}.jpg`;
    files.push(path.join(dir, name));
    if (have.has(name)) continue;
    // Grain: a fixed pseudo-random pattern (same files on every machine), blended over the picture.
    const grain = Buffer.alloc(1600 * 1200);
    let h = 2166136261 ^ (i + 1);
    for (let j = 0; j < grain.length; j++) {
      h = Math.imul(h ^ (h >>> 15), 2246822507);
      h = Math.imul(h ^ (h >>> 13), 3266489909);
      grain[j] = ((h ^= h >>> 16) >>> 0) & 0x3f;
    }
    const noise = await sharp(grain, { raw: { width: 1600, height: 1200, channels: 1 } }).blur(0.6).toColourspace('srgb').png().toBuffer();
    const cropX = (i * 37) % 120;
    const cropY = (i * 53) % 90;
    let img = sharp(sources[i % sources.length]!)
      .extract({ left: cropX, top: cropY, width: 840, height: 630 })
      .resize(1600, 1200, { kernel: 'lanczos3' })
      .modulate({ hue: (i * 29) % 360, saturation: 0.8 + ((i * 7) % 5) / 10, brightness: 0.9 + ((i * 3) % 3) / 10 });
    if (i % 2) img = img.flop();
    const base = await img.toBuffer();
    await sharp(base)
      .composite([{ input: noise, blend: 'overlay' }])
      .jpeg({ quality: 85, mozjpeg: false })
      .toFile(path.join(dir, name));
  }
  return files;
}
