// Share images: file names, cache keys, the card's layout and its layers,
// and the drawing: the layered card must match the card drawn whole (satori is
// also exercised for real in the build tests, which check every PNG).
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { cardRenderer, cardSvg, loadFonts, svgFills } from '../../src/share-cards/render.ts';
import { encodePng, mergeBands } from '../../src/share-cards/png.ts';
import { cardKey, cardTree, ogImagePath, OG_FONT_FAMILIES, OG_HEIGHT, OG_WIDTH, PHOTO_FRAME, titleSize, type Node } from '../../src/share-cards/layout.ts';

const texts = (n: Node | string): string[] =>
  typeof n === 'string' ? [n] : [n.props.children ?? []].flat().flatMap((c) => texts(c as Node | string));
const nodes = (n: Node | string): Node[] => (typeof n === 'string' ? [] : [n, ...[n.props.children ?? []].flat().flatMap((c) => nodes(c as Node | string))]);

describe('file names', () => {
  test.each([
    ['/', 'og/index.png'],
    ['/ke-hoach/2024/', 'og/ke-hoach/2024.png'],
    ['/san-pham/ghe-xich-du-may/', 'og/san-pham/ghe-xich-du-may.png'],
    ['/404.html', 'og/404.png'],
    ['/404', 'og/404.png'],
  ])('%s → %s', (path, file) => expect(ogImagePath(path)).toBe(file));
});

describe('cache key', () => {
  const base = { title: 'Chả giò Gia Kiệm', section: 'Sản phẩm', siteName: 'Khuyến công Đồng Nai' };
  test('same inputs, same key; NFD and NFC text are the same card', () => {
    expect(cardKey(base)).toBe(cardKey({ ...base, title: base.title.normalize('NFD') }));
  });
  test('any change of what the card shows changes the key', () => {
    const keys = new Set([
      cardKey(base),
      cardKey({ ...base, title: 'Chả giò' }),
      cardKey({ ...base, section: 'Bản tin' }),
      cardKey({ ...base, siteName: 'X' }),
      cardKey({ ...base, photoHash: 'abc' }),
      cardKey({ ...base, photoHash: 'abd' }),
      cardKey({ ...base, sample: true, sampleLabel: 'Minh họa' }),
      cardKey({ ...base, sample: true, sampleLabel: 'Mẫu' }),
    ]);
    expect(keys.size).toBe(8);
  });
  test('no mark asked, the label does not count', () => {
    expect(cardKey({ ...base, sample: false, sampleLabel: 'Minh họa' })).toBe(cardKey(base));
  });
});

describe('card layout', () => {
  test('1200×630, border-box everywhere, fonts by subset family, text in NFC', () => {
    const tree = cardTree({ title: 'Đồng Nai'.normalize('NFD'), section: 'Kế hoạch', siteName: 'Khuyến công Đồng Nai' });
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    for (const n of nodes(tree).filter((n) => n.type === 'div')) expect(n.props.style?.['boxSizing']).toBe('border-box');
    expect(String(tree.props.style!['fontFamily'])).toBe(OG_FONT_FAMILIES.map((f) => `"${f}"`).join(', '));
    expect(texts(tree)).toEqual(['Kế hoạch', 'Đồng Nai', 'Khuyến công Đồng Nai']);
    expect(texts(tree)[1]).toBe('Đồng Nai'.normalize('NFC'));
  });
  test('the photo only when there is one', () => {
    const imgs = (photo?: string) => nodes(cardTree({ title: 'A', section: 'B', siteName: 'C', photo })).filter((n) => n.type === 'img' && n.props.width === 380);
    expect(imgs()).toHaveLength(0);
    expect(imgs('data:image/png;base64,AAA')).toHaveLength(1);
  });
  test('long titles get a smaller size, more so beside a photo', () => {
    expect(titleSize('Đồng Nai', false)).toBe(64);
    expect(titleSize('x'.repeat(100), false)).toBeLessThan(titleSize('x'.repeat(30), false));
    expect(titleSize('x'.repeat(60), true)).toBeLessThan(titleSize('x'.repeat(60), false));
  });
});

describe('card layers', () => {
  const input = { title: 'Chả giò Gia Kiệm', section: 'Sản phẩm', siteName: 'Khuyến công Đồng Nai', photo: 'data:image/png;base64,AAA', sample: true, sampleLabel: 'Minh họa' };
  test('the text layer has the section and title only, on no background; the base has the rest', () => {
    const text = cardTree(input, 'text');
    expect(texts(text).filter(Boolean)).toEqual(['Sản phẩm', 'Chả giò Gia Kiệm']);
    expect(nodes(text).some((n) => n.props.style?.['backgroundColor'] || n.type === 'img')).toBe(false);
    const base = cardTree(input, 'base');
    expect(texts(base).filter(Boolean)).toEqual(['Khuyến công Đồng Nai', 'Minh họa']);
    expect(nodes(base).some((n) => n.props.src === input.photo)).toBe(false);
  });
  test('the "Minh họa" mark only when asked', () => {
    expect(texts(cardTree({ ...input, sample: false }))).not.toContain('Minh họa');
    expect(texts(cardTree(input))).toContain('Minh họa');
  });
  test('the photo sits in its frame, on the card', () => {
    const img = nodes(cardTree(input)).find((n) => n.props.src === input.photo)!;
    expect(img.props.style).toMatchObject({ left: PHOTO_FRAME.left, top: PHOTO_FRAME.top, border: `${PHOTO_FRAME.border}px solid #ffffff` });
    expect(PHOTO_FRAME.left + PHOTO_FRAME.size).toBeLessThanOrEqual(OG_WIDTH - 40);
    expect(PHOTO_FRAME.top + PHOTO_FRAME.size).toBeLessThanOrEqual(OG_HEIGHT - 18);
  });
});


describe('text paths from satori', () => {
  test('paths only: each fill and path data', () => {
    const svg = '<svg width="10" height="10" viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><mask id="m"><rect x="0" y="0" width="10" height="10" fill="#fff"/></mask><g><path fill="#ffffff" d="M0 0L1 1Z"/></g><path fill="#ffd9d6" d="M2 2L3 3Z"/></svg>';
    expect(svgFills(svg)).toEqual([{ fill: '#ffffff', d: 'M0 0L1 1Z' }, { fill: '#ffd9d6', d: 'M2 2L3 3Z' }]);
  });
  test('anything else: drawn as an SVG instead', () => {
    expect(svgFills('<svg width="1" height="1"><rect width="1" height="1" fill="#fff"/></svg>')).toBeNull();
    expect(svgFills('<svg width="1" height="1"><path fill="#fff" d="M0 0" opacity="0.5"/></svg>')).toBeNull();
  });
});

describe('rows read back', () => {
  test('bands merged where they overlap or touch, within the card', () => {
    expect(mergeBands([[300, 400], [55, 97], [110, 502], [-3, 2], [600, 700]], 630)).toEqual([[0, 2], [55, 97], [110, 502], [600, 630]]);
    expect(mergeBands([[10, 20], [20, 30]], 630)).toEqual([[10, 30]]);
  });
});

describe('drawing', { timeout: 30_000 }, () => {
  test('the PNG, drawn from the base rows and the rows read back, is the card on the canvas', async () => {
    const renderer = cardRenderer({ fonts: await loadFonts(), siteName: 'Khuyến công Đồng Nai', sampleLabel: 'Minh họa' });
    for (const card of [
      { title: 'Ghế xích đu mây', section: 'Sản phẩm', sample: true, photoFile: 'content/products/ghe-xich-du-may/minh-hoa.webp' },
      { title: 'Kế hoạch khuyến công năm 2024 của tỉnh Đồng Nai: các đề án hỗ trợ máy móc thiết bị', section: 'Kế hoạch' },
      // The same photo again: the rows around the text are reused compressed from the first card.
      { title: 'Bình gốm men lam Biên Hòa', section: 'Sản phẩm', sample: true, photoFile: 'content/products/ghe-xich-du-may/minh-hoa.webp' },
      { title: 'Ghế xích đu mây', section: 'Sản phẩm', sample: true, photoFile: 'content/products/ghe-xich-du-may/minh-hoa.webp' },
    ]) {
      const rgba = await renderer.pixels(card);
      const { data } = await sharp(await renderer.png(card)).raw().toBuffer({ resolveWithObject: true });
      expect(data.equals(Buffer.from(rgba.filter((_, i) => i % 4 !== 3)))).toBe(true);
    }
  });
  test('the PNG writer is lossless: RGB of the opaque RGBA pixels', async () => {
    const rgba = Buffer.from(Array.from({ length: 7 * 5 * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 37) % 256)));
    const png = encodePng(rgba, 7, 5);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: 7, height: 5, channels: 3 });
    expect([...data]).toEqual([...rgba].filter((_, i) => i % 4 !== 3));
  });
  const siteName = 'Khuyến công Đồng Nai';
  const card = { title: 'Hội chợ triển lãm sản phẩm công nghiệp nông thôn tiêu biểu Đồng Nai', section: 'Bản tin', sample: true };
  test('the layered card is the card drawn whole, within anti-aliasing', async () => {
    const fonts = await loadFonts();
    const layered = await sharp(await cardRenderer({ fonts, siteName, sampleLabel: 'Minh họa' }).png(card)).raw().toBuffer({ resolveWithObject: true });
    expect(layered.info).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT, channels: 3 });
    const whole = await sharp(Buffer.from(await cardSvg({ ...card, siteName, sampleLabel: 'Minh họa' }, fonts, 'all'))).removeAlpha().raw().toBuffer();
    let diff = 0;
    let far = 0;
    for (let i = 0; i < whole.length; i++) {
      const d = Math.abs(whole[i]! - layered.data[i]!);
      diff += d;
      if (d > 96) far++;
    }
    expect(diff / whole.length).toBeLessThan(0.5);
    expect(far).toBeLessThan(100);
  });
});
