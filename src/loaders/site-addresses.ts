// The addresses the site will have, known before any page is built, so that a
// link staff write to /ke-hoach/2099/ or /san-pham/khong-co/ stops the build
// with the file and line (a link card, a Markdown link, a source field).
//
// Derived, not listed by hand: each file under src/pages/ is a route (as Astro
// reads it: index is the folder, [param] a value, _files are not routes), and
// the values of a route's parameters come from the content folder on disk, the
// way the route's getStaticPaths makes them from the collections
// (PARAMETERS below, one entry per dynamic route; a unit test holds it to the
// route files, and a build test holds the whole set to the built pages).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ISSUES_PER_PAGE, isPublished } from '../features/bulletins/bulletins.ts';
import { BROCHURE_VOLUME_SIZE, brochureVolumes, facets, filterBy, PRODUCTS_PER_PAGE, sortProducts, type FacetKind, type ProductLike } from '../features/catalogue/products.ts';
import { formatDateShort } from '../lib/format.ts';
import { productFileSchema } from '../schemas/product.ts';
import { bulletinStates, type BulletinState } from './content-links.ts';
import { frontMatterOf, parseYaml } from './parse.ts';

/** The site's page files (src/pages/), next to this folder. */
export const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));

/** The moment a link is read at: the build date, or later for a bulletin scheduled later; drafts see drafts. */
export interface Moment {
  /** "YYYY-MM-DD": bulletins dated on or before it are published. */
  asOf: string;
  /** true when the linking file is itself a draft (shown only in a preview, where drafts are shown too). */
  drafts: boolean;
}

/**
 * The routes of the site: "/ban-tin/[slug]/", "/du-lieu/tien-do-[year].csv",
 * "/" …, from the files under `pagesDir`. Pages (.astro, .md) end with "/"
 * (the site's trailingSlash: 'always'); endpoints (name.ext.ts) are files.
 * The 404 page is not an address anyone links to.
 */
export function routePatterns(pagesDir = PAGES_DIR): string[] {
  const routes: string[] = [];
  const walk = (dir: string, parts: string[]) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('_') || name.startsWith('.')) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full, [...parts, name]);
      else if (/\.(astro|md|mdx)$/.test(name)) {
        const base = name.replace(/\.(astro|md|mdx)$/, '');
        if (parts.length === 0 && /^(404|500)$/.test(base)) continue;
        const segments = base === 'index' ? parts : [...parts, base];
        routes.push(segments.length ? `/${segments.join('/')}/` : '/');
      } else if (/\.[a-z0-9]+\.(ts|js)$/.test(name)) routes.push(`/${[...parts, name.replace(/\.(ts|js)$/, '')].join('/')}`);
    }
  };
  walk(pagesDir, []);
  return routes;
}

/** What the content folder holds, read lazily and once per address book. */
export class ContentFacts {
  readonly dir: string;
  readonly moment: Moment;
  constructor(dir: string, moment: Moment) {
    this.dir = dir;
    this.moment = moment;
  }
  #files(folder: string, pattern: RegExp): string[] {
    const dir = path.join(this.dir, folder);
    return existsSync(dir) ? readdirSync(dir).filter((f) => pattern.test(f)).sort() : [];
  }
  #plans?: string[];
  /** Plan years: content/plans/<year>.md. */
  plans(): string[] {
    return (this.#plans ??= this.#files('plans', /^[^_].*\.mdx?$/).map((f) => f.replace(/\.mdx?$/, '')));
  }
  #policies?: string[];
  policies(): string[] {
    return (this.#policies ??= this.#files('policies', /^[^_].*\.ya?ml$/).map((f) => f.replace(/\.ya?ml$/, '')));
  }
  #productIds?: string[];
  /** Product folders holding index.md(x). */
  productIds(): string[] {
    return (this.#productIds ??= this.#files('products', /^[^_.]/).filter((f) => ['index.md', 'index.mdx'].some((i) => existsSync(path.join(this.dir, 'products', f, i)))));
  }
  #products?: ProductLike[];
  /** Products whose data is valid (a faulty one is named by the products' own check), sorted as the catalogue sorts them. */
  products(): ProductLike[] {
    this.#products ??= sortProducts(
      this.productIds().flatMap((id) => {
        const file = ['index.md', 'index.mdx'].map((i) => path.join(this.dir, 'products', id, i)).find(existsSync)!;
        try {
          const parsed = productFileSchema.safeParse(parseYaml(frontMatterOf(readFileSync(file, 'utf8')) ?? ''));
          return parsed.success ? [{ id, data: parsed.data }] : [];
        } catch {
          return [];
        }
      }),
    );
    return this.#products;
  }
  #bulletins?: Map<string, BulletinState>;
  bulletins(): Map<string, BulletinState> {
    return (this.#bulletins ??= bulletinStates(this.dir));
  }
  /** Whether a bulletin has its page at this moment. */
  published(state: BulletinState): boolean {
    return this.moment.drafts || isPublished(state, this.moment.asOf);
  }
}

/** Pages 2… of a list of `count` items, `size` a page (page 1 is the list's own address). */
const laterPages = (count: number, size: number) => Array.from({ length: Math.max(0, Math.ceil(count / size) - 1) }, (_, i) => ({ page: String(i + 2) }));

/**
 * The values of each dynamic route's parameters, from content, as the route's
 * getStaticPaths makes them. One entry per dynamic route under src/pages/.
 */
export const PARAMETERS: Record<string, (c: ContentFacts) => Record<string, string>[]> = {
  '/ban-tin/[slug]/': (c) => [...c.bulletins()].filter(([, s]) => c.published(s)).map(([slug]) => ({ slug })),
  '/ban-tin/trang/[page]/': (c) => laterPages([...c.bulletins().values()].filter((s) => c.published(s)).length, ISSUES_PER_PAGE),
  '/chinh-sach/[slug]/': (c) => c.policies().map((slug) => ({ slug })),
  '/du-lieu/tien-do-[year].csv': (c) => c.plans().map((year) => ({ year })),
  '/du-lieu/tien-do-[year].json': (c) => c.plans().map((year) => ({ year })),
  '/ke-hoach/[year]/': (c) => c.plans().map((year) => ({ year })),
  '/ke-hoach/[year]/tien-do/': (c) => c.plans().map((year) => ({ year })),
  '/san-pham/[slug]/': (c) => c.productIds().map((slug) => ({ slug })),
  '/san-pham/trang/[page]/': (c) => laterPages(c.productIds().length, PRODUCTS_PER_PAGE),
  '/san-pham/[kind]/[value]/': (c) => Object.values(facets(c.products())).flatMap((values) => values.map((f) => ({ kind: f.kind, value: f.value }))),
  '/san-pham/[kind]/[value]/trang/[page]/': (c) =>
    Object.values(facets(c.products())).flatMap((values) =>
      values.flatMap((f) => laterPages(filterBy(c.products(), f.kind as FacetKind, f.value).length, PRODUCTS_PER_PAGE).map((p) => ({ kind: f.kind, value: f.value, ...p }))),
    ),
  '/san-pham/in/[volume]/': (c) => (c.products().length > BROCHURE_VOLUME_SIZE ? brochureVolumes(c.products()).map((v) => ({ volume: String(v.number) })) : []),
};

const fill = (route: string, params: Record<string, string>) => route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? `[${name}]`);
const matcher = (route: string) =>
  new RegExp(`^${route.split(/\[\w+\]/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);

/** The site's addresses at one moment, and why a root-relative link leads to none of them. */
export interface AddressBook {
  /** Every address, for tests: static routes and every dynamic route's pages. */
  all(): string[];
  /** Why `href` ("/ban-tin/", "/ke-hoach/2024/#muc-1") is no page of the site, in plain Vietnamese, or null when it is. */
  problem(href: string): string | null;
}

/** The addresses of the site built from `contentDir` at `moment`, from the routes under `pagesDir`. */
export function addressBook(contentDir: string, moment: Moment, pagesDir = PAGES_DIR): AddressBook {
  const facts = new ContentFacts(contentDir, moment);
  const routes = routePatterns(pagesDir);
  const staticRoutes = new Set(routes.filter((r) => !r.includes('[')));
  const dynamic = routes.filter((r) => r.includes('[')).map((route) => ({ route, pattern: matcher(route), pages: undefined as Set<string> | undefined }));
  const pagesOf = (d: (typeof dynamic)[number]) => {
    const params = PARAMETERS[d.route];
    if (!params) throw new Error(`src/loaders/site-addresses.ts: route ${d.route} has no PARAMETERS entry`);
    return (d.pages ??= new Set(params(facts).map((p) => fill(d.route, p))));
  };
  const exists = (address: string) => staticRoutes.has(address) || dynamic.some((d) => d.pattern.test(address) && pagesOf(d).has(address));

  const missing = (address: string): string => {
    const plan = /^\/ke-hoach\/([^/]+)\//.exec(address);
    if (plan && !facts.plans().includes(plan[1]!)) return `không có kế hoạch năm ${plan[1]} (cần tệp content/plans/${plan[1]}.md)`;
    const product = /^\/san-pham\/([^/]+)\/$/.exec(address);
    if (product && !exists(address)) return `không có sản phẩm "${product[1]}" (cần thư mục content/products/${product[1]}/)`;
    const policy = /^\/chinh-sach\/([^/]+)\/$/.exec(address);
    if (policy) return `không có chính sách "${policy[1]}" (cần tệp content/policies/${policy[1]}.yaml)`;
    const bulletin = /^\/ban-tin\/([^/]+)\/$/.exec(address);
    const state = bulletin && facts.bulletins().get(bulletin[1]!);
    if (bulletin && state)
      return state.draft
        ? `bản tin "${bulletin[1]}" là bản nháp (draft: true, tệp ${state.file}) nên chưa có trang; xuất bản bản tin đó trước, hoặc bỏ liên kết`
        : `bản tin "${bulletin[1]}" hẹn đăng ngày ${formatDateShort(state.date)}, nên chưa có trang trước ngày đó; bỏ liên kết, hoặc đăng tin này từ ngày đó trở đi`;
    if (bulletin && bulletin[1] !== 'trang') return `không có bản tin "${bulletin[1]}" (cần tệp content/bulletins/<năm>/${bulletin[1]}.md)`;
    if (!address.endsWith('/') && exists(`${address}/`)) return `thiếu dấu "/" ở cuối: viết "${address}/"`;
    return `không có trang "${address}" trên trang web này; mở trang cần liên kết, chép địa chỉ từ thanh địa chỉ của trình duyệt, bỏ phần đầu (https://…) và giữ phần từ dấu / thứ nhất`;
  };

  return {
    all: () => [...staticRoutes, ...dynamic.flatMap((d) => [...pagesOf(d)])].sort(),
    problem(href) {
      const address = href.replace(/[?#].*$/, '');
      if (exists(address)) return null;
      return missing(address);
    },
  };
}
