// ASCII slugs and accent folding for Vietnamese.

/**
 * Folds Vietnamese to plain ASCII letters: "Đồng Nai" → "Dong Nai".
 * Combining marks are stripped after NFD; đ/Đ are letters of their own
 * (not d plus a mark), so they are mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** "II. NHIỆM VỤ KẾ HOẠCH" → "ii-nhiem-vu-ke-hoach" */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Gives each slug once per document: "a", "a-1", "a-2"… */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = slugify(text) || 'muc';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}
