// Lists split into pages (the bulletin archive, the product catalogue), and
// the page numbers a pager shows. Pure.

/** Splits a list into pages of `size`; always at least one page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}

/** "/san-pham/", 1 → "/san-pham/"; "/san-pham/", 3 → "/san-pham/trang/3/" */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}trang/${page}/`;
}

/**
 * The page numbers a pager links to: the first, the last, and those near the
 * current one; null where numbers are left out (shown as "…"). With 209 pages
 * and page 50: [1, null, 48, 49, 50, 51, 52, null, 209].
 */
export function pageWindow(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  // A gap of one number is shown as that number rather than "…".
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const [i, n] of sorted.entries()) {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) out.push(prev + 1);
    else if (prev !== undefined && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}
