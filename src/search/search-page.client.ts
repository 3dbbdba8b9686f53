// The search page's script: reads the query and filters from the form (and
// the URL, so a search can be shared), loads Pagefind on first use, and
// shows results with accent-aware highlighting. Nothing loads until there
// is a query or someone types.
import { excerptText, highlightHtml } from './highlight.ts';
import { SEARCH_META_WEIGHTS } from './fold.ts';

interface ResultData {
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o?: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
  preload?(q: string): Promise<void>;
}

const PAGE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const tips = document.querySelector<HTMLElement>('#search-tips')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const strings = JSON.parse(form.dataset['strings']!) as Record<string, string>;
const fill = (s: string, p: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (w, k: string) => String(p[k] ?? w));
const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
const filterSelects = selects.filter((s) => s.name !== 'sap-xep');
const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // The folded title and đ-words (added at index time) let "dong nai" find "Đồng Nai".
    await pf.options({ ranking: { metaWeights: SEARCH_META_WEIGHTS } });
    return pf;
  })();
  return pagefind;
}

const plainText = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

/** An element with classes, built with DOM calls (text is never parsed as HTML, except our escaped highlights). */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

function renderResult(d: ResultData, q: string): HTMLLIElement {
  const m = d.meta;
  const li = make('li', 'flex gap-3');
  if (m['image']) {
    const img = make('img', 'h-[60px] w-[80px] shrink-0 rounded border border-line object-cover');
    // Decorative beside the title, unless the page gives the picture's words (a product's "Chưa có ảnh sản phẩm").
    Object.assign(img, { src: m['image'], alt: m['image_alt'] ?? '', width: 80, height: 60, loading: 'lazy' });
    li.append(img);
  }
  const body = make('div', 'min-w-0');
  const info = make('p', 'text-sm text-muted');
  info.textContent = [m['section'], m['date']].filter(Boolean).join(' · ');
  const heading = make('h2', 'text-lg');
  const link = make('a', '');
  link.href = d.url;
  // highlightHtml escapes the text; only its <mark> elements are markup.
  link.innerHTML = highlightHtml(m['title'] ?? d.url, q);
  heading.append(link);
  const excerpt = make('p', 'mt-1 text-[0.95rem]');
  // Pagefind's excerpt is HTML-escaped already: back to the page's text, then escaped once by highlightHtml.
  excerpt.innerHTML = highlightHtml(d.plain_excerpt !== undefined ? excerptText(d.plain_excerpt) : plainText(d.excerpt), q);
  body.append(info, heading, excerpt);
  li.append(body);
  return li;
}

let run = 0;
async function search(pushUrl: boolean) {
  const q = input.value.trim();
  const filters: Record<string, string> = {};
  for (const s of filterSelects) if (s.value) filters[s.name] = s.value;
  const sortValue = sortSelect.value;
  if (pushUrl) {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  }
  const mine = ++run;
  if (!q && !Object.keys(filters).length) {
    list.replaceChildren();
    more.hidden = true;
    tips.classList.add('hidden');
    status.textContent = strings['empty']!;
    return;
  }
  status.textContent = strings['loading']!;
  try {
    const pf = await load();
    const res = await pf.search(q || null, { filters, ...(sortValue ? { sort: { date: sortValue === 'moi' ? 'desc' : 'asc' } } : {}) });
    if (mine !== run || !res) return;
    const results = res.results;
    list.replaceChildren();
    let shown = 0;
    const showMore = async () => {
      const next = results.slice(shown, shown + PAGE);
      const data = await Promise.all(next.map((r) => r.data()));
      if (mine !== run) return;
      const items = data.map((d) => renderResult(d, q));
      list.append(...items);
      shown += next.length;
      more.hidden = shown >= results.length;
      const label = q || Object.values(filters).join(', ');
      status.textContent = shown >= results.length ? fill(strings['count']!, { n: results.length, q: label }) : fill(strings['countShown']!, { n: results.length, q: label, shown });
      return items[0];
    };
    more.onclick = async () => {
      const first = await showMore();
      first?.querySelector('a')?.focus();
    };
    if (results.length) {
      tips.classList.add('hidden');
      await showMore();
    } else {
      more.hidden = true;
      status.textContent = fill(strings['none']!, { q: q || Object.values(filters).join(', ') });
      tips.textContent = strings['noneTips']!;
      tips.classList.remove('hidden');
    }
  } catch {
    status.textContent = strings['error']!;
  }
}

// Start from the URL: /tim-kiem/?q=may+tre+dan&muc=Sản+phẩm
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const s of selects) {
  const v = params.get(s.name);
  if (v && [...s.options].some((o) => o.value === v)) s.value = v;
}
if (input.value || filterSelects.some((s) => s.value)) void search(false);
else status.textContent = strings['empty']!;

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  void load();
  clearTimeout(timer);
  timer = setTimeout(() => void search(true), 250);
});
for (const s of selects) s.addEventListener('change', () => void search(true));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void search(true);
});
