// Whether an internal link that staff write in a bulletin (a <LinkCard>) leads
// to content that exists: a plan (/ke-hoach/<year>/ → plans/<year>.md) or a
// product (/san-pham/<slug>/ → products/<slug>/); and each bulletin's state
// (draft, date) for links to it. Read from the content folder, so that the
// check works before the pages exist. (A link card's place in the text is
// found by src/features/site/content-body.ts.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentKind } from '../features/site/links.ts';
import { frontMatterOf, parseYaml } from './parse.ts';

const hasText = (base: string) => ['.md', '.mdx'].some((ext) => existsSync(`${base}${ext}`));

/**
 * Whether content of `kind` with `id` exists in the content folder on disk (so
 * that checks work before any page exists): plan "2024" → plans/2024.md;
 * product "ghe-xich-du-may" → products/ghe-xich-du-may/index.md; bulletin
 * "<slug>" → bulletins/<any year>/<slug>.md (bulletin addresses are unique across years).
 * The one place to change if these become collection lookups.
 */
export function contentExists(contentDir: string, kind: ContentKind, id: string): boolean {
  if (!/^[a-z0-9-]+$/.test(id)) return false;
  switch (kind) {
    case 'plan':
      return hasText(path.join(contentDir, 'plans', id));
    case 'product':
      return hasText(path.join(contentDir, 'products', id, 'index'));
    case 'bulletin': {
      const dir = path.join(contentDir, 'bulletins');
      return existsSync(dir) && readdirSync(dir).some((year) => hasText(path.join(dir, year, id)));
    }
  }
}

/** A bulletin file as other content sees it: whether and from when it has a page. */
export interface BulletinState {
  /** The file, inside the content folder. */
  file: string;
  /** true for a draft; also when its data cannot be read (the bulletins' own check names that). */
  draft: boolean;
  /** Its date "YYYY-MM-DD" as written, or "" when it has none. */
  date: string;
}

/**
 * Every bulletin file by its address name (file name without extension), read
 * from its front matter on disk: a TV feature or another bulletin may link to it
 * only once it is published (not a draft, dated on or before the build date).
 */
export function bulletinStates(contentDir: string): Map<string, BulletinState> {
  const states = new Map<string, BulletinState>();
  const dir = path.join(contentDir, 'bulletins');
  if (!existsSync(dir)) return states;
  for (const year of readdirSync(dir, { withFileTypes: true })) {
    if (!year.isDirectory()) continue;
    for (const name of readdirSync(path.join(dir, year.name))) {
      if (!/^[^_].*\.mdx?$/.test(name)) continue;
      const file = path.join(dir, year.name, name);
      let data: Record<string, unknown> = {};
      try {
        const parsed = parseYaml(frontMatterOf(readFileSync(file, 'utf8')) ?? '');
        if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
      } catch {
        data = { draft: true };
      }
      const date = typeof data['date'] === 'string' ? data['date'] : '';
      states.set(name.replace(/\.mdx?$/, ''), { file, draft: data['draft'] === true || !date, date });
    }
  }
  return states;
}

/** Why `href` leads nowhere, or null when it leads to existing content (or outside the site). */
export function linkTargetProblem(href: string, contentDir: string): string | null {
  if (/^https?:\/\//.test(href)) return null;
  const plan = /^\/ke-hoach\/(\d{4})\/$/.exec(href);
  if (plan) {
    const year = plan[1]!;
    return contentExists(contentDir, 'plan', year) ? null : `không có kế hoạch năm ${year} (cần tệp content/plans/${year}.md)`;
  }
  const product = /^\/san-pham\/([a-z0-9-]+)\/$/.exec(href);
  if (product) {
    const slug = product[1]!;
    return contentExists(contentDir, 'product', slug)
      ? null
      : `không có sản phẩm "${slug}" (cần thư mục content/products/${slug}/)`;
  }
  return `địa chỉ "${href}" không phải trang kế hoạch (/ke-hoach/<năm>/), trang sản phẩm (/san-pham/<tên>/) hay địa chỉ web đầy đủ (https://…)`;
}
