// Whether an internal link that staff write in a bulletin (a <LinkCard>) leads
// to content that exists: a plan (/ke-hoach/<year>/ → plans/<year>.md) or a
// product (/san-pham/<slug>/ → products/<slug>/). Read from the content folder,
// so that the check works before the pages exist.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { FieldProblem } from '../lib/content-errors.ts';
import type { ContentKind } from '../features/site/links.ts';

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

/** Every <LinkCard href="…"> in an MDX text, with its line number (from 1). */
export function linkCardHrefs(body: string): { href: string; line: number }[] {
  const found: { href: string; line: number }[] = [];
  body.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/<LinkCard\b[^>]*?\bhref=["']([^"']*)["']/g)) found.push({ href: m[1]!, line: i + 1 });
  });
  return found;
}

/** Problems of the link cards in one bulletin file's whole text (lines counted in the file). */
export function checkLinkCards(source: string, contentDir: string): FieldProblem[] {
  return linkCardHrefs(source).flatMap(({ href, line }) => {
    const problem = linkTargetProblem(href, contentDir);
    return problem ? [{ field: `LinkCard href (dòng ${line})`, message: problem }] : [];
  });
}
