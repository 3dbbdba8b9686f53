// What the web editor writes (src/editor/file-format.ts) is what the build reads:
// dates quoted, text in NFC, pictures "./name", empty values left out; a file
// read and written back without a change is the same file, comments and all;
// an edit of one field changes that field only. Also: the whole-number field
// refuses "1.600", field labels come from the schema comments, and every word of
// Decap's interface has a Vietnamese one.
import { cpSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLayouts } from '../../src/editor/config.ts';
import { readEntry, SOURCE_KEY, writeEntry } from '../../src/editor/file-format.ts';
import { labelAndHint } from '../../src/editor/labels.ts';
import { mergePhrases, VI_ADDITIONS, type Phrases } from '../../src/editor/locale.ts';
import { wholeNumberProblem, wholeNumberValue } from '../../src/editor/whole-number.ts';
import { checkCollection } from '../../src/loaders/check-folder.ts';
import { tempDir } from '../support/content-fixture.ts';

const layouts = fileLayouts();
const FILES: [pattern: string, format: string][] = [
  ['content/bulletins/*/*.md', 'kc-bulletins'],
  ['content/products/*/index.md', 'kc-products'],
  ['content/tv/*.yaml', 'kc-tv'],
  ['content/events/*.yaml', 'kc-events'],
  ['content/progress/*.yaml', 'kc-progress'],
  ['content/policies/*.yaml', 'kc-policies'],
  ['content/site.yaml', 'kc-site'],
  ['content/don-vi-hanh-chinh.yaml', 'kc-units'],
];

describe('files written by the web editor', () => {
  it('every content file read and saved unchanged is the same file, byte for byte', () => {
    const changed: string[] = [];
    let count = 0;
    for (const [pattern, format] of FILES) {
      for (const file of globSync(pattern)) {
        count++;
        const text = readFileSync(file, 'utf8');
        if (writeEntry(readEntry(text, layouts[format]!), layouts[format]!) !== text) changed.push(file);
      }
    }
    expect(count).toBeGreaterThan(10);
    expect(changed).toEqual([]);
  });

  it('a new bulletin issue: quoted date, NFC text, "./" cover, no empty values; the build accepts it', () => {
    const text = writeEntry(
      {
        title: 'Hội chợ hàng thủ công'.normalize('NFD'),
        number: 9,
        date: '2025-11-20',
        updated: '',
        summary: 'Tin thử: hội chợ tại Biên Hòa, nội dung minh họa.',
        cover: { image: 'anh-hoi-cho.webp', alt: 'Gian hàng gốm' },
        tags: [],
        sample: true,
        source: '',
        draft: false,
        body: 'Hội chợ có 40 gian hàng.',
      },
      layouts['kc-bulletins']!,
    );
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain('date: "2025-11-20"\n');
    expect(text).toContain('  image: ./anh-hoi-cho.webp\n');
    expect(text).not.toMatch(/^(updated|source):/m);
    // Into a copy of the content folder, with its cover: the build's own checks pass.
    const dir = tempDir('kc-editor-files-');
    cpSync('content', dir, { recursive: true });
    mkdirSync(path.join(dir, 'bulletins/2025'), { recursive: true });
    writeFileSync(path.join(dir, 'bulletins/2025/hoi-cho-hang-thu-cong.md'), text);
    cpSync(globSync('content/bulletins/*/*.webp')[0]!, path.join(dir, 'bulletins/2025/anh-hoi-cho.webp'));
    const problems = checkCollection(dir, 'bulletins').map((e) => e.message);
    // The number may be taken by a real issue of that year: only that may be reported.
    expect(problems.filter((m) => !/số 9|trùng/.test(m))).toEqual([]);
  });

  it('a unit added in the editor (with its first day): the file keeps its comments, the date is quoted, and the build accepts a product of 2026 in it', () => {
    const text = readFileSync('content/don-vi-hanh-chinh.yaml', 'utf8');
    const entry = readEntry(text, layouts['kc-units']!) as { units: { name: string; from?: string }[]; [SOURCE_KEY]: string };
    const out = writeEntry({ ...entry, units: [...entry.units, { name: 'Xã Thử Biên Tập', from: '2025-07-01' }] }, layouts['kc-units']!);
    expect(out).toContain('  - name: Xã Thử Biên Tập\n    from: "2025-07-01"\n');
    // Every comment line of the file is still there.
    for (const line of text.split('\n').filter((l) => /^\s*#/.test(l))) expect(out).toContain(line);
    const dir = tempDir('kc-editor-files-');
    cpSync('content', dir, { recursive: true });
    writeFileSync(path.join(dir, 'don-vi-hanh-chinh.yaml'), out);
    const product = globSync(path.join(dir, 'products/*/index.md'))[0]!;
    writeFileSync(product, readFileSync(product, 'utf8').replace(/^  district: .*$/m, '  district: "Xã Thử Biên Tập"').replace(/^(\s+year:) \d+$/gm, '$1 2026'));
    expect([...checkCollection(dir, 'units'), ...checkCollection(dir, 'products')].map((e) => e.message)).toEqual([]);
  });

  it("an edit of one feature's summary in a TV schedule changes that item's lines only", () => {
    const file = globSync('content/tv/*.yaml')[0]!;
    const text = readFileSync(file, 'utf8');
    const entry = readEntry(text, layouts['kc-tv']!) as { features: { summary: string }[]; [SOURCE_KEY]: string };
    const features = entry.features.map((f, i) => (i === 0 ? { ...f, summary: 'Giới thiệu mới của chuyên đề.' } : f));
    const out = writeEntry({ ...entry, features }, layouts['kc-tv']!);
    const before = text.split('\n');
    const after = out.split('\n');
    const removed = before.filter((l) => !after.includes(l));
    const added = after.filter((l) => !before.includes(l));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^\s+summary: "?Giới thiệu mới của chuyên đề\."?$/);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/summary:/);
  });

  it('times are quoted, whole numbers stay numbers, text that looks like a number or a date stays text', () => {
    const out = writeEntry(
      { year: 2030, channels: [{ name: 'Kênh 1' }], features: [{ title: '2024', date: '2030-01-10', time: '20:00', duration: 30, channel: 'Kênh 1', summary: '1.600' }] },
      layouts['kc-tv']!,
    );
    expect(out).toContain('time: "20:00"');
    expect(out).toContain('duration: 30\n');
    expect(out).toContain('title: "2024"');
    expect(out).toContain('summary: "1.600"');
    expect(out).toContain('date: "2030-01-10"');
  });
});

describe('whole numbers in the editor', () => {
  it('refuses "1.600" and "2,5" with the digits to write, and keeps 1600', () => {
    expect(wholeNumberProblem(wholeNumberValue('1.600'))).toBe('"1.600": viết số liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn: 1600');
    expect(wholeNumberProblem(wholeNumberValue('2,5'))).toMatch(/không phải một số nguyên/);
    expect(wholeNumberValue(' 1600 ')).toBe(1600);
    expect(wholeNumberProblem(1600)).toBeNull();
    expect(wholeNumberProblem(0, { min: 1 })).toBe('cần một số từ 1 trở lên');
    expect(wholeNumberProblem('')).toBeNull();
  });
});

describe('labels from schema comments', () => {
  it('label before the first separator, details as the hint, file syntax left out', () => {
    expect(labelAndHint('ngày phát hành, trong ngoặc kép: "2024-12-05"', { dateOrTime: 'date' })).toEqual({ label: 'Ngày phát hành' });
    expect(labelAndHint('tóm tắt: hai, ba câu cho danh sách, trang chủ và RSS')).toEqual({ label: 'Tóm tắt', hint: 'Hai, ba câu cho danh sách, trang chủ và RSS' });
    expect(labelAndHint('true nếu là bộ sản phẩm', { yesNo: true })).toEqual({ label: 'Bộ sản phẩm' });
    expect(labelAndHint('cấp công nhận: huyen, tinh, khu-vuc hoặc quoc-gia', { options: ['huyen', 'tinh', 'khu-vuc', 'quoc-gia'] })).toEqual({ label: 'Cấp công nhận' });
  });
});

describe("the editor's Vietnamese words", () => {
  it("every string of Decap CMS's English interface has a Vietnamese one", async () => {
    const require = createRequire(import.meta.url);
    const load = async (locale: string) => ((await import(require.resolve(`decap-cms-locales/dist/esm/${locale}/index.js`))) as { default: Phrases }).default;
    const [en, vi] = [await load('en'), await load('vi')];
    const merged = mergePhrases(vi, VI_ADDITIONS);
    const missing: string[] = [];
    const walk = (e: Phrases, v: Phrases | undefined, prefix: string) => {
      for (const [key, value] of Object.entries(e)) {
        if (typeof value === 'object') walk(value, v?.[key] as Phrases | undefined, `${prefix}${key}.`);
        else if (typeof v?.[key] !== 'string') missing.push(prefix + key);
      }
    };
    walk(en, merged, '');
    expect(missing).toEqual([]);
    // The site says "xuất bản" (publish), as the staff guide does.
    expect(JSON.stringify((merged['editor'] as Phrases)['editorToolbar'])).toContain('Xuất bản ngay');
  });
});
