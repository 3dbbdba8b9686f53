// Who runs the site, how to reach it, how to get support, how accessible it
// is, and the same in English, as built: every page says what its content
// file says (each statement with its source and article), a contact fact is
// shown when content/site.yaml has it and said to be unpublished when it does
// not, every page's footer carries the contacts and the links, policy and
// product pages lead to them. Expectations are read from content/ (site.yaml,
// about/, cach-dang-ky.yaml, kha-nang-tiep-can.yaml), so that staff filling in
// a phone number or adding a statement keep these tests green.
import { describe, expect, test } from 'vitest';
import { builtPages, readPage, sitemapPaths, textOf } from '../support/dist.ts';
import { aboutPages, accessibilityStatement, applyGuide, plans, policies, products, siteSettings } from '../support/published.ts';
import type { CitedDocument, CitedStatement } from '../../src/schemas/sourced.ts';

const main = (p: string) => {
  const html = readPage(p);
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};
const footer = (p: string) => {
  const html = readPage(p);
  return html.slice(html.indexOf('<footer'), html.indexOf('</footer>'));
};
/** The HTML between an element's id and the end of its section. */
const sectionOf = (html: string, id: string) => {
  const at = html.indexOf(`id="${id}"`);
  expect(at, `#${id}`).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<', at), html.indexOf('</section>', at));
};
/** Visible text, with no space before a comma (textOf spaces every tag boundary). */
const words = (html: string) => textOf(html).replace(/ ,/g, ',');
const escaped = (s: string) => s.replace(/&/g, '&amp;');

/** A statement shows its text, then "Nguồn:" (or "Source:") and its document's short name, linked to the document's address, and the article. */
function expectCited(html: string, s: CitedStatement, documents: Record<string, CitedDocument>, word = 'Nguồn') {
  const text = words(html);
  const at = text.indexOf(s.text);
  expect(at, s.text).toBeGreaterThan(-1);
  const after = text.slice(at + s.text.length, at + s.text.length + 300);
  const doc = documents[s.source]!;
  expect(after.startsWith(` ${word}: ${doc.short}${s.cite ? `, ${s.cite}` : ''}`), `${s.text} → ${after.slice(0, 120)}`).toBe(true);
  expect(html).toContain(`href="${escaped(doc.address)}">${doc.short}</a>`);
}

const settings = siteSettings();
const org = settings.organisation;
const NEW_PAGES = ['/gioi-thieu/', '/lien-he/', '/chinh-sach/cach-dang-ky/', '/kha-nang-tiep-can/', '/en/'];

describe('the footer of every page', () => {
  test.each(builtPages().filter((p) => p.endsWith('/')))('%s: the organisation, its contacts, and links to Giới thiệu, Liên hệ, Khả năng tiếp cận and English', (p) => {
    const html = footer(p);
    const text = textOf(html);
    expect(text).toContain(org.name);
    expect(text).toContain(org.parent);
    for (const [href, label] of [['/gioi-thieu/', 'Giới thiệu'], ['/lien-he/', 'Liên hệ'], ['/kha-nang-tiep-can/', 'Khả năng tiếp cận']])
      expect(html).toMatch(new RegExp(`<a href="${href}"[^>]*>${label}</a>`));
    expect(html).toMatch(/<a href="\/en\/"[^>]*hreflang="en"[^>]*lang="en"[^>]*>English<\/a>/);
    if (org.phone) expect(html).toContain(`href="tel:`);
    if (org.email) expect(html).toContain(`href="mailto:${org.email}"`);
    if (org.address) expect(text).toContain(org.address);
    if (org.website) expect(html).toContain(`href="${org.website}"`);
    // What a state agency's site must carry and does not yet: said plainly, with the way to the contacts page.
    if (!org.address || !org.phone || !org.email) expect(text).toMatch(/chưa được công bố trên trang này\. Cách liên hệ/);
  });
});

describe('/lien-he/', () => {
  const html = main('/lien-he/');
  const text = textOf(html);
  const facts = [
    ['address', 'Địa chỉ'],
    ['phone', 'Điện thoại'],
    ['email', 'Thư điện tử'],
    ['hours', 'Giờ làm việc'],
    ['website', 'Trang thông tin'],
    ['map', 'Vị trí trên bản đồ'],
  ] as const;

  test('names the organisation and its parent body, from content/site.yaml', () => {
    expect(text).toContain(org.name);
    expect(text).toContain(org.parent);
  });

  test.each(facts)('%s: shown with its source when written, otherwise said to be unpublished (with the centre’s website to turn to)', (fact, label) => {
    const block = html.slice(html.indexOf(`data-fact="${fact}"`), html.indexOf('</div>', html.indexOf(`data-fact="${fact}"`)));
    const blockText = words(`<x ${block}`);
    expect(blockText.startsWith(label), blockText).toBe(true);
    const value = org[fact];
    if (value) {
      if (fact === 'phone') expect(block).toMatch(/href="tel:\+?\d{9,}"/);
      else if (fact === 'email') expect(block).toContain(`href="mailto:${value}"`);
      else if (fact === 'website' || fact === 'map') expect(block).toContain(`href="${value}"`);
      else expect(blockText).toContain(value);
      expect(blockText).not.toContain('chưa được');
      const source = settings.sources[fact];
      if (source) expect(block).toContain(`href="${source}"`);
    } else {
      expect(blockText).toMatch(/chưa được (công bố|ghi) trên trang này/);
      if (org.website && fact !== 'website') expect(block).toContain(`href="${org.website}"`);
    }
  });

  test('no embedded map and no frame: the map is a link at most', () => {
    expect(readPage('/lien-he/')).not.toMatch(/<iframe|<embed|<object/);
  });

  test('leads on to the steps to apply, the products, the centre and the accessibility statement', () => {
    for (const href of ['/chinh-sach/cach-dang-ky/', '/san-pham/', '/gioi-thieu/', '/kha-nang-tiep-can/']) expect(html).toContain(`href="${href}"`);
  });
});

describe.each(aboutPages().map((p) => [p.page, p] as const))('%s', (page, { data }) => {
  const html = main(page);
  const en = page === '/en/';

  test('every section of the content file, in order, each statement with its source and article', () => {
    let last = -1;
    for (const s of data.sections) {
      const at = html.indexOf(`id="${s.id}"`);
      expect(at, s.heading).toBeGreaterThan(last);
      last = at;
      expect(textOf(sectionOf(html, s.id))).toContain(s.heading);
      for (const st of s.statements) expectCited(sectionOf(html, s.id), st, data.documents, en ? 'Source' : 'Nguồn');
    }
  });

  test('what no source says is said to be unanswered, with where to ask', () => {
    for (const s of data.sections.filter((x) => x.ask)) {
      const section = sectionOf(html, s.id);
      expect(textOf(section)).toContain(s.ask!);
      expect(section).toContain(en ? 'href="#contacts"' : 'href="/lien-he/"');
    }
  });

  test('each cited document is listed once at the foot, with the version read and where to read it', () => {
    const list = sectionOf(html, 'van-ban-duoc-dan');
    const cited = new Set(data.sections.flatMap((s) => s.statements.map((st) => st.source)));
    for (const id of cited) {
      const d = data.documents[id]!;
      expect(textOf(list)).toContain(d.title);
      if (d.version) expect(textOf(list)).toContain(d.version);
      expect(list).toContain(`href="${escaped(d.address)}"`);
    }
  });
});

describe('/gioi-thieu/', () => {
  test('says who runs the site, from content/site.yaml', () => {
    expect(textOf(main('/gioi-thieu/'))).toContain(`Trang này do ${org.name} vận hành. Cơ quan chủ quản của Trung tâm là ${org.parent}.`);
  });
  test('links the English page', () => {
    expect(main('/gioi-thieu/')).toMatch(/<a href="\/en\/" hreflang="en" lang="en">/);
  });
});

describe('/en/', () => {
  const whole = readPage('/en/');
  const html = main('/en/');
  const text = textOf(html);

  test('is in English, links back to the Vietnamese page with hreflang="vi", and keeps the Vietnamese header and footer marked as Vietnamese', () => {
    expect(whole).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<a href="\/gioi-thieu\/" hreflang="vi" lang="vi">/);
    expect(whole).toMatch(/<header[^>]*lang="vi"/);
    expect(whole).toMatch(/<footer[^>]*lang="vi"/);
    expect(textOf(whole.slice(whole.indexOf('<body')))).toMatch(/^Skip to main content/);
  });

  test('names the organisation and its parent body, in English when content/site.yaml gives an English name', () => {
    expect(text).toContain(org.nameEn ? `This site is run by the ${org.nameEn} (${org.name}).` : `This site is run by ${org.name}.`);
    expect(text).toContain(org.parentEn ? `Its parent body is the ${org.parentEn} (${org.parent}).` : `Its parent body is ${org.parent}.`);
  });

  test('the latest plan’s number, date and total budget, written the English way', () => {
    const plan = plans().map((p) => p.data).sort((a, b) => a.year - b.year).at(-1)!;
    const [y, m, d] = plan.issued.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    expect(text).toContain(`(${plan.number}, issued on ${date}) has a total budget of VND ${plan.budget.total.toLocaleString('en-US')}.`);
    expect(html).toContain(`href="/ke-hoach/${plan.year}/"`);
  });

  test('the contacts, with English labels, each written fact or an English line saying it is not yet published', () => {
    const contacts = sectionOf(html, 'contacts');
    for (const [fact, label] of [['address', 'Address'], ['phone', 'Phone'], ['email', 'E-mail'], ['hours', 'Office hours'], ['website', 'Website'], ['map', 'Map']] as const) {
      const block = textOf(`<x ${contacts.slice(contacts.indexOf(`data-fact="${fact}"`), contacts.indexOf('</div>', contacts.indexOf(`data-fact="${fact}"`)))}`);
      expect(block.startsWith(label), block).toBe(true);
      if (!org[fact]) expect(block).toMatch(/not yet (published|given) on this site/);
    }
  });

  test('how to find products: the catalogue and search, with the number of products and how many come from a public source', () => {
    const all = products();
    expect(text).toContain(`It lists ${all.length} products`);
    expect(text).toContain(`Products with a public source: ${all.filter((p) => !p.data.sample).length};`);
    expect(html).toContain('href="/san-pham/"');
    expect(html).toContain('href="/tim-kiem/"');
  });

  test('kept out of the Vietnamese search index', () => {
    expect(whole).not.toContain('data-pagefind-body');
  });
});

describe('/chinh-sach/cach-dang-ky/', () => {
  const guide = applyGuide();
  const html = main('/chinh-sach/cach-dang-ky/');
  // The six questions, in the order a business owner asks them, and their anchors.
  const STEPS = [
    ['who', 'ai-duoc-ho-tro'],
    ['support', 'ho-tro-gi'],
    ['prepare', 'chuan-bi'],
    ['toWhom', 'gui-cho-ai'],
    ['byWhen', 'khi-nao'],
    ['next', 'sau-khi-gui'],
  ] as const;

  test('numbered steps, in order: Bước 1 to Bước 6', () => {
    let last = -1;
    STEPS.forEach(([, anchor], i) => {
      const at = html.indexOf(`id="${anchor}"`);
      expect(at, anchor).toBeGreaterThan(last);
      last = at;
      expect(textOf(sectionOf(html, anchor))).toMatch(new RegExp(`^Bước ${i + 1}\\. `));
    });
  });

  test.each(STEPS)('%s: each statement with its document and article; what no document answers is said, with where to ask', (key, anchor) => {
    const section = sectionOf(html, anchor);
    const step = guide.steps[key];
    for (const s of step?.statements ?? []) expectCited(section, s, guide.documents);
    if (step?.ask) expect(textOf(section)).toContain(step.ask);
    if (!step) expect(textOf(section)).toContain('Chưa có văn bản công khai nào trên trang này trả lời bước này.');
    if (!step || step.ask) expect(section).toContain('href="/lien-he/"');
  });

  test('"gửi cho ai" names the organisation and leads to its contacts', () => {
    const section = sectionOf(html, 'gui-cho-ai');
    expect(textOf(section)).toContain(org.name);
    expect(section).toContain('href="/lien-he/"');
  });

  test('each note with its source; every cited document listed with its version', () => {
    for (const n of guide.notes) expectCited(html, n, guide.documents);
    const list = sectionOf(html, 'van-ban-duoc-dan');
    for (const d of Object.values(guide.documents)) if (d.version) expect(textOf(list)).toContain(d.version);
  });

  test('every policy page links to it', () => {
    for (const p of policies()) expect(readPage(p.page), p.page).toContain('href="/chinh-sach/cach-dang-ky/"');
    expect(readPage('/chinh-sach/')).toContain('href="/chinh-sach/cach-dang-ky/"');
  });
});

describe('/kha-nang-tiep-can/', () => {
  const data = accessibilityStatement();
  const html = main('/kha-nang-tiep-can/');
  const text = textOf(html);

  test('the standard, how the site is tested, its known limits: each item of the content file, with its source when it has one', () => {
    for (const s of data.sections) {
      const section = sectionOf(html, s.id);
      expect(textOf(section)).toContain(s.heading);
      for (const item of s.items) {
        expect(textOf(section)).toContain(item.text);
        if (item.source) expect(section).toContain(`href="${item.source}"`);
      }
    }
    expect(text).toMatch(/WCAG/);
  });

  test('the date it was last reviewed', () => {
    const [y, m, d] = data.reviewed.split('-');
    expect(html).toContain(`<time datetime="${data.reviewed}">${d}/${Number(m)}/${y}</time>`);
  });

  test('how to report a problem: the organisation and its contacts (or the line saying they are not yet published)', () => {
    const report = textOf(sectionOf(html, 'bao-loi'));
    expect(report).toContain(org.name);
    if (org.email) expect(sectionOf(html, 'bao-loi')).toContain(`href="mailto:${org.email}"`);
    else expect(report).toMatch(/thư điện tử chưa được công bố trên trang này/);
  });
});

describe('product pages lead to the producer, or to the centre', () => {
  test.each(products().map((p) => [p.page, p.data] as const))('%s', (page, p) => {
    const html = main(page);
    const card = sectionOf(html, 'co-so');
    const c = p.producer;
    if (c.phone) expect(card).toContain('href="tel:');
    if (c.email) expect(card).toContain(`href="mailto:${c.email}"`);
    if (c.website) expect(card).toContain(`href="${c.website}"`);
    if (!c.phone && !c.email && !c.website) {
      if (p.sample) expect(textOf(card)).toContain('Đây là sản phẩm minh họa: không có cơ sở thật để liên hệ.');
      else expect(textOf(card)).toContain('Trung tâm Khuyến công có thể giúp bạn liên hệ với cơ sở');
    }
    expect(card).toContain('href="/lien-he/"');
  });
});

describe('the new pages in the site', () => {
  test('in the sitemap', () => {
    expect(sitemapPaths()).toEqual(expect.arrayContaining(NEW_PAGES));
  });

  test.each([
    ['/gioi-thieu/', 'Giới thiệu'],
    ['/lien-he/', 'Liên hệ'],
    ['/chinh-sach/cach-dang-ky/', 'Chính sách hỗ trợ'],
    ['/kha-nang-tiep-can/', 'Khả năng tiếp cận'],
    ['/en/', 'English'],
  ])('%s: its section on the share card (and in search, for the Vietnamese pages) is "%s"', (page, section) => {
    const html = readPage(page);
    expect(html).toMatch(new RegExp(`<meta property="og:image"[^>]*data-og-section="${section}"`));
    if (page !== '/en/') expect(html).toContain(`<span data-pagefind-filter="muc">${section}</span>`);
  });
});
