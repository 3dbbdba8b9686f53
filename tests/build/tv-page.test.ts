// The TV schedule as built: /truyen-hinh/ (features by month, anchors, the
// calendar link, JSON-LD), /truyen-hinh/lich.ics read by a real parser, and
// the plan page's progress line. The default build uses today's date; the
// split at a chosen date is tested in tests/content/tv-schedule.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { DIST, readPage, sitemapPaths, textOf, jsonLdOf } from '../support/dist.ts';

const html = readPage('/truyen-hinh/');
const text = textOf(html);
const anchors = [...html.matchAll(/<li id="(chuyen-de-2024-\d\d)"/g)].map((m) => m[1]!);

describe('/truyen-hinh/', () => {
  test('is in the sitemap and the main navigation', () => {
    expect(sitemapPaths()).toContain('/truyen-hinh/');
    expect(readPage('/')).toMatch(/<nav aria-label="Điều hướng chính">[\s\S]*href="\/truyen-hinh\/"/);
  });

  test('lists the 24 features of 2024, each with its own anchor, numbered 1 to 24', () => {
    expect(anchors).toEqual(Array.from({ length: 24 }, (_, i) => `chuyen-de-2024-${String(i + 1).padStart(2, '0')}`));
    for (const a of anchors) expect(html).toContain(`href="#${a}"`);
  });

  test('two features in each month, January to December', () => {
    const months = [...html.matchAll(/<h3 id="thang-2024-(\d+)"[\s\S]*?<\/ol>/g)];
    expect(months.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const m of months) expect(m[0].match(/<li id="chuyen-de-/g), `month ${m[1]}`).toHaveLength(2);
    expect(text).toContain('Tháng 1/2024');
    // The target is the plan's own, not typed again.
    expect(text).toContain('24 chuyên đề trong lịch, theo Kế hoạch khuyến công tỉnh Đồng Nai năm 2024 . Chỉ tiêu của kế hoạch: 24 chuyên đề (Định kỳ 02 chuyên đề/tháng).');
  });

  test('says the rows are illustrative and shows the build date', () => {
    expect(text).toContain('Nội dung minh họa:');
    expect(text).toMatch(/Cập nhật ngày \d{2}\/\d{1,2}\/\d{4} ?\./);
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>/);
    // Aired and coming add up to 24, whatever the day of the build.
    const [, past, coming] = /(\d+) chuyên đề đã qua ngày phát sóng, (\d+) chuyên đề sắp phát sóng/.exec(text)!;
    expect(Number(past) + Number(coming)).toBe(24);
  });

  test('gives each feature its time in Việt Nam, channel and topic', () => {
    expect(html).toMatch(/<time datetime="2024-01-10T20:00:00\+07:00"[^>]*>Thứ Tư, 10\/1\/2024, 20:00–20:15<\/time>/);
    expect(text).toContain('Kênh Đài Phát thanh – Truyền hình Đồng Nai');
    expect(text).toContain('Chủ đề Ứng dụng máy móc thiết bị tiên tiến (mục II.2)');
  });

  test('notes the station merger with its source', () => {
    expect(text).toContain('Đài Phát thanh – Truyền hình Đồng Nai nay đã hợp nhất vào Báo và Phát thanh, Truyền hình Đồng Nai.');
    expect(html).toContain('href="https://baodongnai.com.vn/english/politics/202507/');
  });

  test('links the calendar file, a webcal subscription and explains Google, Outlook and phones', () => {
    expect(html).toContain('href="/truyen-hinh/lich.ics"');
    expect(html).toMatch(/href="webcal:\/\/[^"]+\/truyen-hinh\/lich\.ics"/);
    expect(html).toMatch(/<link rel="alternate" type="text\/calendar"[^>]*href="\/truyen-hinh\/lich\.ics"/);
    for (const name of ['Google Calendar', 'Outlook', 'iPhone', 'Android']) expect(text).toContain(name);
  });

  test('JSON-LD is valid JSON: a TVEpisode with a BroadcastEvent per feature, absolute addresses', () => {
    // One graph: the site's nodes (GovernmentOrganization, WebSite) and the schedule's.
    const { scripts, nodes } = jsonLdOf(html);
    expect(scripts).toBe(1);
    const episodes = nodes.filter((n) => n['@type'] === 'TVEpisode');
    expect(episodes).toHaveLength(24);
    for (const e of episodes) {
      expect(e.url).toMatch(/^https?:\/\/[^/]+\/truyen-hinh\/#chuyen-de-2024-\d\d$/);
      expect(e.publication['@type']).toBe('BroadcastEvent');
      expect(e.publication.startDate).toMatch(/^2024-\d\d-\d\dT20:00:00\+07:00$/);
      expect(e.publication.publishedOn.name).toBe('Đài Phát thanh – Truyền hình Đồng Nai');
      expect(e.description).toMatch(/^Nội dung minh họa\./);
    }
  });

  test('needs no JavaScript', () => {
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });
});

describe('/truyen-hinh/lich.ics', () => {
  const ics = readFileSync(path.join(DIST, 'truyen-hinh/lich.ics'), 'utf8');

  test('CRLF line ends and lines of at most 75 octets', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('parses in ical.js: 24 events at Việt Nam times, stable UIDs, page addresses', () => {
    const root = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(24);
    expect(events.map((e) => e.uid)).toEqual(anchors.map((a) => expect.stringMatching(new RegExp(`^tv-${a.slice(10)}@[a-z0-9.-]+$`))));
    const first = events[0]!;
    expect(first.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
    expect(first.startDate.toJSDate().toISOString()).toBe('2024-01-10T13:00:00.000Z');
    expect(first.endDate.toJSDate().toISOString()).toBe('2024-01-10T13:15:00.000Z');
    expect(first.summary).toBe('Chuyên đề khuyến công số 1: Khuyến công năm 2024: những việc tỉnh hỗ trợ cơ sở nông thôn (minh họa)');
    expect(first.component.getFirstPropertyValue('url')).toMatch(/^https?:\/\/[^/]+\/truyen-hinh\/#chuyen-de-2024-01$/);
    for (const e of events) expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
  });
});

describe('/ke-hoach/2024/', () => {
  test('the TV target shows how many features are scheduled and how many have aired', () => {
    const row = /<tr id="chi-tieu-chuyen-de-truyen-hinh">[\s\S]*?<\/tr>/.exec(readPage('/ke-hoach/2024/'))![0];
    expect(textOf(row)).toContain('24 chuyên đề đã lên lịch (minh họa), 0 đã phát sóng được xác nhận');
    expect(row).toContain('href="/truyen-hinh/#nam-2024"');
  });
});
