// Synthetic catalogue content for the benchmark (scripts/bench.ts) and the
// large-catalogue test: n illustrative products (all sample: true) and m
// illustrative bulletins of 2023, added to a copy of content/. Every product's
// photo is a symbolic link to one image, which Vite resolves to one file. That
// image is copied into the content folder first (_anh-thu-nghiem/): the build
// refuses links that lead out of the content folder.
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const GROUPS = ['thu-cong-my-nghe', 'che-bien-nong-lam-thuy-san-thuc-pham', 'thiet-bi-may-moc-co-khi', 'san-pham-khac'] as const;
const KINDS = ['doanh-nghiep', 'hop-tac-xa', 'ho-kinh-doanh', 'co-so'] as const;
const LEVELS = ['huyen', 'tinh', 'khu-vuc', 'quoc-gia'] as const;
const DISTRICTS = ['Thành phố Biên Hòa', 'Thành phố Long Khánh', 'Huyện Trảng Bom', 'Huyện Thống Nhất', 'Huyện Vĩnh Cửu', 'Huyện Định Quán', 'Huyện Tân Phú', 'Huyện Xuân Lộc', 'Huyện Cẩm Mỹ', 'Huyện Long Thành', 'Huyện Nhơn Trạch'];
const THINGS = [
  ['Giỏ mây tre đan', 0], ['Bình gốm men lam', 0], ['Tượng gỗ chạm khắc', 0], ['Đèn tre trang trí', 0], ['Tranh lá buông', 0],
  ['Hạt điều rang muối', 1], ['Chả giò', 1], ['Khô cá', 1], ['Mứt trái cây sấy', 1], ['Cà phê rang xay', 1], ['Nước tương', 1], ['Bánh tráng', 1],
  ['Máy bóc vỏ hạt điều', 2], ['Máy sấy nông sản', 2], ['Lò đốt trấu', 2], ['Bộ điều khiển tưới', 2],
  ['Phân bón hữu cơ', 3], ['Xà phòng thảo mộc', 3], ['Túi giấy', 3], ['Nhang trầm', 3],
] as const;
const WORDS = 'sản phẩm được làm thủ công từ nguyên liệu địa phương đạt tiêu chuẩn chất lượng đóng gói cẩn thận giao hàng toàn quốc cơ sở đầu tư máy móc thiết bị mới nâng cao năng suất đường nét đẹp bền màu an toàn vệ sinh thực phẩm được khách hàng tin dùng'.split(' ');

function words(seed: number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  return out.join(' ');
}

/** Where the one shared image is kept, inside the content folder (no collection reads this folder). */
export const SHARED_PHOTO = '_anh-thu-nghiem/anh.webp';

/** Adds n products and m bulletins to the content folder `content`; `photo` is the image every product links to (copied into the folder once). */
export function addSyntheticContent(content: string, photo: string, n: number, m = 0): void {
  const shared = path.join(content, SHARED_PHOTO);
  mkdirSync(path.dirname(shared), { recursive: true });
  copyFileSync(photo, shared);
  for (let i = 1; i <= n; i++) {
    const [thing, g] = THINGS[i % THINGS.length]!;
    const district = DISTRICTS[i % DISTRICTS.length]!;
    const place = district.replace(/^(Thành phố|Huyện) /, '');
    const dir = path.join(content, 'products', `thu-nghiem-${i}`);
    mkdirSync(dir, { recursive: true });
    // A relative link, inside the content folder: products/thu-nghiem-<i>/ → ../../_anh-thu-nghiem/.
    // Named as a photo (anh.webp), not as a drawing (minh-hoa.*, never shown): the benchmark measures the photos' processing.
    symlinkSync(path.relative(dir, shared), path.join(dir, 'anh.webp'));
    const year = 2015 + (i % 10);
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
  - src: ./anh.webp
    alt: "Hình thử nghiệm, không phải ảnh chụp sản phẩm"
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
