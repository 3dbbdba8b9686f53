// Reading content files (src/loaders/parse.ts, read.ts, image-refs.ts): where each
// field is written, what a YAML mistake means for someone who does not know YAML,
// numbers written with thousands dots, NFC, and the pictures a Markdown body shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { duplicateProducts } from '../../src/features/catalogue/checks.ts';
import { ContentError, formatContentError } from '../../src/lib/content-errors.ts';
import { bodyImages, imageRefProblem, safeImageName } from '../../src/loaders/image-refs.ts';
import { parseYamlDocument, YamlSyntaxError } from '../../src/loaders/parse.ts';
import { nfcDeep, readContentFile } from '../../src/loaders/read.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'kc-unit-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const saved = (name: string, text: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

/** The YamlSyntaxError that parsing `text` throws. */
function syntaxError(text: string, firstLine = 1): YamlSyntaxError {
  try {
    parseYamlDocument(text, firstLine);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('where each field is written', () => {
  const text = 'year: 2024\nreports:\n  - target: a\n    value: 7\n  - { target: b, value: 1.600 }\nproducer:\n  name: x\n';
  const doc = parseYamlDocument(text, 2);

  test('lines are counted in the file (here the YAML starts on its second line)', () => {
    expect(doc.lineOf('year')).toBe(2);
    expect(doc.lineOf('reports.0.value')).toBe(5);
    expect(doc.lineOf('reports.1.value')).toBe(6);
    expect(doc.lineOf('producer.name')).toBe(8);
  });

  test('a field that is not written points at its nearest written parent; an unknown top field at nothing', () => {
    expect(doc.lineOf('producer.kind')).toBe(7);
    expect(doc.lineOf('title')).toBeUndefined();
  });

  test('numbers keep the text they were written with', () => {
    expect(doc.numbers).toContainEqual({ field: 'reports.1.value', raw: '1.600', value: 1.6, line: 6 });
  });
});

describe('YAML mistakes, explained', () => {
  test.each([
    { mistake: 'a tab used for indentation', text: 'a:\n\tb: 1\n', line: 2, expected: /thụt lề bằng phím Tab; tệp YAML chỉ được thụt lề bằng dấu cách/ },
    { mistake: 'a value with a colon, not quoted', text: 'title: Máy mới: cho xưởng nhỏ\n', line: 1, expected: /^giá trị của trường "title" có dấu hai chấm.*title: "Máy mới: cho xưởng nhỏ"/ },
    { mistake: 'a line indented too far', text: 'a: 1\n  b: 2\n', line: 2, expected: /thụt lề không khớp với các dòng cùng cấp/ },
    { mistake: 'a field written twice', text: 'a: 1\nb: 2\na: 3\n', line: 3, expected: /^trường "a" đã ghi ở một dòng phía trên/ },
    { mistake: 'a quote left open', text: 'a: "x\nb: 2\nc:\n  d: "y"\n', line: 1, expected: /dấu ngoặc kép mở ở dòng này chưa được đóng/ },
    { mistake: 'a list in brackets not closed', text: 'tags: [a, b\nc: 1\n', line: 2, expected: /danh sách trong ngoặc vuông/ },
  ])('$mistake: line $line', ({ text, line, expected }) => {
    const error = syntaxError(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(expected);
    // Every explanation shows the line as written.
    expect(error.message).toContain(`(dòng đó là: ${JSON.stringify(text.split('\n')[line - 1])})`);
  });

  test('the line is counted from where the YAML starts in the file', () => {
    expect(syntaxError('a:\n\tb: 1\n', 2).line).toBe(3);
  });
});

describe('reading a file', () => {
  test('a file in decomposed Unicode is read as NFC', () => {
    const nfd = 'name: Giỏ mây\nproducer:\n  district: Huyện Định Quán\n'.normalize('NFD');
    const read = readContentFile(saved('nfd.yaml', nfd));
    expect(read.data).toEqual({ name: 'Giỏ mây', producer: { district: 'Huyện Định Quán' } });
  });

  test('nfcDeep makes every string of data NFC, keys too, and leaves other values', () => {
    const d = new Date(0);
    expect(nfcDeep({ ['Đ'.normalize('NFD')]: ['ệ'.normalize('NFD'), 1, true, null, d] })).toEqual({ Đ: ['ệ', 1, true, null, d] });
  });

  test('a number with thousands dots is named with its line and the digits to write', () => {
    const read = readContentFile(saved('so.yaml', 'year: 2024\nvalue: 2.500.000\ncopies: 1.600\nshare: 2.5\n'));
    expect(read.problems).toEqual([{ field: 'copies', line: 3, message: expect.stringMatching(/^"1\.600" được máy đọc thành 1,6\..*: 1600$/) }]);
  });

  test.each([
    ['empty.yaml', ''],
    ['comments.yaml', '# chỉ có ghi chú\n\n'],
  ])('%s: a ContentError saying the file is empty', (name, text) => {
    expect(() => readContentFile(saved(name, text))).toThrow(ContentError);
    expect(() => readContentFile(saved(name, text))).toThrow(/tệp trống/);
  });

  test('front matter: a mistake is reported at its line in the file, not in the front matter', () => {
    const file = saved('tin.md', '---\ntitle: Tin\nsummary: Tóm tắt: hai ý\n---\n\nNội dung.\n');
    try {
      readContentFile(file);
      expect.unreachable();
    } catch (error) {
      expect((error as ContentError).problems).toEqual([{ field: '', line: 3, message: expect.stringContaining('summary: "Tóm tắt: hai ý"') }]);
      expect((error as ContentError).message).toContain('  - dòng 3: giá trị của trường "summary"');
    }
  });
});

describe('messages with lines', () => {
  test('a field with its line, and a line without a field', () => {
    const text = formatContentError('content/tv/2024.yaml', [
      { field: 'features.0.time', line: 20, message: 'x' },
      { field: '', line: 4, message: 'y' },
      { field: 'year', message: 'z' },
    ]);
    expect(text.split('\n').slice(1, 4)).toEqual(['  - trường "features.0.time" (dòng 20): x', '  - dòng 4: y', '  - trường "year": z']);
  });
});

describe('pictures', () => {
  test.each([
    ['Ảnh sản phẩm 1.webp', 'anh-san-pham-1.webp'],
    ['IMG_2041.JPG', 'img-2041.jpg'],
    ['Đèn tre  (2).PNG', 'den-tre-2.png'],
  ])('"%s" should be named "%s"', (name, safe) => {
    expect(safeImageName(name)).toBe(safe);
  });

  test('the pictures of a Markdown body, with their lines; code is not a picture', () => {
    const body = [
      'Đoạn mở đầu.',
      '',
      '![Ảnh một](./mot.webp)',
      '',
      '```md',
      '![ví dụ](./trong-code.webp)',
      '```',
      'Chữ `![không](./inline.webp)` trong code.',
      '![Ảnh hai](<./hai ba.jpg> "tiêu đề")',
      '![Ảnh bốn][bon]',
      '',
      '[bon]: ./bon%20nam.png',
    ].join('\n');
    expect(bodyImages(body)).toEqual([
      { ref: './mot.webp', line: 3 },
      { ref: './hai ba.jpg', line: 9 },
      { ref: './bon nam.png', line: 12 },
    ]);
  });

  test('a picture inside the content folder, named safely, that exists: no problem', () => {
    const content = path.join(dir, 'content');
    const file = path.join(content, 'products', 'a', 'index.md');
    expect(imageRefProblem('../../../x.png', file, content, 'missing')).toMatch(/đi ra ngoài thư mục nội dung/);
    expect(imageRefProblem('./khong-co.webp', file, content, 'missing')).toBe('missing');
    expect(imageRefProblem('./anh.gif', file, content, 'missing')).toMatch(/không phải loại ảnh trang đăng được/);
    expect(imageRefProblem('./Thư mục/anh.webp', file, content, 'missing')).toMatch(/tên thư mục "Thư mục".*"\.\/thu-muc\/anh\.webp"/);
  });
});

describe('one product in two folders', () => {
  test('same name and producer after NFC, case and spaces: each file names both folders', () => {
    const found = duplicateProducts([
      { file: 'a/index.md', folder: 'a', name: 'Giỏ mây', producer: 'Cơ sở A' },
      { file: 'b/index.md', folder: 'b', name: 'GIỎ  MÂY'.normalize('NFD'), producer: 'cơ sở a ' },
      { file: 'c/index.md', folder: 'c', name: 'Giỏ mây', producer: 'Cơ sở B' },
    ]);
    expect(found.map((f) => f.file)).toEqual(['a/index.md', 'b/index.md']);
    for (const f of found) expect(f.problems[0]!.message).toContain('có ở 2 thư mục: content/products/a/ và content/products/b/');
  });
});
