// What staff type that must not break the site or change its meaning, checked
// in copies of content/ the way the build checks them (checkContentFolder: the
// build's loader runs the very same reading and checks first, see
// publishing.test.ts for real builds):
// - files that do not parse (a tab, indentation, a title with a colon, an
//   unclosed front matter) or are empty: named with the line, in Vietnamese;
// - pictures: missing from a body, named with Vietnamese letters or spaces,
//   outside the content folder (a path, an absolute path, a symbolic link), remote;
// - numbers: thousands dots (1.600 is read as 1,6), counts that are not whole,
//   a figure far above its target, spending above its budget line;
// - real entries without a source; text in decomposed Unicode; one product in two folders.
import { copyFileSync, cpSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ContentError } from '../../src/lib/content-errors.ts';
import { readPlanFacts } from '../../src/loaders/plan-facts.ts';
import type { EventYear } from '../../src/schemas/events.ts';
import type { Schedule } from '../../src/schemas/tv.ts';
import { contentFixture, expectNamed, mistakesIn, tempDir, type Fixture } from '../support/content-fixture.ts';
import { drawnPicture, writeBulletin, writeProduct } from '../support/own-content.ts';

const TV = 'tv/2024.yaml';
const EVENTS = 'events/2024.yaml';
const PLAN = 'plans/2024.md';
const PROGRESS = 'progress/2024.yaml';
// The tests' own product and bulletins (tests/support/own-content.ts), written into every fixture.
const FOLDER = 'san-pham-thu';
const PRODUCT = `products/${FOLDER}/index.md`;
const PHOTO = `products/${FOLDER}/anh-thu.webp`;
const BULLETIN = 'bulletins/2024/ban-tin-thu.md';
const MDX = 'bulletins/2024/ban-tin-thu-mdx.mdx';
const PICTURE = await drawnPicture();

/** A copy of content/ with the tests' own entries, prepared by `prepare`, and the mistakes the build would stop on. */
function checkWith(prepare: (f: Fixture) => void): { fixture: Fixture; errors: ContentError[] } {
  const fixture = contentFixture();
  writeProduct(fixture, FOLDER, PICTURE);
  writeBulletin(fixture, 'ban-tin-thu.md');
  writeBulletin(fixture, 'ban-tin-thu-mdx.mdx');
  prepare(fixture);
  return { fixture, errors: mistakesIn(fixture) };
}

/** The 1-based line of `file` (in the fixture) that `test` picks. */
function lineWhere(fixture: Fixture, file: string, pick: (line: string) => boolean): number {
  const index = readFileSync(fixture.file(file), 'utf8').split('\n').findIndex(pick);
  expect(index, `no such line in ${file}`).toBeGreaterThan(-1);
  return index + 1;
}

/** The only error, for `file`, and its one problem. */
function onlyProblem(errors: readonly ContentError[], file: string) {
  expect(errors.map((e) => e.file)).toEqual([file]);
  expect(errors[0]!.problems).toHaveLength(1);
  return errors[0]!.problems[0]!;
}

describe('files that do not parse, or are empty: the file, the line and what to do, in Vietnamese', () => {
  test('control: the unchanged content has no mistake', () => {
    expect(checkWith(() => {}).errors.map((e) => e.message)).toEqual([]);
  });

  test('a tab used for indentation (YAML file)', () => {
    const { fixture, errors } = checkWith((f) => f.edit(TV, (t) => t.replace(/\n {4}title: /, '\n\ttitle: ')));
    const problem = onlyProblem(errors, fixture.file(TV));
    expect(problem.line).toBe(lineWhere(fixture, TV, (l) => l.startsWith('\ttitle: ')));
    expect(problem.message).toMatch(/^dòng này thụt lề bằng phím Tab; tệp YAML chỉ được thụt lề bằng dấu cách/);
    expect(errors[0]!.message).toContain(`  - dòng ${problem.line}: dòng này thụt lề bằng phím Tab`);
  });

  test('a line indented one space too far (YAML file)', () => {
    const { fixture, errors } = checkWith((f) => f.edit(EVENTS, (t) => t.replace(/\n {4}kind: /, '\n     kind: ')));
    const problem = onlyProblem(errors, fixture.file(EVENTS));
    expect(problem.line).toBe(lineWhere(fixture, EVENTS, (l) => l.startsWith('     kind: ')));
    expect(problem.message).toMatch(/thụt lề không khớp với các dòng cùng cấp/);
  });

  test('a title with a colon, not in quotes (YAML file): asks to quote it, showing how', () => {
    const { fixture, errors } = checkWith((f) => f.edit(TV, (t) => t.replace(/\n {4}title: .*\n/, '\n    title: Máy mới: cho xưởng nhỏ\n')));
    const problem = onlyProblem(errors, fixture.file(TV));
    expect(problem.line).toBe(lineWhere(fixture, TV, (l) => l === '    title: Máy mới: cho xưởng nhỏ'));
    expect(problem.message).toContain('giá trị của trường "title" có dấu hai chấm (": ")');
    expect(problem.message).toContain('title: "Máy mới: cho xưởng nhỏ"');
  });

  test('a colon in a Markdown file\'s front matter: the line is counted in the file (after its "---" line)', () => {
    const { fixture, errors } = checkWith((f) => f.edit(PRODUCT, (t) => t.replace(/^summary: .*$/m, 'summary: Giỏ mây: đan tay')));
    const problem = onlyProblem(errors, fixture.file(PRODUCT));
    expect(problem.line).toBe(lineWhere(fixture, PRODUCT, (l) => l === 'summary: Giỏ mây: đan tay'));
    expect(problem.message).toContain('summary: "Giỏ mây: đan tay"');
  });

  test('a quote opened and not closed: the line that opened it', () => {
    const { fixture, errors } = checkWith((f) => f.edit(PRODUCT, (t) => t.replace(/^name: "(.*)"$/m, 'name: "$1')));
    const problem = onlyProblem(errors, fixture.file(PRODUCT));
    expect(problem.line).toBe(lineWhere(fixture, PRODUCT, (l) => l.startsWith('name: "')));
    expect(problem.message).toMatch(/dấu ngoặc kép mở ở dòng này chưa được đóng/);
  });

  test('a front matter whose closing "---" was deleted', () => {
    const { fixture, errors } = checkWith((f) => f.edit(BULLETIN, (t) => t.replace(/\n---\n/, '\n\n')));
    const problem = onlyProblem(errors, fixture.file(BULLETIN));
    expect(problem.line).toBe(1);
    expect(problem.message).toMatch(/không có dòng "---" đóng lại/);
  });

  test.each([
    ['an empty file', ''],
    ['a file with comments only', '# lịch năm 2030, chưa có sự kiện\n'],
  ])('%s (YAML): named as empty, not "Cannot read properties of undefined"', (_, text) => {
    const { fixture, errors } = checkWith((f) => f.write('events/2030.yaml', text));
    expectNamed(errors, fixture.file('events/2030.yaml'), '(toàn bộ tệp)', /tệp trống \(hoặc chỉ có dòng ghi chú bắt đầu bằng #\)/);
  });

  test('a YAML file that is a list, not fields', () => {
    const { fixture, errors } = checkWith((f) => f.write('events/2030.yaml', '- hội chợ\n- hội thảo\n'));
    expectNamed(errors, fixture.file('events/2030.yaml'), '(toàn bộ tệp)', /cần các dòng dạng "tên trường: giá trị"/);
  });

  test('a field written in the wrong place is named with its line', () => {
    const { fixture, errors } = checkWith((f) => f.edit(PRODUCT, (t) => t.replace(/^group: thu-cong-my-nghe$/m, 'group: thu-cong')));
    const problem = onlyProblem(errors, fixture.file(PRODUCT));
    expect(problem).toMatchObject({ field: 'group', line: lineWhere(fixture, PRODUCT, (l) => l === 'group: thu-cong') });
  });
});

describe('pictures: inside the content folder, with names the site can serve', () => {
  const bodyPicture = (ref: string) => (t: string) => `${t}\n![Ảnh thử](${ref})\n`;

  test.each([
    { mistake: 'in a Markdown body', file: BULLETIN },
    { mistake: 'in an MDX body', file: MDX },
  ])('a picture missing $mistake: the body line and the picture are named', ({ file }) => {
    const { fixture, errors } = checkWith((f) => f.edit(file, bodyPicture('./khong-co.webp')));
    const line = lineWhere(fixture, file, (l) => l === '![Ảnh thử](./khong-co.webp)');
    expectNamed(errors, fixture.file(file), `(nội dung, dòng ${line})`, /không có tệp ảnh "\.\/khong-co\.webp"/);
  });

  test('a picture shown as code in a body is not a picture', () => {
    const { errors } = checkWith((f) => f.edit(BULLETIN, (t) => `${t}\n\`\`\`\n![ví dụ](./khong-co.webp)\n\`\`\`\n`));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  test.each([
    { name: 'Ảnh sản phẩm 1.webp', safe: 'anh-san-pham-1.webp' },
    { name: 'IMG_2041.JPG', safe: 'img-2041.jpg' },
  ])('a photo named "$name" is refused, saying exactly how to rename it', ({ name, safe }) => {
    const { fixture, errors } = checkWith((f) => {
      copyFileSync(f.file(PHOTO), path.join(path.dirname(f.file(PHOTO)), name));
      f.edit(PRODUCT, (t) => t.replace('src: ./anh-thu.webp', `src: "./${name}"`));
    });
    expectNamed(errors, fixture.file(PRODUCT), 'photos.0.src', new RegExp(`tên tệp ảnh "${name.replace('.', '\\.')}" có dấu, chữ hoa, khoảng trắng`));
    expect(errors[0]!.problems[0]!.message).toContain(`đổi tên tệp thành "${safe}" và sửa đường dẫn ở đây thành "./${safe}"`);
  });

  test('control: the photo renamed as asked is accepted', () => {
    const { errors } = checkWith((f) => {
      renameSync(f.file(PHOTO), path.join(path.dirname(f.file(PHOTO)), 'anh-san-pham-1.webp'));
      f.edit(PRODUCT, (t) => t.replace('src: ./anh-thu.webp', 'src: ./anh-san-pham-1.webp'));
    });
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  test('a picture in a bulletin\'s body named with Vietnamese letters: the same advice', () => {
    const { fixture, errors } = checkWith((f) => {
      writeFileSync(f.file('bulletins/2024/Lớp học.webp'), PICTURE);
      f.edit(BULLETIN, bodyPicture('./Lớp%20học.webp'));
    });
    const line = lineWhere(fixture, BULLETIN, (l) => l.startsWith('![Ảnh thử]'));
    expectNamed(errors, fixture.file(BULLETIN), `(nội dung, dòng ${line})`, /tên tệp ảnh "Lớp học\.webp".*đổi tên tệp thành "lop-hoc\.webp"/);
  });

  test.each([
    { mistake: 'a path that leaves the content folder', ref: '../../../x.png', expected: /đường dẫn "\.\.\/\.\.\/\.\.\/x\.png" đi ra ngoài thư mục nội dung/ },
    { mistake: 'an absolute path', ref: '/etc/x.png', expected: /"\/etc\/x\.png" là đường dẫn tuyệt đối \(bắt đầu bằng "\/"/ },
    { mistake: 'a Windows path', ref: 'C:\\Users\\a\\x.png', expected: /"C:\\Users\\a\\x\.png" là đường dẫn tuyệt đối/ },
    { mistake: 'a picture from another site', ref: 'https://example.org/x.png', expected: /lấy từ một trang khác/ },
  ])('$mistake, as a product photo: refused, naming file and field', ({ ref, expected }) => {
    const { fixture, errors } = checkWith((f) => f.edit(PRODUCT, (t) => t.replace('src: ./anh-thu.webp', `src: ${JSON.stringify(ref)}`)));
    expectNamed(errors, fixture.file(PRODUCT), 'photos.0.src', expected);
  });

  test('a path that leaves the content folder, as a bulletin cover and in a body', () => {
    const { fixture, errors } = checkWith((f) =>
      f.edit(BULLETIN, (t) => bodyPicture('../../../x.png')(t.replace('sample: true\n', 'sample: true\ncover:\n  image: ../../../x.png\n  alt: Ảnh bìa\n'))),
    );
    expectNamed(errors, fixture.file(BULLETIN), 'cover.image', /đi ra ngoài thư mục nội dung/);
    const line = lineWhere(fixture, BULLETIN, (l) => l.startsWith('![Ảnh thử]'));
    expectNamed(errors, fixture.file(BULLETIN), `(nội dung, dòng ${line})`, /đi ra ngoài thư mục nội dung/);
  });

  test('a photo that is a symbolic link to a file outside the content folder', () => {
    const outside = path.join(tempDir('kc-outside-'), 'anh.webp');
    const { fixture, errors } = checkWith((f) => {
      copyFileSync(f.file(PHOTO), outside);
      symlinkSync(outside, path.join(path.dirname(f.file(PHOTO)), 'anh-lien-ket.webp'));
      f.edit(PRODUCT, (t) => t.replace('src: ./anh-thu.webp', 'src: ./anh-lien-ket.webp'));
    });
    expectNamed(errors, fixture.file(PRODUCT), 'photos.0.src', new RegExp(`là một liên kết \\(symlink\\) tới ${outside.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, nằm ngoài thư mục nội dung`));
  });

  test('a content file that is a symbolic link to a file outside the content folder', () => {
    const outside = path.join(tempDir('kc-outside-'), 'index.md');
    const { fixture, errors } = checkWith((f) => {
      const dir = path.join(f.dir, 'products', 'san-pham-lien-ket');
      mkdirSync(dir);
      copyFileSync(f.file(PRODUCT), outside);
      symlinkSync(outside, path.join(dir, 'index.md'));
    });
    expectNamed(errors, fixture.file('products/san-pham-lien-ket/index.md'), '(tệp)', /nằm ngoài thư mục nội dung/);
  });

  test('control: a symbolic link to a picture inside the content folder is accepted', () => {
    const { errors } = checkWith((f) => {
      mkdirSync(f.file('_anh-chung'));
      writeFileSync(f.file('_anh-chung/anh.webp'), PICTURE);
      symlinkSync('../../_anh-chung/anh.webp', path.join(path.dirname(f.file(PHOTO)), 'anh-lien-ket.webp'));
      f.edit(PRODUCT, (t) => t.replace('src: ./anh-thu.webp', 'src: ./anh-lien-ket.webp'));
    });
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('numbers mean what staff meant', () => {
  /** The plan's targets and budget sources, from the fixture's plan file. */
  const planOf = (f: Fixture) => readPlanFacts(f.dir, 2024)!;
  const report = (target: string, value: number | string, note?: string) =>
    `  - target: ${target}\n    value: ${value}\n    date: "2024-12-31"\n    source: Báo cáo số 12/BC-KCTV ngày 31/12/2024\n${note ? `    note: ${note}\n` : ''}`;
  const spending = (source: string, amount: number | string, note?: string) =>
    `  - budgetSource: ${source}\n    amount: ${amount}\n    date: "2024-12-31"\n    source: Báo cáo số 12/BC-KCTV ngày 31/12/2024\n${note ? `    note: ${note}\n` : ''}`;
  const progress = (reports: string[], spent: string[] = []) =>
    `year: 2024\nreports:${reports.length ? `\n${reports.join('')}` : ' []\n'}spending:${spent.length ? `\n${spent.join('')}` : ' []\n'}`;

  test('a target written with a thousands dot (quantity: 1.600): refused, with the digits to write', () => {
    const { fixture, errors } = checkWith((f) => f.edit(PLAN, (t) => t.replace(/^( {4}quantity: )(\d+)$/m, '$11.600')));
    const problem = onlyProblem(errors, fixture.file(PLAN));
    expect(problem.line).toBe(lineWhere(fixture, PLAN, (l) => l === '    quantity: 1.600'));
    expect(problem.message).toBe('"1.600" được máy đọc thành 1,6. Trong tệp, dấu chấm là dấu thập phân, không phải dấu ngăn cách hàng nghìn như khi viết tay: viết số liền, không có dấu chấm: 1600');
  });

  test.each([
    { written: '1.600', expected: /"1\.600" được máy đọc thành 1,6\..*viết số liền, không có dấu chấm: 1600/ },
    { written: '2.500.000', expected: /cần một số, nhưng đang là chữ \(văn bản\) \("2\.500\.000"\); viết liền, không dấu chấm, không ngoặc kép: 2500000/ },
    { written: '2.5', expected: /cần một số nguyên \(số đếm hoặc số tiền\), nhưng máy đọc được 2,5\..*dấu chấm là dấu thập phân/ },
    { written: '"1600"', expected: /cần một số, nhưng đang là chữ/ },
  ])('a reported figure written $written: refused', ({ written, expected }) => {
    const { fixture, errors } = checkWith((f) => f.write(PROGRESS, progress([report(planOf(f).targets[1]!, written)])));
    expectNamed(errors, fixture.file(PROGRESS), 'reports.0.value', expected);
  });

  test('an amount of money written with thousands dots: refused, with the digits', () => {
    const { fixture, errors } = checkWith((f) => f.write(PROGRESS, progress([], [spending(planOf(f).budgetSources[0]!, '1.200.000.000')])));
    expectNamed(errors, fixture.file(PROGRESS), 'spending.0.amount', /viết liền, không dấu chấm, không ngoặc kép: 1200000000/);
  });

  test('a figure more than twice its target\'s upper end is refused unless a note explains it', () => {
    let target = '';
    let upper = 0;
    const { fixture, errors } = checkWith((f) => {
      const plan = planOf(f);
      [target, { upper }] = Object.entries(plan.targetLimits!).find(([, l]) => l.upper > 0)! as [string, { upper: number }];
      f.write(PROGRESS, progress([report(target, 2 * upper + 1), report(target, 2 * upper + 1, 'Vượt do địa phương bổ sung kinh phí')]));
    });
    const problem = onlyProblem(errors, fixture.file(PROGRESS));
    expect(problem.field).toBe('reports.0.value');
    expect(problem.message).toMatch(/gấp hơn 2 lần chỉ tiêu của kế hoạch.*nhiều khả năng là gõ nhầm.*thêm "note:" giải thích/);
    expect(problem.message).toContain(`(${new Intl.NumberFormat('vi-VN').format(upper)} `);
    expect(target).not.toBe('');
  });

  test('control: a figure at twice its target passes', () => {
    const { errors } = checkWith((f) => {
      const [target, { upper }] = Object.entries(planOf(f).targetLimits!)[0]!;
      f.write(PROGRESS, progress([report(target, 2 * upper)]));
    });
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  test('spending above the plan\'s budget line is refused unless a note explains it', () => {
    const { fixture, errors } = checkWith((f) => {
      const [source, amount] = Object.entries(planOf(f).budgetAmounts!)[0]!;
      f.write(PROGRESS, progress([], [spending(source, amount + 1), spending(source, amount + 1, 'Bổ sung theo quyết định số …'), spending(source, amount)]));
    });
    const problem = onlyProblem(errors, fixture.file(PROGRESS));
    expect(problem.field).toBe('spending.0.amount');
    expect(problem.message).toMatch(/vượt kinh phí kế hoạch của nguồn/);
  });
});

describe('real entries need a source; illustrative ones say so', () => {
  /** The field of the first illustrative row of a year file: the row whose "sample: true" comes first in the file. */
  const firstSample = (f: Fixture, file: string, list: 'events' | 'features') => {
    const rows = f.data<EventYear & Schedule>(file)[list] as { sample?: boolean }[];
    const i = rows.findIndex((r) => r.sample);
    expect(i, `${file} has no illustrative row to test with`).toBeGreaterThan(-1);
    return `${list}.${i}.source`;
  };

  test.each([
    { kind: 'a product', file: PRODUCT, field: () => 'source', expected: /sản phẩm thật \(không ghi "sample: true"\) cần địa chỉ nguồn công khai \("source"\)/ },
    { kind: 'a published bulletin', file: BULLETIN, field: () => 'source', expected: /bản tin thật \(không ghi "sample: true"\) cần địa chỉ nguồn công khai \("source"\)/ },
    { kind: 'an event', file: EVENTS, field: (f: Fixture) => firstSample(f, EVENTS, 'events'), expected: /sự kiện thật cần địa chỉ nguồn công khai \("source"\)/ },
    { kind: 'a TV feature', file: TV, field: (f: Fixture) => firstSample(f, TV, 'features'), expected: /chuyên đề thật cần địa chỉ nguồn công khai \("source"\)/ },
  ])('$kind switched to sample: false without a source is refused, naming the source field', ({ file, field, expected }) => {
    let name = '';
    const { fixture, errors } = checkWith((f) => {
      name = field(f);
      f.edit(file, (t) => t.replace(/^( *)sample: true$/m, '$1sample: false'));
    });
    expectNamed(errors, fixture.file(file), name, expected);
  });

  test('a reported figure without a source is refused, naming the source field', () => {
    const { fixture, errors } = checkWith((f) => f.write(PROGRESS, `year: 2024\nreports:\n  - target: ${readPlanFacts(f.dir, 2024)!.targets[0]}\n    value: 1\n    date: "2024-12-31"\nspending: []\n`));
    expectNamed(errors, fixture.file(PROGRESS), 'reports.0.source', /số liệu cần nguồn \("source"\)/);
  });

  test('control: a draft bulletin may wait for its source', () => {
    const { errors } = checkWith((f) => f.edit(BULLETIN, (t) => t.replace(/^sample: true$/m, 'sample: false\ndraft: true')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('text in decomposed Unicode (NFD), as some Windows and macOS tools save it', () => {
  test('a product typed in NFD (its district too) is read as NFC and accepted', () => {
    const { fixture, errors } = checkWith((f) => f.edit(PRODUCT, (t) => t.normalize('NFD')));
    expect(errors.map((e) => e.message)).toEqual([]);
    const data = fixture.data<{ name: string; producer: { district: string } }>(PRODUCT);
    expect(data.producer.district).toBe(data.producer.district.normalize('NFC'));
    expect(data.name).toBe(data.name.normalize('NFC'));
  });

  test('a plan typed in NFD still agrees with its own text (amounts, stated phrases)', () => {
    const { errors } = checkWith((f) => f.edit(PLAN, (t) => t.normalize('NFD')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});

describe('one product in two folders', () => {
  test('the same name and producer (after NFC, case and spaces) in two folders: both files named, each naming both folders', () => {
    const copy = `products/${FOLDER}-ban-2/index.md`;
    const { fixture, errors } = checkWith((f) => {
      cpSync(path.dirname(f.file(PRODUCT)), path.dirname(f.file(copy)), { recursive: true });
      // Typed again, a little differently: decomposed, another case, a double space.
      f.edit(copy, (t) => t.replace(/^name: "(.*)"$/m, (_, name: string) => `name: "${name.toLocaleUpperCase('vi').replace(' ', '  ').normalize('NFD')}"`));
    });
    expect(errors.map((e) => e.file).sort()).toEqual([fixture.file(PRODUCT), fixture.file(copy)].sort());
    for (const file of [PRODUCT, copy]) {
      expectNamed(errors, fixture.file(file), 'name', new RegExp(`có ở 2 thư mục: content/products/${FOLDER}/ và content/products/${FOLDER}-ban-2/`));
    }
  });

  test('control: the same name from another producer is another product', () => {
    const copy = `products/${FOLDER}-ban-2/index.md`;
    const { errors } = checkWith((f) => {
      cpSync(path.dirname(f.file(PRODUCT)), path.dirname(f.file(copy)), { recursive: true });
      f.edit(copy, (t) => t.replace(/^( {2}name: ")(.*)"$/m, '$1$2 số 2"'));
    });
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
