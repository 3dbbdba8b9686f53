// Support policies, the year's events and the plan's progress, as built:
// pages say what the plan says (quantities derived from its targets, never
// typed again), the events feed parses, every target has a figure or
// "chưa có số liệu", and the open data matches the page. What each page
// should hold is read from content/ (policies, events, plans, tv, progress).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { DIST, readPage, sitemapPaths, textOf, jsonLdOf } from '../support/dist.ts';
import { bulletins, events, plans, policies, products, progressFiles, schedules } from '../support/published.ts';
import type { Target } from '../../src/schemas/plan.ts';

const main = (p: string) => {
  const html = readPage(p);
  return textOf(html.slice(html.indexOf('<main'), html.indexOf('</main>')));
};
const planOf = (year: number) => plans().find((p) => p.data.year === year)!.data;

// Vietnamese formats, written out here from the site's style rules (not from src/lib):
const vi = new Intl.NumberFormat('vi-VN');
/** A plan's count as the plan writes it: 7 → "07", 300 → "300", 1600 → "1.600"; a range 28–30. */
const planAmount = (t: Target) =>
  `${t.approx ? `${t.approx} ` : ''}${t.min !== undefined ? `${vi.format(t.min)}–${vi.format(t.max!)}` : t.quantity! < 10 ? `0${t.quantity}` : vi.format(t.quantity!)}`;
/** "2024-06-04" → "04/6/2024" */
const shortDate = (iso: string) => `${iso.slice(8, 10)}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const weekday = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const addMinutes = (clock: string, minutes: number) => {
  const total = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5)) + minutes;
  return `${String(Math.floor(total / 60) % 24).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};
/** The day the site was built, as the page says it ("Cập nhật ngày …"). */
const builtOn = (html: string) => /Cập nhật ngày <time datetime="(\d{4}-\d{2}-\d{2})"/.exec(html)![1]!;

const POLICY_SECTIONS = { offered: 'Hỗ trợ những gì', eligibility: 'Ai được hỗ trợ', howToApply: 'Cách đăng ký', documents: 'Hồ sơ cần có', when: 'Thời gian' } as const;
/** The step of /chinh-sach/cach-dang-ky/ (its anchor) that answers each question for every kind of support. */
const STEP_OF = { offered: 'ho-tro-gi', eligibility: 'ai-duoc-ho-tro', howToApply: 'gui-cho-ai', documents: 'chuan-bi', when: 'khi-nao' } as const;

describe('/chinh-sach/', () => {
  const all = policies();

  test('in the sitemap and the main navigation, each policy of content/policies linked from the list', () => {
    expect(all.length).toBeGreaterThan(0);
    const paths = sitemapPaths();
    expect(paths).toContain('/chinh-sach/');
    for (const p of all) expect(paths.includes(p.page), p.page).toBe(!p.data.sample);
    expect(readPage('/')).toMatch(/<nav aria-label="Điều hướng chính">[\s\S]*href="\/chinh-sach\/"[\s\S]*href="\/su-kien\/"/);
    const list = readPage('/chinh-sach/');
    for (const p of all) expect(list).toContain(`href="${p.page}"`);
  });

  describe.each(all)('$page', ({ page, data }) => {
    const text = main(page);
    const plan = planOf(data.plan);

    test('shows the plan’s quantity for each of its targets', () => {
      for (const id of data.targets) {
        const t = plan.targets.find((x) => x.id === id)!;
        expect(text).toContain(`${planAmount(t)} ${t.unit} ${t.label}${t.note ? ` (${t.note})` : ''}`);
      }
    });

    test('the action comes first: the steps to apply and whom to ask, before the answers', () => {
      const action = text.indexOf('Muốn được hỗ trợ? Xem các bước đăng ký, rồi liên hệ Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai.');
      expect(action).toBeGreaterThan(-1);
      expect(action).toBeLessThan(text.indexOf(POLICY_SECTIONS.offered));
      const html = readPage(page);
      const notice = html.slice(html.indexOf('<p class="notice'), html.indexOf('</p>', html.indexOf('<p class="notice')));
      expect(notice).toContain('href="/chinh-sach/cach-dang-ky/"');
      expect(notice).toContain('href="/lien-he/"');
    });

    test('"Hỏi ở đâu" sends the reader to the contacts page and the steps to apply', () => {
      const html = readPage(page);
      const ask = html.slice(html.lastIndexOf('<', html.indexOf('id="lien-he"')));
      expect(textOf(ask)).toMatch(/^Hỏi ở đâu Trung tâm Khuyến công và Tư vấn Phát triển Công nghiệp tỉnh Đồng Nai/);
      expect(ask).toContain('href="/lien-he/"');
      expect(ask).toContain('href="/chinh-sach/cach-dang-ky/"');
    });

    test('a question the plan leaves unanswered links to the step of /chinh-sach/cach-dang-ky/ that answers it for every kind of support', () => {
      const html = readPage(page);
      const apply = readPage('/chinh-sach/cach-dang-ky/');
      for (const [key, anchor] of Object.entries(STEP_OF)) {
        if (data[key as keyof typeof POLICY_SECTIONS]) continue;
        const section = html.slice(html.indexOf(`id="muc-${key}"`), html.indexOf('</section>', html.indexOf(`id="muc-${key}"`)));
        expect(section, key).toContain(`href="/chinh-sach/cach-dang-ky/#${anchor}"`);
        expect(apply, `#${anchor} on /chinh-sach/cach-dang-ky/`).toContain(`id="${anchor}"`);
      }
    });

    test('every answer carries its source; what the plan does not say is said to be unsaid', () => {
      for (const [key, heading] of Object.entries(POLICY_SECTIONS)) {
        const statement = data[key as keyof typeof POLICY_SECTIONS];
        if (statement) expect(text).toContain(`${heading} ${statement.text} Nguồn: `);
        else expect(text).toMatch(new RegExp(`${heading} Văn bản kế hoạch không nêu [^.]+\\.`));
      }
      for (const note of data.notes) expect(text).toContain(`${note.text} Nguồn: `);
      for (const s of [...Object.keys(POLICY_SECTIONS).map((k) => data[k as keyof typeof POLICY_SECTIONS]), ...data.notes])
        if (s?.cite) expect(text.slice(text.indexOf(`${s.text} Nguồn: `) + s.text.length, text.indexOf(`${s.text} Nguồn: `) + s.text.length + 200)).toContain(`, ${s.cite}`);
      // No telephone number or street address is in our sources: none is shown.
      expect(text).not.toMatch(/Điện thoại|\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/);
    });

    test('legal bases are the plan’s own, written from its data (amendments included)', () => {
      for (const number of data.legalBases) {
        const b = plan.legalBases.find((x) => x.number === number)!;
        expect(text).toContain(`${b.kind} số ${b.number} ngày ${shortDate(b.date)} của ${b.issuer} ${b.title}`);
        for (const a of b.amendedBy ?? []) expect(text).toContain(`${a.kind} số ${a.number} ngày ${shortDate(a.date)}`);
      }
    });

    test('lists its events, linked to their anchors', () => {
      const html = readPage(page);
      for (const e of events().filter((x) => x.policy === page.split('/')[2])) expect(html).toContain(`href="/su-kien/#${e.anchor}"`);
    });
  });
});

describe('/su-kien/', () => {
  const html = readPage('/su-kien/');
  const text = main('/su-kien/');
  const all = events();
  const anchors = [...html.matchAll(/<li id="(su-kien-\d{4}-[a-z0-9-]+)"/g)].map((m) => m[1]!);
  const itemOf = (anchor: string) => new RegExp(`<li id="${anchor}"[\\s\\S]*?</li>`).exec(html)![0];

  test('every event of content/events once, with its anchor', () => {
    expect(all.length).toBeGreaterThan(0);
    expect([...anchors].sort()).toEqual(all.map((e) => e.anchor).sort());
  });

  test.each(all)('$anchor: title, date and time in Vietnamese, policy link, "minh họa" when illustrative', (e) => {
    const item = itemOf(e.anchor);
    expect(textOf(/<h3[^>]*>([\s\S]*?)<\/h3>/.exec(item)![1]!)).toBe(e.title);
    const datetime = e.time && (!e.end || e.end === e.date) ? `${e.date}T${e.time}:00+07:00` : e.date;
    const when =
      e.end && e.end !== e.date
        ? `${shortDate(e.date)} – ${shortDate(e.end)}`
        : `${weekday(e.date)}, ${shortDate(e.date)}${e.time ? `, ${e.time}${e.duration ? `–${addMinutes(e.time, e.duration)}` : ''}` : ''}`;
    expect(/<time datetime="([^"]+)"[^>]*>([^<]*)<\/time>/.exec(item)!.slice(1)).toEqual([datetime, when]);
    expect(item).toContain(`href="/chinh-sach/${e.policy}/"`);
    expect(textOf(item).includes('(minh họa)')).toBe(e.sample);
    if (e.source) expect(html).toContain(`href="${e.source.replace(/&/g, '&amp;')}"`);
  });

  test('the illustrative notice is shown exactly when some event is illustrative', () => {
    expect(text.includes('Nội dung minh họa:')).toBe(all.some((e) => e.sample));
  });

  test('coming and past, as of the build date, add up to every event', () => {
    const today = builtOn(html);
    const [, upcoming, past] = /(\d+) sự kiện sắp diễn ra, (\d+) sự kiện đã diễn ra/.exec(text)!;
    expect(Number(past)).toBe(all.filter((e) => (e.end ?? e.date) < today).length);
    expect(Number(upcoming) + Number(past)).toBe(all.length);
  });

  test('JSON-LD: an Event per event, with its dates and place', () => {
    const nodes = jsonLdOf(html).nodes.filter((n) => n['@type'] === 'Event');
    expect(nodes.map((n) => new URL(n['url']).hash.slice(1)).sort()).toEqual(all.map((e) => e.anchor).sort());
    for (const e of all) {
      const node = nodes.find((n) => n['url'].endsWith(`#${e.anchor}`))!;
      expect(node['name']).toBe(e.title);
      expect(node['startDate']).toBe(e.time && (!e.end || e.end === e.date) ? `${e.date}T${e.time}:00+07:00` : e.date);
      if (e.place) expect(node['location']['name']).toBe(e.place);
    }
  });

  test('lich.ics parses in ical.js: every event, stable UIDs, several days as whole days, times in Việt Nam', () => {
    const ics = readFileSync(path.join(DIST, 'su-kien/lich.ics'), 'utf8');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const root = new ICAL.Component(ICAL.parse(ics));
    ICAL.TimezoneService.register(root.getFirstSubcomponent('vtimezone')!);
    const parsed = root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(parsed.map((e) => e.uid.replace(/@.*/, '')).sort()).toEqual([...anchors].sort());
    for (const e of all) {
      const cal = parsed.find((c) => c.uid.startsWith(`${e.anchor}@`))!;
      expect(cal.summary).toBe(`${e.title}${e.sample ? ' (minh họa)' : ''}`);
      if (e.time && (!e.end || e.end === e.date)) {
        expect(cal.startDate.zone.tzid).toBe('Asia/Ho_Chi_Minh');
        expect(cal.startDate.toJSDate().toISOString()).toBe(new Date(`${e.date}T${e.time}:00+07:00`).toISOString());
      } else {
        expect(cal.startDate.isDate).toBe(true);
        const dayAfter = new Date(Date.parse(`${e.end ?? e.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect([cal.startDate.toString(), cal.endDate.toString()]).toEqual([e.date, dayAfter]);
      }
    }
  });
});

describe.each(plans().map((p) => [p.data.year, p.data] as const))('/ke-hoach/%i/tien-do/', (year, plan) => {
  const page = `/ke-hoach/${year}/tien-do/`;
  const html = readPage(page);
  const today = builtOn(html);
  const figures = progressFiles().filter((f) => f.year === year);
  const targetIds = plan.targets.map((t) => t.id);
  /** A target's row in the table (it has a figure) or its line in the list of those without. */
  const row = (id: string) => textOf(new RegExp(`<(tr|li) id="tien-do-${id}"[^>]*>[\\s\\S]*?</\\1>`).exec(html)![0]);
  const yearEvents = events().filter((e) => e.year === year && e.target);
  const features = schedules().filter((s) => s.year === year).flatMap((s) => s.features);
  /** What the site's own content counts toward a target (illustrative entries never count). */
  const counted: Record<string, number> = {
    'san-pham-cap-tinh': products().filter((p) => !p.data.sample && p.data.recognitions.some((r) => r.year === year && r.level === 'tinh')).length,
    'san-pham-cap-khu-vuc': products().filter((p) => !p.data.sample && p.data.recognitions.some((r) => r.year === year && r.level === 'khu-vuc')).length,
    'chuyen-de-truyen-hinh': features.filter((f) => !f.sample && f.date < today).length,
  };
  for (const e of yearEvents) counted[e.target!] = (counted[e.target!] ?? 0) + Number(!e.sample && (e.end ?? e.date) < today);
  /** The latest real report of a target (or budget source). */
  const latest = <T extends { date: string; sample: boolean }>(items: T[]) => items.filter((r) => !r.sample).sort((a, b) => a.date.localeCompare(b.date)).at(-1);

  test('linked from the plan page and the home page; in the sitemap', () => {
    expect(readPage(`/ke-hoach/${year}/`)).toContain(`href="${page}"`);
    expect(readPage('/')).toContain(`href="/ke-hoach/${plans().at(-1)!.data.year}/tien-do/"`);
    expect(sitemapPaths().includes(page)).toBe(!plan.sample);
  });

  test('targets with a figure first, in the table in the plan’s order: planned amount and the figure counted from the content, else the latest report; the others in one list "Chưa có số liệu", in the plan’s order', () => {
    const value = (id: string) => counted[id] || latest(figures.flatMap((f) => f.reports).filter((r) => r.target === id))?.value;
    const measured = plan.targets.filter((t) => value(t.id));
    const unmeasured = plan.targets.filter((t) => !value(t.id));
    expect([...html.matchAll(/<tr id="tien-do-([a-z0-9-]+)"/g)].map((m) => m[1]!)).toEqual(measured.map((t) => t.id));
    expect([...html.matchAll(/<li id="tien-do-([a-z0-9-]+)"/g)].map((m) => m[1]!)).toEqual(unmeasured.map((t) => t.id));
    for (const t of measured) expect(row(t.id), t.id).toContain(`Kế hoạch ${planAmount(t)} ${t.unit} Kết quả ${vi.format(value(t.id)!)} / ${vi.format(t.max ?? t.quantity!)} ${t.unit}`);
    for (const t of unmeasured) expect(row(t.id), t.id).toContain(`kế hoạch ${planAmount(t)} ${t.unit}`);
    if (unmeasured.length) expect(textOf(html)).toContain(`Chưa có số liệu (${unmeasured.length} chỉ tiêu)`);
    else expect(textOf(html)).not.toContain('Chưa có số liệu (');
  });

  test('each target with events: how many are listed, illustrative, and held (real and past)', () => {
    for (const id of new Set(yearEvents.map((e) => e.target!))) {
      const listed = yearEvents.filter((e) => e.target === id);
      expect(row(id)).toContain(`${listed.length} sự kiện trong lịch (${listed.filter((e) => e.sample).length} minh họa), ${counted[id]} đã diễn ra được xác nhận`);
    }
  });

  test('the TV features scheduled for the year are counted; illustrative ones never count as aired', () => {
    const sample = features.filter((f) => f.sample).length;
    const note = sample === 0 ? '' : sample === features.length ? ' (minh họa)' : ` (${sample} minh họa)`;
    const line = `${features.length} chuyên đề đã lên lịch${note}, ${counted['chuyen-de-truyen-hinh']} đã phát sóng được xác nhận`;
    if (features.length) expect(row('chuyen-de-truyen-hinh')).toContain(line);
    else expect(html).not.toContain('chuyên đề đã lên lịch');
  });

  test('the bulletin target counts the year’s real issues: the page says what it can count', () => {
    const issues = bulletins().filter((b) => !b.data.sample && b.data.date.startsWith(`${year}-`)).length;
    expect(row('ban-tin')).toContain(`Trang đã đăng ${issues} số Bản tin năm ${year} (không tính minh họa); kế hoạch tính số bản in, chưa có số liệu bản in`);
  });

  test('the catalogue counts the real products recognised in the year at the targets’ levels', () => {
    for (const id of ['san-pham-cap-tinh', 'san-pham-cap-khu-vuc'])
      expect(row(id)).toContain(`Danh mục hiện có ${counted[id]} sản phẩm được công nhận năm ${year} ở cấp này (không tính nội dung minh họa)`);
  });

  test('bar charts give every figure in text; the bars are hidden from screen readers', () => {
    const chart = html.slice(html.indexOf('id="bieu-do-chi-tieu-tieu-de"'), html.indexOf('</figure>'));
    expect(chart.match(/<li[ >]/g)).toHaveLength(targetIds.length);
    for (const t of plan.targets) expect(textOf(chart)).toContain(`${t.label}: `);
    expect(chart).toMatch(/class="track[^"]*" aria-hidden="true"/);
  });

  test('the budget: planned by source as in the plan, spent as last reported, else "chưa có số liệu"', () => {
    const text = main(page);
    for (const s of plan.budget.sources) {
      const spent = latest(figures.flatMap((f) => f.spending).filter((x) => x.budgetSource === s.id));
      expect(text).toContain(`${s.label} Kế hoạch (đồng) ${vi.format(s.amount)} Đã chi (đồng) ${spent ? vi.format(spent.amount) : 'chưa có số liệu'}`);
    }
    expect(text).toContain(`Tổng cộng Kế hoạch (đồng) ${vi.format(plan.budget.total)}`);
  });

  test('open data: JSON and CSV (UTF-8 with BOM) hold the same rows, one per target and budget source', () => {
    const json = JSON.parse(readFileSync(path.join(DIST, `du-lieu/tien-do-${year}.json`), 'utf8')) as Record<string, unknown>[];
    expect(json.filter((r) => r['loai'] === 'chi-tieu').map((r) => r['ma'])).toEqual(targetIds);
    expect(json.filter((r) => r['loai'] === 'kinh-phi').map((r) => r['ma'])).toEqual(plan.budget.sources.map((s) => s.id));
    const csv = readFileSync(path.join(DIST, `du-lieu/tien-do-${year}.csv`), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header).toEqual(Object.keys(json[0]!));
    expect(body).toHaveLength(json.length);
    body.forEach((cells, i) => expect(cells).toEqual(header!.map((k) => String(json[i]![k]))));
    const dataPage = textOf(readPage('/du-lieu/'));
    for (const key of header!) expect(dataPage).toContain(key);
    expect(readPage('/du-lieu/')).toContain(`href="/du-lieu/tien-do-${year}.csv"`);
  });
});
