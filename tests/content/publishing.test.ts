// Real builds of content as staff may give it, then of their mistakes:
// - a phone photo (6000×4000 JPEG with EXIF: camera owner, GPS position, and XMP)
//   as a product's first photo, a bulletin's cover and a picture in its body:
//   the site publishes only processed versions, without that metadata and
//   capped in size, also where JSON-LD and share cards name them;
// - files saved in decomposed Unicode (NFD): they build, and their pages are NFC;
// - then, in the same content, each kind of mistake that used to damage the
//   built site (a picture missing from a body, a photo file name with Vietnamese
//   letters and spaces, a YAML tab, a step that fails after the pages are
//   written): the build stops (non-zero), prints the Vietnamese block naming the
//   file, and the output folder is byte for byte as it was, with no staging
//   folder left behind.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MAX_IMAGE_SIDE } from '../../src/integrations/image-service.ts';
import { stagingFolders } from '../../src/integrations/staged-output.ts';
import { checkCollection, checkContentFolder } from '../../src/loaders/check-folder.ts';
import { contentFixture, errorBlockFor, expectSameBlocks, filesWithHashes, runAstro, tempDir, type Fixture, type RunResult } from '../support/content-fixture.ts';
import { jsonLdOf, textOf } from '../support/dist.ts';
import { drawnPicture, writeBulletin, writeProduct } from '../support/own-content.ts';
import { unaccented } from '../support/published.ts';
import { useSiteInBrowser } from '../support/site-in-browser.ts';
import { SEARCH_META_WEIGHTS } from '../../src/search/fold.ts';

// The tests' own entries (tests/support/own-content.ts), added to a copy of content/.
const PRODUCT_FOLDER = 'gio-dan-anh-chup';
const PRODUCT = `products/${PRODUCT_FOLDER}/index.md`;
/** The safe name the refusal below asks for; the successful build uses it. */
const SAFE_PHOTO = 'anh-san-pham-1.jpg';
const UNSAFE_PHOTO = 'Ảnh sản phẩm 1.jpg';
const BULLETIN_SLUG = 'ban-tin-anh-chup';
const BULLETIN = `bulletins/2024/${BULLETIN_SLUG}.md`;
const BODY_PHOTO = 'anh-lop-tap-huan.jpg';
const BODY_ALT = 'Lớp tập huấn khởi sự doanh nghiệp (ảnh thử)';
const NFD_FOLDER = 'gio-dan-chu-tach-dau';
const NFD_PRODUCT = `products/${NFD_FOLDER}/index.md`;
const NFD_MDX_SLUG = 'ban-tin-chu-tach-dau';
const NFD_MDX = `bulletins/2024/${NFD_MDX_SLUG}.mdx`;
const TV = 'tv/2024.yaml';
/** The test product's commune today (producer.current.commune): a name no other page has, with đ (which search does not fold by itself). */
const TODAY_COMMUNE = 'phường Điều Xanh Thử';

/** A phone photo as cameras save it: large, with the owner's name and a GPS position (EXIF) and XMP. */
async function phonePhoto(): Promise<Buffer> {
  return sharp({ create: { width: 6000, height: 4000, channels: 3, background: { r: 180, g: 120, b: 60 } } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Artist: 'Nguyen Van A', Make: 'PhoneCo', Model: 'P1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 57/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1' },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Nguyen Van A</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .toBuffer();
}

/** Every picture file under `dir` (full paths). */
function picturesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => path.join(dir, rel))
    .filter((f) => /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(f) && statSync(f).isFile());
}

let fixture: Fixture;
const out = tempDir('kc-dist-');
const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
/** A root-relative or absolute address of this site as the built file it names. */
const builtFile = (href: string) => path.join(out, decodeURIComponent(new URL(href, 'http://localhost:4321').pathname));

beforeAll(async () => {
  fixture = contentFixture();
  const photo = await phonePhoto();
  // A product whose first photo is the phone photo, under a name the site accepts.
  writeProduct(fixture, PRODUCT_FOLDER, photo, SAFE_PHOTO, { commune: TODAY_COMMUNE });
  // A bulletin with the phone photo as its cover and in its body.
  writeFileSync(fixture.file(`bulletins/2024/${BODY_PHOTO}`), photo);
  writeBulletin(fixture, `${BULLETIN_SLUG}.md`, {
    front: `cover:\n  image: ./${BODY_PHOTO}\n  alt: Lớp tập huấn (ảnh thử)\n`,
    body: `\n![${BODY_ALT}](./${BODY_PHOTO})\n`,
  });
  // Two files saved in decomposed Unicode: a product (its district too) and an MDX bulletin.
  writeProduct(fixture, NFD_FOLDER, await drawnPicture());
  writeBulletin(fixture, `${NFD_MDX_SLUG}.mdx`, { body: '\nMột đoạn văn có đủ dấu thanh: hội chợ, sản phẩm, cơ sở, Đồng Nai, huyện Định Quán.\n' });
  for (const file of [NFD_PRODUCT, NFD_MDX]) fixture.edit(file, (t) => t.normalize('NFD'));
  const { status, output } = runAstro(fixture, ['build', '--outDir', out]);
  if (status !== 0) throw new Error(output);
}, 600_000);

// Registered after the build's beforeAll: serves the built folder once it is there.
const site = useSiteInBrowser(out);

afterAll(() => {
  // The published site must never have been left beside a staging folder.
  expect(existsSync(stagingFolders(out).staging)).toBe(false);
});

describe("search finds a product by today's commune (producer.current), typed without accents", () => {
  test.each([unaccented(TODAY_COMMUNE.replace(/^phường /, '')), TODAY_COMMUNE])('"%s" lists the product first', async (query) => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.url}/tim-kiem/`);
      // A string, so that Vitest does not rewrite the browser's import().
      const urls = await page.evaluate(`(async () => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.options({ ranking: { metaWeights: ${JSON.stringify(SEARCH_META_WEIGHTS)} } });
        const res = await pf.search(${JSON.stringify(query)});
        return Promise.all(res.results.slice(0, 3).map(async (r) => (await r.data()).url));
      })()`);
      expect((urls as string[])[0]).toBe(`/san-pham/${PRODUCT_FOLDER}/`);
    } finally {
      await page.close();
    }
  });
});

describe('photos: only processed versions, without EXIF/XMP, capped in size', () => {
  test('the fixture really holds a large photo with EXIF GPS and XMP', async () => {
    const meta = await sharp(fixture.file(`products/${PRODUCT_FOLDER}/${SAFE_PHOTO}`)).metadata();
    expect(Math.max(meta.width, meta.height)).toBeGreaterThan(MAX_IMAGE_SIDE);
    expect(meta.exif?.length).toBeGreaterThan(0);
    expect(meta.xmp?.length).toBeGreaterThan(0);
  });

  test(`no picture in the built site carries EXIF, XMP or IPTC, and none is larger than ${MAX_IMAGE_SIDE} px`, async () => {
    const files = picturesIn(out);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const meta = await sharp(file).metadata();
      const where = path.relative(out, file);
      expect(meta.exif, `${where} has EXIF`).toBeUndefined();
      expect(meta.xmp, `${where} has XMP`).toBeUndefined();
      expect(meta.iptc, `${where} has IPTC`).toBeUndefined();
      expect(Math.max(meta.width, meta.pageHeight ?? meta.height), where).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    }
  });

  test('no original photo is published: no file of the site has the phone photo\'s bytes, and no original kept its name', () => {
    const original = readFileSync(fixture.file(`products/${PRODUCT_FOLDER}/${SAFE_PHOTO}`));
    expect(picturesIn(out).filter((f) => readFileSync(f).equals(original))).toEqual([]);
    // Astro publishes an original as _astro/<name>.<hash>.<ext>, its versions as <name>.<hash>_<hash>.<ext>
    // (30 originals of the catalogue's drawings were published beside their versions).
    const originals = readdirSync(path.join(out, '_astro')).filter((f) => /^[^_]+\.[A-Za-z0-9-]{8}\.(jpe?g|png|webp|avif)$/i.test(f));
    expect(originals).toEqual([]);
  });

  test('the product page shows, and its JSON-LD names, processed versions of the photo that are in the site', async () => {
    const html = page(`san-pham/${PRODUCT_FOLDER}`);
    const product = jsonLdOf(html).nodes.find((n) => n['@type'] === 'Product')!;
    const images = [product['image']].flat() as string[];
    expect(images.length).toBeGreaterThan(0);
    const shown = [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.includes('anh-san-pham-1'));
    expect(shown.length).toBeGreaterThan(0);
    for (const href of [...images, ...shown]) {
      const file = builtFile(href);
      expect(existsSync(file), href).toBe(true);
      const meta = await sharp(file).metadata();
      expect(meta.exif, href).toBeUndefined();
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    }
  });

  test('the bulletin: the picture in its body is a capped, processed version; its JSON-LD names a processed cover', async () => {
    const html = page(`ban-tin/${BULLETIN_SLUG}`);
    const body = [...html.matchAll(/<img[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(BODY_ALT));
    expect(body, 'the body picture is on the page').toBeDefined();
    const src = /\ssrc="([^"]+)"/.exec(body!)![1]!;
    expect(Number(/\swidth="(\d+)"/.exec(body!)?.[1])).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    const article = jsonLdOf(html).nodes.find((n) => n['@type'] === 'NewsArticle')!;
    for (const href of [src, ...[article['image']].flat()]) {
      const file = builtFile(href);
      expect(existsSync(file), href).toBe(true);
      const meta = await sharp(file).metadata();
      expect(meta.exif, href).toBeUndefined();
      expect(meta.format).not.toBe('jpeg');
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    }
  });
});

describe('text saved in decomposed Unicode (NFD)', () => {
  test('the fixture files really are NFD, and the fast check accepts them (the district is one of the list)', () => {
    for (const file of [NFD_PRODUCT, NFD_MDX]) {
      const text = readFileSync(fixture.file(file), 'utf8');
      expect(text).not.toBe(text.normalize('NFC'));
    }
    expect(checkContentFolder(fixture.dir).map((e) => e.message)).toEqual([]);
  });

  test.each([
    ['the product page', `san-pham/${NFD_FOLDER}`, NFD_PRODUCT, ['name', 'producer.district']],
    ['the MDX bulletin page', `ban-tin/${NFD_MDX_SLUG}`, NFD_MDX, ['title']],
  ])('%s is NFC and shows the file\'s words in NFC', (_, url, file, fields) => {
    const html = page(url);
    expect(html).toBe(html.normalize('NFC'));
    const data = fixture.data<Record<string, unknown>>(file);
    const text = textOf(html);
    for (const field of fields) {
      const value = field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], data) as string;
      expect(value).toBe(value.normalize('NFC')); // read as NFC
      expect(text).toContain(value);
    }
    // A sentence of the body, too.
    const sentence = readFileSync(fixture.file(file), 'utf8').split(/\n---\n/)[1]!.normalize('NFC').split('\n').find((l) => /^\p{Lu}[^<>*[\]!]{30,}$/u.test(l.trim()))!;
    expect(sentence).toBeDefined();
    expect(text).toContain(sentence.trim().slice(0, 30));
  });
});

describe('a build that fails leaves the built site byte for byte as it was', () => {
  let before: Record<string, string>;
  beforeAll(() => {
    before = filesWithHashes(out);
  });

  /**
   * Makes `change` to the fixture, builds, checks the site is untouched, runs `meanwhile`
   * (the fast check of the same content), then undoes the change.
   */
  function failedBuild(change: () => () => void, env: Record<string, string> = {}, meanwhile: (run: RunResult) => void = () => {}) {
    const undo = change();
    try {
      const run = runAstro(fixture, ['build', '--outDir', out], env);
      expect(run.status, run.output).not.toBe(0);
      expect(filesWithHashes(out)).toEqual(before);
      expect(existsSync(stagingFolders(out).staging)).toBe(false);
      meanwhile(run);
      return run;
    } finally {
      undo();
    }
  }
  /** Rewrites a fixture file; returns what puts it back. */
  const rewrite = (file: string, change: (t: string) => string) => () => {
    const text = readFileSync(fixture.file(file), 'utf8');
    fixture.edit(file, change);
    return () => writeFileSync(fixture.file(file), text);
  };

  test('a picture missing from a bulletin\'s body: the block names the file, the line and the picture', () => {
    const missing = '![Ảnh chưa chép vào thư mục](./khong-co.webp)';
    const run = failedBuild(rewrite(BULLETIN, (t) => `${t}\n${missing}\n`), {}, (built) => expectSameBlocks(built, checkCollection(fixture.dir, 'bulletins')));
    const file = fixture.file(BULLETIN);
    const line = readFileSync(file, 'utf8').split('\n').length; // the line added last, counted after the undo
    const block = errorBlockFor(run.output, file);
    expect(block).toContain(`trường "(nội dung, dòng ${line + 1})": không có tệp ảnh "./khong-co.webp"`);
  }, 300_000);

  test('a photo file named with Vietnamese letters and spaces: refused, with the exact new name', () => {
    const run = failedBuild(() => {
      const dir = fixture.file(`products/${PRODUCT_FOLDER}`);
      renameSync(path.join(dir, SAFE_PHOTO), path.join(dir, UNSAFE_PHOTO));
      const undoText = rewrite(PRODUCT, (t) => t.replace(`src: ./${SAFE_PHOTO}`, `src: "./${UNSAFE_PHOTO}"`))();
      return () => {
        undoText();
        renameSync(path.join(dir, UNSAFE_PHOTO), path.join(dir, SAFE_PHOTO));
      };
    });
    const block = errorBlockFor(run.output, fixture.file(PRODUCT));
    expect(block).toMatch(new RegExp(`trường "photos\\.0\\.src" \\(dòng \\d+\\): tên tệp ảnh "${UNSAFE_PHOTO}" có dấu, chữ hoa, khoảng trắng`));
    expect(block).toContain(`đổi tên tệp thành "${SAFE_PHOTO}" và sửa đường dẫn ở đây thành "./${SAFE_PHOTO}"`);
  }, 300_000);

  test('a tab in a YAML file: the Vietnamese block with the line, and no English parser message', () => {
    let line = 0;
    const run = failedBuild(
      rewrite(TV, (t) => {
        const lines = t.split('\n');
        line = lines.findIndex((l) => /^ {4}title: /.test(l)) + 1;
        lines[line - 1] = lines[line - 1]!.replace(/^ {4}/, '\t');
        return lines.join('\n');
      }),
      {},
      (built) => {
        // The build printed the fast check's very block.
        const fast = checkCollection(fixture.dir, 'tv');
        expect(fast).toHaveLength(1);
        expectSameBlocks(built, fast);
      },
    );
    const file = fixture.file(TV);
    expect(errorBlockFor(run.output, file)).toContain(`- dòng ${line}: dòng này thụt lề bằng phím Tab`);
    expect(run.output).not.toMatch(/failed to parse|YAMLException/i);
  }, 300_000);

  test('a step that fails after the pages are written (the share cards cannot write their cache)', () => {
    // The fixture's cache, with a file where the share cards keep their folder.
    const cache = path.join(tempDir('kc-cache-'), 'cache');
    const run = failedBuild(() => {
      cpSync(path.join(fixture.root, 'cache'), cache, { recursive: true });
      rmSync(path.join(cache, 'og'), { recursive: true, force: true });
      writeFileSync(path.join(cache, 'og'), 'not a folder');
      return () => {};
    }, { ASTRO_CACHE_DIR: cache });
    // The pages were written (into the staging folder) before the step failed.
    expect(run.output).toMatch(/page\(s\) built|Completed in/);
    // A province's site draws its cards in the build's process (src/integrations/site-steps.ts).
    expect(run.output).toContain('ảnh chia sẻ (src/share-cards/index.ts): ');
  }, 600_000);
});
