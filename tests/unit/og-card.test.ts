// Share images: file names, cache keys and the card's layout (satori is
// exercised for real in the build tests, which check every PNG).
import { describe, expect, test } from 'vitest';
import { cardKey, cardTree, ogImagePath, OG_FONT_FAMILIES, titleSize, type Node } from '../../src/lib/og-card';

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
    ]);
    expect(keys.size).toBe(6);
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
