// The last check before a build is published (run by staged-output.ts on the
// finished site): no picture carries EXIF, XMP or IPTC metadata (a camera's
// owner, a GPS position) and none is larger than MAX_IMAGE_SIDE. The image
// service makes sure of both; this catches what would slip past it (Astro
// passes a picture through unprocessed when sharp cannot read it, and publishes
// an original, as it is, once a page reads one of the picture's fields).
// The share cards (og/) are left out: they are drawn and written by
// src/share-cards/png.ts, which writes no metadata, at 1200×630, and there is one
// per page (10,000 and more at national scale). A WebP or PNG picture (nearly
// all the site's) is read from its chunk headers (src/lib/picture-header.ts);
// sharp reads any other.
import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { open } from 'node:fs/promises';
import { eachLimited } from '../lib/each-limited.ts';
import { pictureFacts, type PictureFacts } from '../lib/picture-header.ts';
import { MAX_IMAGE_SIDE } from './image-service.ts';

const PICTURE = /\.(jpe?g|png|webp|avif|gif|tiff?|heic|heif)$/i;

/**
 * Every picture file under `dir` (full paths), symbolic links followed, each real
 * file once, `skip` folders left out. Only links are resolved (realpath): every other
 * entry's real path is its folder's plus its name, so a site of 10,000 page folders
 * is walked with one directory read a folder, not several lstat calls a file.
 */
function pictures(dir: string, skip: readonly string[] = []): string[] {
  if (!existsSync(dir)) return [];
  const seen = new Set<string>();
  const found: string[] = [];
  const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const walk = (shown: string, real: string) => {
    if (seen.has(real)) return;
    seen.add(real);
    for (const entry of readdirSync(real, { withFileTypes: true }).sort(byName)) {
      const full = path.join(shown, entry.name);
      if (skip.includes(full)) continue;
      let target = path.join(real, entry.name);
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          target = realpathSync(target);
          isDirectory = statSync(target).isDirectory();
        } catch {
          continue; // a link to nothing
        }
      }
      if (isDirectory) walk(full, target);
      else if (PICTURE.test(entry.name) && !seen.has(target)) {
        seen.add(target);
        found.push(full);
      }
    }
  };
  walk(dir, realpathSync(dir));
  return found;
}

/** A WebP or PNG file's size and metadata from its chunk headers (picture-header.ts), or undefined when not understood. */
async function headerFacts(file: string): Promise<PictureFacts | undefined> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    return await pictureFacts(async (offset, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    }, size);
  } finally {
    await handle.close();
  }
}

/**
 * What is wrong with the pictures of the built site `dist`: one line each, in
 * Vietnamese, naming the file, in the order of the files. Pictures already in
 * `checked` (full paths) are not read again; each one read is added to it, so
 * that a second call checks only the pictures written since (staged-output.ts
 * checks while the after-build steps run, then once more at the end).
 */
export async function publishedImageProblems(dist: string, checked = new Set<string>()): Promise<string[]> {
  const files = pictures(dist, [path.join(dist, 'og')]).filter((file) => !checked.has(file));
  for (const file of files) checked.add(file);
  const found = new Map<string, string[]>();
  // Loaded only for a picture that is not a WebP or PNG file picture-header.ts understands.
  let sharp: Promise<typeof import('sharp').default> | undefined;
  // A few files at a time: their headers are read on libuv's threads.
  await eachLimited(files, 8, async (file) => {
    const rel = path.relative(dist, file);
    const problems: string[] = [];
    found.set(file, problems);
    let meta: PictureFacts | undefined;
    try {
      meta = /\.(webp|png)$/i.test(file) ? await headerFacts(file) : undefined;
      if (!meta) {
        sharp ??= import('sharp').then((m) => m.default);
        const read = await (await sharp)(file, { failOn: 'none' }).metadata();
        meta = { width: read.width, height: read.pageHeight ?? read.height, metadata: (['EXIF', 'XMP', 'IPTC'] as const).filter((k) => read[k.toLowerCase() as 'exif' | 'xmp' | 'iptc']?.length) };
      }
    } catch (error) {
      problems.push(`${rel}: không đọc được ảnh (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (meta.metadata.length) problems.push(`${rel}: ảnh còn thông tin ${meta.metadata.join(', ')} (có thể có tên chủ máy ảnh, vị trí GPS)`);
    if (Math.max(meta.width, meta.height) > MAX_IMAGE_SIDE) problems.push(`${rel}: ảnh ${meta.width}×${meta.height} điểm ảnh, lớn hơn giới hạn ${MAX_IMAGE_SIDE} điểm ảnh ở cạnh dài`);
  });
  return files.flatMap((file) => found.get(file) ?? []);
}
