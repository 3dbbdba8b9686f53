// A Sätteri hast plugin giving Markdown headings ASCII ids without diacritics
// ("II. NHIỆM VỤ KẾ HOẠCH" → "ii-nhiem-vu-ke-hoach"), so that anchors are
// readable when shared. Astro's own heading-ids plugin keeps ids already set.
import { createSlugger } from './slug.ts';

interface HastElement {
  properties?: Record<string, unknown>;
}
interface VisitContext {
  textContent(node: HastElement): string;
  setProperty(node: HastElement, name: string, value: string): void;
}

export function asciiHeadingIds() {
  const slug = createSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node: HastElement, ctx: VisitContext) {
        if (typeof node.properties?.['id'] === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
}
