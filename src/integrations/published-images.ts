// The last check before a build is published (run by staged-output.ts on the
// finished site): no picture carries EXIF, XMP or IPTC metadata (a camera's
// owner, a GPS position) and none is larger than MAX_IMAGE_SIDE. The image
// service makes sure of both; this catches what would slip past it (Astro
// passes a picture through unprocessed when sharp cannot read it, and publishes
// an original, as it is, once a page reads one of the picture's fields).
// The share cards (og/) are left out: they are drawn and written by
// src/share-cards/png.ts, which writes no metadata, at 1200×630, and there is one
// per page (10,000 and more at national scale).
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { eachLimited } from '../lib/each-limited.ts';
import { MAX_IMAGE_SIDE } from './image-service.ts';

const PICTURE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

/** Every picture file under `dir` (full paths), symbolic links followed, each real file once, `skip` folders left out. */
function pictures(dir: string, seen = new Set<string>(), skip: readonly string[] = []): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      let real: string;
      try {
        real = realpathSync(full);
      } catch {
        return []; // a link to nothing
      }
      if (seen.has(real) || skip.includes(full)) return [];
      seen.add(real);
      if (statSync(real).isDirectory()) return pictures(full, seen, skip);
      return PICTURE.test(name) ? [full] : [];
    });
}

/**
 * What is wrong with the pictures of the built site `dist`: one line each, in
 * Vietnamese, naming the file, in the order of the files. Pictures already in
 * `checked` (full paths) are not read again; each one read is added to it, so
 * that a second call checks only the pictures written since (staged-output.ts
 * checks while the after-build steps run, then once more at the end).
 */
export async function publishedImageProblems(dist: string, checked = new Set<string>()): Promise<string[]> {
  const { default: sharp } = await import('sharp');
  const files = pictures(dist, new Set(), [path.join(dist, 'og')]).filter((file) => !checked.has(file));
  for (const file of files) checked.add(file);
  const found = new Map<string, string[]>();
  // A few files at a time: sharp reads each header on libuv's threads.
  await eachLimited(files, 8, async (file) => {
    const rel = path.relative(dist, file);
    const problems: string[] = [];
    found.set(file, problems);
    let meta;
    try {
      meta = await sharp(file, { failOn: 'none' }).metadata();
    } catch (error) {
      problems.push(`${rel}: không đọc được ảnh (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const kept = (['exif', 'xmp', 'iptc'] as const).filter((k) => meta[k]?.length);
    if (kept.length) problems.push(`${rel}: ảnh còn thông tin ${kept.map((k) => k.toUpperCase()).join(', ')} (có thể có tên chủ máy ảnh, vị trí GPS)`);
    const height = meta.pageHeight ?? meta.height;
    if (Math.max(meta.width, height) > MAX_IMAGE_SIDE) problems.push(`${rel}: ảnh ${meta.width}×${height} điểm ảnh, lớn hơn giới hạn ${MAX_IMAGE_SIDE} điểm ảnh ở cạnh dài`);
  });
  return files.flatMap((file) => found.get(file) ?? []);
}
