// Content the tests write themselves into a fixture (a product, a bulletin),
// so that they do not depend on which entries of content/ exist or are still
// illustrative: staff may edit, make real or remove any of them.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Fixture } from './content-fixture.ts';

/** A small illustrative picture (WebP), drawn here. */
export function drawnPicture(): Promise<Buffer> {
  return sharp({ create: { width: 400, height: 300, channels: 3, background: '#7a9a5a' } }).webp().toBuffer();
}

export interface OwnProduct {
  /** The product's file, relative to the content folder. */
  file: string;
  name: string;
  producer: string;
  district: string;
}

/** Writes an illustrative product into `products/<folder>/`, with `picture` as its photo `photo` (the name `src` gives), and today's commune when given. */
export function writeProduct(fixture: Fixture, folder: string, picture: Buffer, photo = 'anh-thu.webp', current?: { commune: string }): OwnProduct {
  const dir = fixture.file(`products/${folder}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, photo), picture);
  const own: OwnProduct = { file: `products/${folder}/index.md`, name: `Giỏ đan thử ${folder}`, producer: `Cơ sở đan lát thử ${folder} (minh họa)`, district: 'Huyện Định Quán' };
  fixture.write(
    own.file,
    `---
name: "${own.name}"
group: thu-cong-my-nghe
producer:
  name: "${own.producer}"
  kind: co-so
  commune: "xã Phú Lợi"
  district: "${own.district}"${current ? `\n  current:\n    commune: "${current.commune}"` : ''}
recognitions:
  - level: tinh
    year: 2024
summary: "Sản phẩm thử của bài kiểm tra, không có thật."
photos:
  - src: ./${photo}
    alt: "Hình vẽ thử, không phải ảnh chụp sản phẩm"
sample: true
---

Đoạn giới thiệu sản phẩm thử, viết đủ dài để thấy được trên trang sản phẩm.
`,
  );
  return own;
}

/** The next bulletin number free in `year` of the fixture. */
export function nextIssueNumber(fixture: Fixture, year: number): number {
  const dir = fixture.file(`bulletins/${year}`);
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /^[^_].*\.mdx?$/.test(f));
  } catch {
    mkdirSync(dir, { recursive: true });
  }
  const numbers = files.map((f) => fixture.data<{ number?: number }>(`bulletins/${year}/${f}`).number ?? 0);
  return Math.max(0, ...numbers) + 1;
}

/** Writes an illustrative bulletin of 2024 (`.md` or `.mdx` by its name); `front` and `body` are added to its own. */
export function writeBulletin(fixture: Fixture, name: string, { front = '', body = '' }: { front?: string; body?: string } = {}): string {
  const file = `bulletins/2024/${name}`;
  const number = nextIssueNumber(fixture, 2024);
  fixture.write(
    file,
    `---
title: "Bản tin thử số ${number} của bài kiểm tra"
number: ${number}
date: "2024-10-01"
summary: "Bản tin thử của bài kiểm tra, không phải tin thật."
tags: [thử nghiệm]
sample: true
${front}---

Đoạn mở đầu của bản tin thử, viết đủ dài để thấy được trên trang bản tin.
${body}`,
  );
  return file;
}
