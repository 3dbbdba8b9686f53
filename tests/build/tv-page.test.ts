// The TV schedule as built: /truyen-hinh/ (features by month, anchors, the
// calendar link, JSON-LD), /truyen-hinh/lich.ics read by a real parser, and
// the plan page's progress line, against the schedule files in content/tv/.
// The split at a chosen date is tested in tests/content/tv-schedule.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { DIST, readPage, sitemapPaths, textOf, jsonLdOf } from '../support/dist.ts';
import { plans, schedules } from '../support/published.ts';

const html = readPage('/truyen-hinh/');
const text = textOf(html);
const today = /Cập nhật ngày <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
const pad2 = (n: number) => String(n).padStart(2, '0');
/** Every feature of every schedule file, with its anchor, in air-time order within its year. */
const features = schedules().flatMap((s) =>
  [...s.features]
    .sort((a, b) => `${a.date}T${a.time}`.localeCompare(`${b.date}T${b.time}`) || a.number - b.number)
    .map((f) => ({ ...f, year: s.year, anchor: `chuyen-de-${s.year}-${pad2(f.number)}` })),
);
const anchors = [...html.matchAll(/<li id="(chuyen-de-\d{4}-\d\d)"/g)].map((m) => m[1]!);

// Vietnamese formats, written out here from the site's style rules (not from src/lib):
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const shortDate = (iso: string) => `${iso.slice(8, 10)}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
const addMinutes = (clock: string, minutes: number) => {
  const total = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)) + minutes;
  return `${pad2(Math.floor(total / 60) % 24)}:${pad2(total % 60)}`;
};
/** The instant of a local Việt Nam date and time, plus some minutes. */
const instant = (date: string, time: string, minutes = 0) => new Date(Date.parse(`${date}T${time}:00+07:00`) + minutes * 60_000).toISOString();

describe('/truyen-hinh/', () => {
  test('is in the sitemap and the main navigation', () => {
    expect(sitemapPaths()).toContain('/truyen-hinh/');
    expect(readPage('/')).toMatch(/<nav aria-label="Điều hướng chính">[\s\S]*href="\/truyen-hinh\/"/);
  });

  test('lists every feature of content/tv once, in air-time order, each with its own anchor and a link to it', () => {
    expect(features.length).toBeGreaterThan(0);
    expect(anchors).toEqual(features.map((f) => f.anchor));
    for (const a of anchors) expect(html).toContain(`href="#${a}"`);
  });

  test.each(schedules().map((s) => [s.year, s] as const))('%i: a heading per month that has features, each month with its features', (year, s) => {
    const months = [...html.matchAll(new RegExp(`<h3 id="thang-${year}-(\\d+)"[\\s\\S]*?</ol>`, 'g'))];
    const expected = [...new Set(s.features.map((f) => Number(f.date.slice(5, 7))))].sort((a, b) => a - b);
    expect(months.map((m) => Number(m[1]))).toEqual(expected);
    for (const m of months) {
      expect(m[0].match(/<li id="chuyen-de-/g), `month ${m[1]}`).toHaveLength(s.features.filter((f) => Number(f.date.slice(5, 7)) === Number(m[1])).length);
      expect(textOf(m[0])).toContain(`Tháng ${m[1]}/${year}`);
    }
  });

  test.each(schedules().filter((s) => plans().some((p) => p.data.year === s.year)).map((s) => [s.year, s] as const))(
    '%i: says how many features are scheduled, beside the plan’s own target (not typed again)',
    (year, s) => {
      const target = plans().find((p) => p.data.year === year)!.data.targets.find((t) => t.id === 'chuyen-de-truyen-hinh')!;
      const amount = target.quantity! < 10 ? `0${target.quantity}` : String(target.quantity);
      expect(text).toMatch(
        new RegExp(`${s.features.length} chuyên đề trong lịch, theo Kế hoạch [^.]+ năm ${year} \\. Chỉ tiêu của kế hoạch: ${amount} ${target.unit}${target.note ? ` \\(${target.note}\\)` : ''}\\.`),
      );
    },
  );

  test.each(features)('$anchor: title, time in Việt Nam, channel, topic, "minh họa" when illustrative', (f) => {
    const item = new RegExp(`<li id="${f.anchor}"[\\s\\S]*?</dl>[\\s\\S]*?</p>`).exec(html)![0];
    expect(textOf(/<h4[^>]*>([\s\S]*?)<\/h4>/.exec(item)![1]!)).toBe(f.title);
    const weekday = WEEKDAYS[new Date(`${f.date}T00:00:00Z`).getUTCDay()];
    expect(/<time datetime="([^"]+)"[^>]*>([^<]*)<\/time>/.exec(item)!.slice(1)).toEqual([
      `${f.date}T${f.time}:00+07:00`,
      `${weekday}, ${shortDate(f.date)}, ${f.time}–${addMinutes(f.time, f.duration)}`,
    ]);
    expect(textOf(item)).toContain(`Chủ đề ${f.topic}`);
    expect(textOf(item)).toContain(`Kênh ${f.channel}`);
    expect(textOf(item)).toContain(f.summary);
    expect(textOf(item).includes('(minh họa)')).toBe(f.sample);
  });

  test('says the rows are illustrative when some are, and shows the build date', () => {
    expect(text.includes('Nội dung minh họa:')).toBe(features.some((f) => f.sample));
    expect(today).toBeDefined();
    expect(text).toContain(`Cập nhật ngày ${shortDate(today!)}`);
  });

  test('aired and coming, as of the build date, add up to every feature', () => {
    const [, past, coming] = /(\d+) chuyên đề đã qua ngày phát sóng, (\d+) chuyên đề sắp phát sóng/.exec(text)!;
    expect(Number(past)).toBe(features.filter((f) => f.date < today!).length);
    expect(Number(past) + Number(coming)).toBe(features.length);
  });

  test('notes a channel’s new name with its source', () => {
    for (const c of schedules().flatMap((s) => s.channels).filter((c) => c.currentName)) {
      expect(text).toContain(`${c.name} nay đã hợp nhất vào ${c.currentName}.`);
      if (c.currentSource) expect(html).toContain(`href="${c.currentSource.replace(/&/g, '&amp;')}"`);
    }
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
    expect(episodes.map((e) => new URL(e.url).hash.slice(1)).sort()).toEqual(features.map((f) => f.anchor).sort());
    for (const f of features) {
      const e = episodes.find((x) => x.url.endsWith(`#${f.anchor}`))!;
      expect(e.url).toMatch(/^https?:\/\/[^/]+\/truyen-hinh\/#chuyen-de-\d{4}-\d\d$/);
      expect(e.name).toBe(f.title);
      expect(e.publication['@type']).toBe('BroadcastEvent');
      expect(new Date(e.publication.startDate).toISOString()).toBe(instant(f.date, f.time));
      expect(e.publication.startDate).toMatch(/\+07:00$/);
      expect(e.publication.publishedOn.name).toBe(f.channel);
      expect(e.description.startsWith('Nội dung minh họa.')).toBe(f.sample);
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

  test('parses in ical.js: every feature at its Việt Nam time, stable UIDs, page addresses', () => {
    const root = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
    const events = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid).sort()).toEqual(features.map((f) => expect.stringMatching(new RegExp(`^tv-${f.anchor.slice(10)}@[a-z0-9.-]+$`))).sort());
    for (const f of features) {
      const e = events.find((x) => x.uid.startsWith(`tv-${f.anchor.slice(10)}@`))!;
      expect(e.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
      expect(e.startDate.toJSDate().toISOString()).toBe(instant(f.date, f.time));
      expect(e.endDate.toJSDate().toISOString()).toBe(instant(f.date, f.time, f.duration));
      expect(e.summary).toBe(`Chuyên đề khuyến công số ${f.number}: ${f.title}${f.sample ? ' (minh họa)' : ''}`);
      expect(e.component.getFirstPropertyValue('url')).toMatch(new RegExp(`^https?://[^/]+/truyen-hinh/#${f.anchor}$`));
      expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
  });
});

// Each plan with a TV target: its row on the plan page counts the year's schedule.
const withTvTarget = plans().filter((p) => p.data.targets.some((t) => t.id === 'chuyen-de-truyen-hinh'));
describe.each(withTvTarget.map((p) => [p.data.year] as const))('/ke-hoach/%i/', (year) => {
  test('the TV target shows how many features are scheduled and how many have aired', () => {
    const ofYear = features.filter((f) => f.year === year);
    const row = /<tr id="chi-tieu-chuyen-de-truyen-hinh">[\s\S]*?<\/tr>/.exec(readPage(`/ke-hoach/${year}/`))![0];
    const sample = ofYear.filter((f) => f.sample).length;
    const note = sample === 0 ? '' : sample === ofYear.length ? ' (minh họa)' : ` (${sample} minh họa)`;
    const aired = ofYear.filter((f) => !f.sample && f.date < today!).length;
    if (ofYear.length) {
      expect(textOf(row)).toContain(`${ofYear.length} chuyên đề đã lên lịch${note}, ${aired} đã phát sóng được xác nhận`);
      expect(row).toContain(`href="/truyen-hinh/#nam-${year}"`);
    } else expect(row).not.toContain('chuyên đề đã lên lịch');
  });
});
