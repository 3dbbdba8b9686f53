// Reading built pages after the build: the HTML files under dist/ and the
// few head fields the search index and the share images need. Pure string work.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every .html file under `root`, as paths relative to it ("san-pham/x/index.html"). */
export function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(root, full);
    return e.name.endsWith('.html') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** "san-pham/x/index.html" → "/san-pham/x/", "404.html" → "/404.html" */
export function urlOfFile(rel: string): string {
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/** The attributes of the first tag matching `tagPattern` (a regex source matching one whole tag). */
function attributesOf(html: string, tagPattern: RegExp): Record<string, string> | null {
  const tag = tagPattern.exec(html)?.[0];
  if (!tag) return null;
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

export interface ShareFields {
  title: string;
  image: string;
  section: string;
  photo?: string | undefined;
  /** True when the card carries the "Minh họa" mark (`data-og-sample`, any value but "false"). */
  sample?: true | undefined;
}

const OG_IMAGE = /<meta\s[^>]*property="og:image"[^>]*>/;

/** Whether a built page's og:image asks for the "Minh họa" mark. */
export function ogSample(html: string): boolean {
  return sampleOf(attributesOf(html, OG_IMAGE));
}

const sampleOf = (image: Record<string, string> | null) => image !== null && 'data-og-sample' in image && image['data-og-sample'] !== 'false';

/** og:title, og:image and the share card's data- attributes of a built page, when it has them. */
export function shareFields(html: string): ShareFields | null {
  const title = attributesOf(html, /<meta\s[^>]*property="og:title"[^>]*>/);
  const image = attributesOf(html, OG_IMAGE);
  if (!title?.['content'] || !image?.['content']) return null;
  return {
    title: title['content'].normalize('NFC'),
    image: image['content'],
    section: (image['data-og-section'] ?? '').normalize('NFC'),
    photo: image['data-og-photo'] || undefined,
    sample: sampleOf(image) || undefined,
  };
}
