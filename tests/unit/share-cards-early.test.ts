// Share cards drawn while the pages are rendered: the build's process tells the
// cards' job of each page (its card, the file its photo is made from), and the job
// draws the card at once. The card must be the one drawn after the pages, and a
// photo must be found when Astro has not made its picture yet.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardSession, type CardNotice } from '../../src/share-cards/index.ts';
import { builtPictureSource, cardNotices, photoSourceOf } from '../../src/share-cards/notice.ts';
import { cardAttributes, pageCardOf } from '../../src/share-cards/page-card.ts';

const PHOTO = path.resolve('content/products/ghe-xich-du-may/minh-hoa.webp');

/** Astro's list of the pictures it is to make, as a build has it while its pages render. */
const images = () =>
  new Map([
    ['/_astro/anh.Ab12Cd34.jpg', { originalSrcPath: '/site/content/products/a/anh.jpg', transforms: new Map([['h1', { finalPath: '/_astro/anh.Ab12Cd34_Zx9.webp' }]]) }],
    ['/_astro/odd name.Ef56.png', { originalSrcPath: '/site/content/products/b/odd name.png', transforms: new Map([['h2', { finalPath: '/_astro/other.webp' }]]) }],
  ]);

describe('the file a page photo is made from', () => {
  test('a picture Astro is to make: its original, found by name or by searching the list', () => {
    expect(builtPictureSource('/_astro/anh.Ab12Cd34_Zx9.webp', images())).toBe('/site/content/products/a/anh.jpg');
    expect(builtPictureSource('/_astro/other.webp', images())).toBe('/site/content/products/b/odd name.png');
    expect(builtPictureSource('/_astro/anh.Ab12Cd34_Other.webp', images())).toBeUndefined();
    expect(builtPictureSource('/_astro/x.webp', undefined)).toBeUndefined();
  });
  test('an address not in the list is found once a page has added its picture to the list', () => {
    const list = images();
    expect(builtPictureSource('/_astro/sau.webp', list)).toBeUndefined();
    expect(builtPictureSource('/_astro/sau.webp', list)).toBeUndefined();
    list.set('/_astro/sau.Gh78.jpg', { originalSrcPath: '/site/content/products/c/sau.jpg', transforms: new Map([['h3', { finalPath: '/_astro/sau.webp' }]]) });
    expect(builtPictureSource('/_astro/sau.webp', list)).toBe('/site/content/products/c/sau.jpg');
  });
  test('a file of public/, never one outside it; the address decoded', () => {
    const pub = mkdtempSync(path.join(tmpdir(), 'kc-public-'));
    writeFileSync(path.join(pub, 'chua co anh.png'), 'x');
    expect(photoSourceOf('/chua%20co%20anh.png', pub, new Map())).toBe(path.join(pub, 'chua co anh.png'));
    expect(photoSourceOf('/khong-co.png', pub, new Map())).toBeUndefined();
    expect(photoSourceOf('/../etc/passwd', pub, new Map())).toBeUndefined();
    expect(photoSourceOf('/_astro/anh.Ab12Cd34_Zx9.webp', pub, images())).toBe('/site/content/products/a/anh.jpg');
    // Astro's list in another shape (it is not a public interface): no source, no failure.
    expect(photoSourceOf('/_astro/anh.Ab12Cd34_Zx9.webp', pub, new Map([['/_astro/anh.Ab12Cd34.jpg', { transforms: {} }]]) as never)).toBeUndefined();
  });
  test('the notice of a rendered page: its card as the built page will ask for it; none without a card', () => {
    const head = `<head><meta property="og:site_name" content="Khuyến công"><meta property="og:title" content="Ghế"><meta property="og:image" content="https://x/og/san-pham/ghe.png" ${Object.entries(cardAttributes({ section: 'Sản phẩm', photo: '/khong-co.png' }))
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ')}></head>`;
    const notice = JSON.parse(cardNotices('/khong-co-thu-muc')({ pathname: '/san-pham/ghe/', head })!) as CardNotice;
    expect(notice).toEqual({ pathname: '/san-pham/ghe/', card: pageCardOf(head) });
    expect(cardNotices('/x')({ pathname: '/a/', head: '<head></head>' })).toBeUndefined();
  });
});

describe('cards drawn while the pages are rendered', { timeout: 60_000 }, () => {
  /** A built site of two pages (heads only), one with a photo whose built picture does not exist (yet). */
  function site() {
    const root = mkdtempSync(path.join(tmpdir(), 'kc-early-'));
    const dist = path.join(root, 'dist');
    const head = (title: string, image: string, photo?: string) =>
      `<!DOCTYPE html><html><head><meta property="og:site_name" content="Khuyến công Đồng Nai"><meta property="og:title" content="${title}"><meta property="og:image" content="https://x${image}" data-og-section="Sản phẩm"${photo ? ` data-og-photo="${photo}"` : ''}></head><body></body></html>`;
    const pages = [
      { pathname: '/san-pham/ghe/', title: 'Ghế xích đu mây', image: '/og/san-pham/ghe.png', photo: '/_astro/ghe.Ab12_Zx9.webp' },
      { pathname: '/ke-hoach/2024/', title: 'Kế hoạch khuyến công năm 2024', image: '/og/ke-hoach/2024.png' },
    ];
    for (const p of pages) {
      mkdirSync(path.join(dist, p.pathname), { recursive: true });
      writeFileSync(path.join(dist, p.pathname, 'index.html'), head(p.title, p.image, p.photo));
    }
    const notices: CardNotice[] = pages.map((p) => ({ pathname: p.pathname, card: pageCardOf(head(p.title, p.image, p.photo))!, photoSource: p.photo ? PHOTO : undefined }));
    return { root, dist, notices };
  }
  const logs: string[] = [];
  const logger = { info: (m: string) => logs.push(m) };

  test('each card is drawn as its page is told of, from the photo source; placed at the end; the same file as a card drawn after the pages', async () => {
    const early = site();
    const session = cardSession({ cacheDir: path.join(early.root, 'cache'), logger });
    for (const n of early.notices) session.early(n);
    // Both cards reach the cache before the pages are all written.
    const og = path.join(early.root, 'cache', 'og');
    for (let i = 0; i < 300 && readdirSync(og).filter((f) => f.endsWith('.png')).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    await session.finish(early.dist);
    expect(logs.at(-1)).toMatch(/ảnh chia sẻ: 2 ảnh mới \(2 vẽ, 2 trong lúc dựng trang/);
    for (const card of ['og/san-pham/ghe.png', 'og/ke-hoach/2024.png']) expect(existsSync(path.join(early.dist, card)), card).toBe(true);

    // The same page without notices (the job run by hand, after the pages): the same file.
    const late = site();
    rmSync(path.join(late.dist, 'san-pham'), { recursive: true }); // its built picture is not there
    await cardSession({ cacheDir: path.join(late.root, 'cache'), logger }).finish(late.dist);
    const card = 'og/ke-hoach/2024.png';
    expect(readFileSync(path.join(early.dist, card)).equals(readFileSync(path.join(late.dist, card)))).toBe(true);
  });

  test('cards not drawn yet when the pages are written: few stay with the one worker, more bring a worker a core; none is lost', async () => {
    for (const [cardsPerLateWorker, processes] of [
      [48, 1], // two cards waiting: the early worker draws them alone
      [1, 1 + Math.min(2, availableParallelism())], // each card waiting asks for a worker of its own: one a core at most
    ] as const) {
      const s = site();
      const session = cardSession({ cacheDir: path.join(s.root, 'cache'), logger, cardsPerLateWorker });
      for (const n of s.notices) session.early(n);
      // At once: the low-priority worker has not drawn them yet.
      await session.finish(s.dist);
      expect(logs.at(-1)).toMatch(new RegExp(`^ảnh chia sẻ: 2 ảnh mới \\(2 vẽ, ${processes} tiến trình\\)`));
      for (const card of ['og/san-pham/ghe.png', 'og/ke-hoach/2024.png']) expect(existsSync(path.join(s.dist, card)), card).toBe(true);
      expect(readdirSync(path.join(s.root, 'cache', 'og')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
  });

  test('the job run by hand (no page told of while rendering): one worker for a few cards', async () => {
    const s = site();
    rmSync(path.join(s.dist, 'san-pham'), { recursive: true }); // its built picture is not there
    await cardSession({ cacheDir: path.join(s.root, 'cache'), logger }).finish(s.dist);
    expect(logs.at(-1)).toMatch(/^ảnh chia sẻ: 1 ảnh mới \(1 vẽ, 1 tiến trình\)/);
    expect(existsSync(path.join(s.dist, 'og/ke-hoach/2024.png'))).toBe(true);
  });
});
