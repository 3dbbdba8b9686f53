// Whether a plan, product or bulletin that a feature links to exists, looked up
// in the content folder on disk. The one place to change when products and
// bulletins become collections: swap this for a lookup in those collections.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RelatedRef } from '../lib/tv';

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const hasText = (base: string) => ['.md', '.mdx'].some((ext) => existsSync(`${base}${ext}`));

/**
 * plan "2024" → content/plans/2024.md; product "ghe-xich-du-may" →
 * content/products/ghe-xich-du-may/; bulletin "2024/so-01" → content/bulletins/2024/so-01.md
 */
export function contentIdExists(contentDir: string, ref: RelatedRef): boolean {
  // The schema allows only [a-z0-9-] and one "/"; refuse anything else here too.
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(ref.id)) return false;
  switch (ref.kind) {
    case 'plan':
      return hasText(path.join(contentDir, 'plans', ref.id));
    case 'product':
      return isDir(path.join(contentDir, 'products', ref.id));
    case 'bulletin':
      return hasText(path.join(contentDir, 'bulletins', ref.id));
  }
}
