// Search in Vietnamese: đ-words folded for the index, accent-aware
// highlighting, the fields a page gives the index, its section.
import { describe, expect, test } from 'vitest';
import { excerptText, highlightHtml, highlightSegments, queryTerms } from '../../src/search/highlight.ts';
import { dWords, foldedTitle, indexedPart, spaceBlocks, withFoldedMeta, withoutStylesAndScripts } from '../../src/search/fold.ts';
import { indexFields } from '../../src/search/fields.ts';
import { sectionOf } from '../../src/features/site/sections.ts';
import { urlOfFile } from '../../src/lib/built-pages.ts';

describe('đ-words for the index', () => {
  test('only words with đ/Đ, folded to lowercase ASCII, once each', () => {
    expect(dWords('Đồng Nai: mây tre đan, đường Đồng Khởi; gốm Biên Hòa')).toEqual(['dong', 'dan', 'duong']);
  });
  test('decomposed text folds the same', () => {
    expect(dWords('Đồng Nai'.normalize('NFD'))).toEqual(['dong']);
  });
  test('a folded title is its words, without punctuation that Pagefind would split on', () => {
    expect(foldedTitle('Từ ngày 1/7/2025, tỉnh Đồng Nai hợp nhất')).toBe('tu ngay 1 7 2025 tinh dong nai hop nhat');
  });
  test('the metas go right inside the indexed region, from its text only', () => {
    const html = '<html><body><header>Đồng Nai</header><main id="x" data-pagefind-body><h1>Giỏ mây tre đan</h1><p>Định Quán &amp; Đồng</p></main></body></html>';
    const out = withFoldedMeta(html, 'Giỏ mây tre đan');
    expect(out).toContain('<main id="x" data-pagefind-body><meta data-pagefind-meta="ftitle:gio may tre dan"><meta data-pagefind-meta="fold:dan dinh dong"><h1>');
    expect(out.indexOf('<header>Đồng Nai</header>')).toBeLessThan(out.indexOf('data-pagefind-body'));
  });
  test('a page without an indexed region is left as it is', () => {
    expect(withFoldedMeta('<main><p>Đồng</p></main>', 'Đồng')).toBe('<main><p>Đồng</p></main>');
  });
  test('block elements end with a space, so minified text does not run together', () => {
    expect(spaceBlocks('<dt>Ngày phát hành</dt><dd>05/3/2025</dd>')).toBe('<dt>Ngày phát hành </dt><dd>05/3/2025 </dd>');
  });

  test('Pagefind is given the language, the title and the indexed element only; pages without one, nothing', () => {
    const html =
      '<!doctype html><html lang="vi"><head><title>Gốm | Khuyến công</title><style>a{}</style></head><body><header>Trang chủ</header>' +
      '<main id="noi-dung" data-pagefind-body><h1>Gốm</h1><span data-pagefind-filter="muc">Sản phẩm</span><script>x()</script></main><footer>Liên hệ</footer></body></html>';
    expect(indexedPart(html)).toBe(
      '<!doctype html><html lang="vi"><head><title>Gốm | Khuyến công</title></head><body><main id="noi-dung" data-pagefind-body><h1>Gốm</h1><span data-pagefind-filter="muc">Sản phẩm</span></main></body></html>',
    );
    expect(indexedPart('<html lang="vi"><body><main>Danh sách</main></body></html>')).toBeNull();
  });

  test('pages reach the index without their inlined styles and scripts, text and metadata kept', () => {
    const html = '<head><style>a{color:red}</style><script type="application/ld+json">{"name":"Gốm"}</script></head><main data-pagefind-body><h1>Gốm</h1><meta data-pagefind-meta="x:y"><script>go()</script></main>';
    expect(withoutStylesAndScripts(html)).toBe('<head></head><main data-pagefind-body><h1>Gốm</h1><meta data-pagefind-meta="x:y"></main>');
  });
});

describe('accent-aware highlighting', () => {
  test.each([
    ['Khuyến công Đồng Nai', 'dong nai', 'Khuyến công <mark>Đồng</mark> <mark>Nai</mark>'],
    ['Giỏ mây tre đan xuất khẩu', 'may tre dan', 'Giỏ <mark>mây</mark> <mark>tre</mark> <mark>đan</mark> xuất khẩu'],
    ['Gốm mỹ nghệ Biên Hoà', 'gom bien hoa', '<mark>Gốm</mark> mỹ nghệ <mark>Biên</mark> <mark>Hoà</mark>'],
    ['Chả giò Gia Kiệm', 'chả giò', '<mark>Chả</mark> <mark>giò</mark> Gia Kiệm'],
    ['đường & <b>', 'duong', '<mark>đường</mark> &amp; &lt;b&gt;'],
  ])('%s / %s', (text, query, html) => {
    expect(highlightHtml(text, query)).toBe(html);
  });
  test('a term marks words that start with it (as Pagefind matches prefixes), not words that merely contain it', () => {
    expect(highlightHtml('khuyến công, đan', 'an')).toBe('khuyến công, đan');
    expect(highlightHtml('khuyến công', 'khuy')).toBe('<mark>khuyến</mark> công');
  });
  test('decomposed text is marked as NFC', () => {
    expect(highlightSegments('Đồng'.normalize('NFD'), 'dong')).toEqual([{ text: 'Đồng', mark: true }]);
  });
  test('query terms are folded, without duplicates, longest first', () => {
    expect(queryTerms('Đồng  dong nai!')).toEqual(['dong', 'nai']);
    expect(queryTerms('   ')).toEqual([]);
  });
  test('an empty query marks nothing', () => {
    expect(highlightSegments('Đồng Nai', '')).toEqual([{ text: 'Đồng Nai', mark: false }]);
  });
  test('a Pagefind excerpt (its < and > escaped, nothing else) is escaped once in the result list', () => {
    // As Pagefind 1.6 gives the text «giá < 5 & "ưu đãi" <b>»; the browser test searches a built page for the same.
    expect(excerptText('giá &lt; 5 & "ưu đãi" &lt;b&gt;')).toBe('giá < 5 & "ưu đãi" <b>');
    // A page that itself says "&amp;" keeps it.
    expect(excerptText('viết &amp; trong HTML')).toBe('viết &amp; trong HTML');
    expect(highlightHtml(excerptText('giá &lt; 5 & "ưu đãi" &lt;b&gt;'), 'gia')).toBe('<mark>giá</mark> &lt; 5 &amp; &quot;ưu đãi&quot; &lt;b&gt;');
  });
});

describe('what a page tells the index', () => {
  test('filters, metadata and sort key', () => {
    const f = indexFields({ title: 'Chả giò', section: 'Sản phẩm', group: 'Thủ công mỹ nghệ', years: [2024, 2024, 2023], sortKey: '2024-12-31', image: '/_astro/a.webp', imageAlt: 'ảnh', producer: 'Cơ sở A' });
    expect(f.filters).toEqual([['muc', 'Sản phẩm'], ['nhom', 'Thủ công mỹ nghệ'], ['nam', '2024'], ['nam', '2023']]);
    expect(f.meta).toEqual([['title', 'Chả giò'], ['section', 'Sản phẩm'], ['producer', 'Cơ sở A'], ['image', '/_astro/a.webp'], ['image_alt', 'ảnh']]);
    expect(f.sort).toBe('2024-12-31');
  });
  test("a product's district is indexed as written and with đ typed as d", () => {
    const f = indexFields({ title: 'Khô cá kìm', section: 'Sản phẩm', place: 'Huyện Định Quán' });
    expect(f.meta).toContainEqual(['place', 'Huyện Định Quán huyen dinh quan']);
  });
  test('a dated page shows its date in Vietnamese and sorts by it', () => {
    const f = indexFields({ title: 'Bản tin', section: 'Bản tin', date: '2024-06-10' });
    expect(f.meta).toContainEqual(['date', '10/6/2024']);
    expect(f.sort).toBe('2024-06-10');
  });
  test.each([
    ['/ke-hoach/2024/', 'Kế hoạch'],
    ['/ban-tin/x/', 'Bản tin'],
    ['/san-pham/ghe-xich-du-may/', 'Sản phẩm'],
    ['/truyen-hinh/', 'Truyền hình'],
    ['/chinh-sach/may-moc-thiet-bi/', 'Chính sách hỗ trợ'],
    ['/su-kien/', 'Sự kiện'],
    ['/du-lieu/', 'Dữ liệu mở'],
    ['/', 'Giới thiệu'],
  ])('section of %s is %s', (path, section) => {
    expect(sectionOf(path)).toBe(section);
  });
});

describe('reading built pages', () => {
  test('file → URL', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('san-pham/x/index.html')).toBe('/san-pham/x/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });
});
