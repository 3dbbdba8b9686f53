// The addresses the site will have, known before any page is built
// (src/loaders/site-addresses.ts): routes read from src/pages/ as Astro reads
// them, each dynamic route's values from content, and bulletins only once they
// are published. (tests/build/site-addresses.test.ts holds the whole set to a real build.)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { addressBook, PARAMETERS, routePatterns } from '../../src/loaders/site-addresses.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kc-unit-addresses-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (rel: string, text = '') => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};

test('every dynamic route under src/pages/ has its values from content, and nothing else does', () => {
  expect(Object.keys(PARAMETERS).sort()).toEqual(routePatterns().filter((r) => r.includes('[')).sort());
});

test('routes as Astro reads the files: index is the folder, endpoints keep their name, _files and the 404 page are not linked to', () => {
  for (const file of ['index.astro', '404.astro', 'a/index.astro', 'a/[slug].astro', 'a/trang/[page].astro', 'a/rss.xml.ts', 'a/_shared.ts', '_private/x.astro', 'b/tep-[year].csv.ts'])
    write(`pages/${file}`);
  expect(routePatterns(path.join(dir, 'pages')).sort()).toEqual(['/', '/a/', '/a/[slug]/', '/a/rss.xml', '/a/trang/[page]/', '/b/tep-[year].csv'].sort());
});

describe('bulletins have a page from their date, drafts never', () => {
  const bulletin = (year: number, name: string, fields: string) => write(`content/bulletins/${year}/${name}.md`, `---\ntitle: ${name}\nnumber: 1\nsummary: x\n${fields}\n---\n\nx\n`);
  bulletin(2030, 'da-dang', 'date: "2030-06-01"');
  bulletin(2030, 'hen-ngay', 'date: "2030-06-20"');
  bulletin(2030, 'ban-nhap', 'date: "2030-06-01"\ndraft: true');
  write('content/plans/2030.md', '---\nyear: 2030\n---\n');
  const at = (asOf: string, drafts = false) => addressBook(path.join(dir, 'content'), { asOf, drafts });

  test('on the build date', () => {
    const book = at('2030-06-15');
    expect(book.problem('/ban-tin/da-dang/')).toBeNull();
    expect(book.problem('/ban-tin/hen-ngay/')).toMatch(/^bản tin "hen-ngay" hẹn đăng ngày 20\/6\/2030/);
    expect(book.problem('/ban-tin/ban-nhap/')).toMatch(/^bản tin "ban-nhap" là bản nháp \(draft: true/);
    expect(book.problem('/ke-hoach/2030/#muc-1')).toBeNull();
    expect(book.problem('/ke-hoach/2031/')).toBe('không có kế hoạch năm 2031 (cần tệp content/plans/2031.md)');
  });
  test('on a scheduled date, and in a draft (which sees drafts)', () => {
    expect(at('2030-06-20').problem('/ban-tin/hen-ngay/')).toBeNull();
    expect(at('9999-12-31', true).problem('/ban-tin/ban-nhap/')).toBeNull();
  });
});
