import { describe, expect, test } from 'vitest';
import { pagePath, pageWindow, paginate } from '../../src/lib/pagination.ts';

describe('lists in pages', () => {
  test('page 1 is the list itself; later pages are under trang/', () => {
    expect(pagePath('/san-pham/', 1)).toBe('/san-pham/');
    expect(pagePath('/san-pham/nhom/san-pham-khac/', 4)).toBe('/san-pham/nhom/san-pham-khac/trang/4/');
  });

  test('split into pages of a size; an empty list is one empty page', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 48)).toEqual([[]]);
  });

  test('the pager shows the first, the last and the pages near the current one', () => {
    expect(pageWindow(50, 209)).toEqual([1, null, 48, 49, 50, 51, 52, null, 209]);
    expect(pageWindow(1, 209)).toEqual([1, 2, 3, null, 209]);
    expect(pageWindow(209, 209)).toEqual([1, null, 207, 208, 209]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });

  test('a gap of one page is shown as that page, not as "…"', () => {
    expect(pageWindow(4, 9)).toEqual([1, 2, 3, 4, 5, 6, null, 9]);
  });
});
