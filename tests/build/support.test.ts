// Support policies, the year's events and the plan's progress, as built:
// pages say what the plan says (quantities derived from its targets, never
// typed again), the events feed parses, every target has a figure or
// "chưa có số liệu", and the open data matches the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { DIST, readPage, sitemapPaths, textOf, jsonLdOf } from '../support/dist.ts';

const POLICIES = [
  'may-moc-thiet-bi',
  'thue-gian-hang-hoi-cho',
  'dao-tao-khoi-su-doanh-nghiep',
  'binh-chon-san-pham-tieu-bieu',
  'hoi-thao-cong-nghe',
  'khao-sat-hoc-tap-kinh-nghiem',
];
const main = (p: string) => {
  const html = readPage(p);
  return textOf(html.slice(html.indexOf('<main'), html.indexOf('</main>')));
};

describe('/chinh-sach/', () => {
  test('in the sitemap and the main navigation, each policy linked from the list', () => {
    const paths = sitemapPaths();
    expect(paths).toContain('/chinh-sach/');
    for (const slug of POLICIES) expect(paths).toContain(`/chinh-sach/${slug}/`);
    expect(readPage('/')).toMatch(/<nav aria-label="Điều hướng chính">[\s\S]*href="\/chinh-sach\/"[\s\S]*href="\/su-kien\/"/);
    const list = readPage('/chinh-sach/');
    for (const slug of POLICIES) expect(list).toContain(`href="/chinh-sach/${slug}/"`);
  });

  test.each([
    ['may-moc-thiet-bi', '07 cơ sở Cơ sở công nghiệp nông thôn được hỗ trợ ứng dụng máy móc thiết bị tiên tiến'],
    ['thue-gian-hang-hoi-cho', '04 gian hàng Gian hàng được hỗ trợ chi phí thuê cho cơ sở CNNT tại hội chợ trong nước'],
    ['thue-gian-hang-hoi-cho', '03 hội chợ Hội chợ triển lãm trong nước có gian hàng chung của Trung tâm'],
    ['dao-tao-khoi-su-doanh-nghiep', '300 người Tập huấn khởi sự doanh nghiệp và các chuyên đề quản lý khác (Thời gian học 02 ngày)'],
    ['binh-chon-san-pham-tieu-bieu', 'dự kiến 28–30 sản phẩm Sản phẩm được công nhận sản phẩm CNNT tiêu biểu cấp tỉnh'],
    ['binh-chon-san-pham-tieu-bieu', '01 lần Lần tham gia bình chọn sản phẩm CNNT tiêu biểu cấp khu vực'],
    ['hoi-thao-cong-nghe', '04 hội thảo Hội thảo về công nghệ kỹ thuật mới'],
    ['hoi-thao-cong-nghe', 'khoảng 200 người Người tham dự các hội thảo công nghệ kỹ thuật mới'],
    ['khao-sat-hoc-tap-kinh-nghiem', '01 đoàn Đoàn khảo sát, học tập kinh nghiệm, tìm kiếm đối tác trong nước'],
  ])('%s shows the plan\'s quantity: %s', (slug, line) => {
    const text = main(`/chinh-sach/${slug}/`);
    expect(text).toContain(line);
  });

  test('the action comes first: whom to ask, before the answers', () => {
    const text = main('/chinh-sach/may-moc-thiet-bi/');
    const action = text.indexOf('Muốn được hỗ trợ? Liên hệ Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai.');
    expect(action).toBeGreaterThan(-1);
    expect(action).toBeLessThan(text.indexOf('Hỗ trợ những gì'));
    expect(readPage('/chinh-sach/may-moc-thiet-bi/')).toContain('href="https://khuyencongvatuvancongnghiepdongnai.gov.vn/"');
  });

  test('every answer carries its source; what the plan does not say is said to be unsaid', () => {
    const text = main('/chinh-sach/may-moc-thiet-bi/');
    expect(text).toContain('Hỗ trợ những gì Hỗ trợ cơ sở ứng dụng máy móc thiết bị tiên tiến');
    expect(text).toContain('Nguồn: Kế hoạch khuyến công năm 2024 , mục II.2');
    expect(text).toContain('Cách đăng ký Văn bản kế hoạch không nêu cách đăng ký. Liên hệ Trung tâm Khuyến công để được hướng dẫn.');
    expect(text).toContain('Hồ sơ cần có Văn bản kế hoạch không nêu hồ sơ cần nộp.');
    // No telephone number or street address is in our sources: none is shown.
    expect(text).not.toMatch(/Điện thoại|\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/);
  });

  test('legal bases are the plan\'s own, written from its data (amendments included)', () => {
    const text = main('/chinh-sach/thue-gian-hang-hoi-cho/');
    expect(text).toContain('Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công');
    expect(text).toContain('Thông tư số 46/2012/TT-BCT ngày 28/12/2012 của Bộ Công Thương');
    expect(text).toContain('(được sửa đổi, bổ sung bởi Thông tư số 20/2017/TT-BCT ngày 29/9/2017)');
    expect(text).toContain('Quyết định số 22/2023/QĐ-UBND ngày 19/5/2023');
    expect(text).toContain('Quyết định số 56/2023/QĐ-UBND ngày 25/12/2023');
    expect(main('/chinh-sach/binh-chon-san-pham-tieu-bieu/')).toContain('Quyết định số 41/2015/QĐ-UBND ngày 16/11/2015');
  });

  test('a policy page lists its events, linked to their anchors', () => {
    const html = readPage('/chinh-sach/binh-chon-san-pham-tieu-bieu/');
    expect(html).toContain('href="/su-kien/#su-kien-2024-binh-chon-cap-tinh"');
  });
});

describe('/su-kien/', () => {
  const html = readPage('/su-kien/');
  const text = main('/su-kien/');
  const anchors = [...html.matchAll(/<li id="(su-kien-2024-[a-z0-9-]+)"/g)].map((m) => m[1]!);

  test('12 events of 2024, each with an anchor, a date, the policy link', () => {
    expect(anchors).toHaveLength(12);
    expect(new Set(anchors).size).toBe(12);
    expect(html.match(/href="\/chinh-sach\/[a-z-]+\/"/g)!.length).toBeGreaterThanOrEqual(12);
    expect(html).toMatch(/<time datetime="2024-12-03"[^>]*>Thứ Ba, 03\/12\/2024<\/time>/);
    expect(html).toMatch(/<time datetime="2024-08-06T08:00:00\+07:00"[^>]*>Thứ Ba, 06\/8\/2024, 08:00–11:00<\/time>/);
  });

  test('illustrative dates say so; the two real events name their sources', () => {
    expect(text).toContain('Nội dung minh họa:');
    expect(text).toContain('(minh họa)');
    expect(html).toContain('href="https://khuyencongvatuvancongnghiepdongnai.gov.vn/so-cong-thuong-dong-nai-to-chuc-hop-hoi-dong-ban-giam-khao');
    expect(html).toContain('href="https://congthuong.vn/189-san-pham-bo-san-pham-cong-nghiep-nong-thon-tieu-bieu-khu-vuc-phia-nam-nam-2024-349994.html"');
  });

  test('coming and past add up to every event, whatever the build date', () => {
    const [, upcoming, past] = /(\d+) sự kiện sắp diễn ra, (\d+) sự kiện đã diễn ra/.exec(text)!;
    expect(Number(upcoming) + Number(past)).toBe(12);
  });

  test('JSON-LD: an Event per event', () => {
    const events = jsonLdOf(html).nodes.filter((n) => n['@type'] === 'Event');
    expect(events).toHaveLength(12);
    expect(events.find((e) => String(e['name']).startsWith('Tôn vinh'))).toMatchObject({ startDate: '2024-10-10', location: { name: 'Tỉnh Kiên Giang' } });
  });

  test('lich.ics parses in ical.js: 12 events, stable UIDs, fairs on whole days, workshops at Việt Nam times', () => {
    const ics = readFileSync(path.join(DIST, 'su-kien/lich.ics'), 'utf8');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const root = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(12);
    expect(events.map((e) => e.uid.replace(/@.*/, '')).sort()).toEqual(anchors.sort());
    const workshop = events.find((e) => e.uid.startsWith('su-kien-2024-hoi-thao-cong-nghe-1@'))!;
    expect(workshop.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(workshop.startDate.toJSDate().toISOString()).toBe('2024-08-06T01:00:00.000Z');
    const fair = events.find((e) => e.uid.startsWith('su-kien-2024-hoi-cho-1@'))!;
    expect(fair.startDate.isDate).toBe(true);
    expect([fair.startDate.toString(), fair.endDate.toString()]).toEqual(['2024-08-22', '2024-08-26']);
    expect(fair.summary).toMatch(/\(minh họa\)$/);
  });
});

describe('/ke-hoach/2024/tien-do/', () => {
  const html = readPage('/ke-hoach/2024/tien-do/');
  const plan = readFileSync('content/plans/2024.md', 'utf8');
  const targetIds = [...plan.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
  const row = (id: string) => textOf(new RegExp(`<tr id="tien-do-${id}"[^>]*>[\\s\\S]*?</tr>`).exec(html)![0]);

  test('linked from the plan page and the home page; in the sitemap', () => {
    expect(readPage('/ke-hoach/2024/')).toContain('href="/ke-hoach/2024/tien-do/"');
    expect(readPage('/')).toContain('href="/ke-hoach/2024/tien-do/"');
    expect(sitemapPaths()).toContain('/ke-hoach/2024/tien-do/');
  });

  test('every target of the plan has a row; with no reported figures most say "chưa có số liệu"', () => {
    expect(targetIds).toHaveLength(19);
    for (const id of targetIds) expect(html).toContain(`<tr id="tien-do-${id}"`);
    expect(row('may-moc-thiet-bi')).toMatch(/07 cơ sở Kết quả chưa có số liệu$/);
    expect(row('dao-tao-khoi-su')).toContain('chưa có số liệu');
  });

  test('what the site holds is counted: the provincial judging held (a real, sourced event)', () => {
    expect(row('binh-chon-cap-tinh')).toContain('1 / 1 lần (100 %) Đếm từ nội dung trang 1 sự kiện trong lịch (0 minh họa), 1 đã diễn ra được xác nhận');
  });

  test('illustrative content never counts', () => {
    expect(row('hoi-thao-cong-nghe')).toContain('chưa có số liệu 4 sự kiện trong lịch (4 minh họa), 0 đã diễn ra được xác nhận');
    expect(row('chuyen-de-truyen-hinh')).toContain('chưa có số liệu 24 chuyên đề đã lên lịch (minh họa), 0 đã phát sóng được xác nhận');
  });

  test('the bulletin target counts printed copies: the page says what it can count', () => {
    expect(row('ban-tin')).toMatch(/chưa có số liệu Trang đã đăng \d+ số Bản tin năm 2024 \(không tính minh họa\); kế hoạch tính số bản in, chưa có số liệu bản in/);
  });

  test('bar charts give every figure in text; the bars are hidden from screen readers', () => {
    const chart = html.slice(html.indexOf('id="bieu-do-chi-tieu-tieu-de"'), html.indexOf('</figure>'));
    expect(textOf(chart)).toContain('Lần bình chọn sản phẩm CNNT tiêu biểu cấp tỉnh: 1 / 1 lần (100 %)');
    expect(chart.match(/<li[ >]/g)).toHaveLength(19);
    expect(chart).toMatch(/class="track[^"]*" aria-hidden="true"/);
  });

  test('the budget: planned by source as in the plan, spent "chưa có số liệu"', () => {
    const text = main('/ke-hoach/2024/tien-do/');
    expect(text).toContain('Nguồn kinh phí khuyến công địa phương Kế hoạch (đồng) 5.611.735.330 Đã chi (đồng) chưa có số liệu');
    expect(text).toContain('Tổng cộng Kế hoạch (đồng) 7.165.488.080');
  });

  test('open data: JSON and CSV (UTF-8 with BOM) hold the same rows, one per target and budget source', () => {
    const json = JSON.parse(readFileSync(path.join(DIST, 'du-lieu/tien-do-2024.json'), 'utf8')) as Record<string, unknown>[];
    expect(json.filter((r) => r['loai'] === 'chi-tieu').map((r) => r['ma'])).toEqual(targetIds);
    expect(json.filter((r) => r['loai'] === 'kinh-phi').map((r) => r['ma'])).toEqual(['dia-phuong', 'doanh-nghiep']);
    const csv = readFileSync(path.join(DIST, 'du-lieu/tien-do-2024.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header).toEqual(Object.keys(json[0]!));
    expect(body).toHaveLength(json.length);
    body.forEach((cells, i) => expect(cells).toEqual(header!.map((k) => String(json[i]![k]))));
    const dataPage = textOf(readPage('/du-lieu/'));
    for (const key of header!) expect(dataPage).toContain(key);
    expect(readPage('/du-lieu/')).toContain('href="/du-lieu/tien-do-2024.csv"');
  });
});
