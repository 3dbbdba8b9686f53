// The parts of the web editor's files that need none of its code: where it sits in
// the built site, Decap CMS's own bundle (copied from node_modules), and the
// site's stylesheet for its previews. Light to import: the build copies these
// even when the rest comes from the cache (built-cache.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The folder of the editor in the built site, and its address. */
export const EDITOR_FOLDER = 'admin';

const require = createRequire(import.meta.url);

/** Decap CMS's browser bundle: the main file, the parts it loads when needed, the WebAssembly image encoders, its licence. */
export function decapFiles(): { dir: string; files: string[]; version: string } {
  const pkg = require.resolve('decap-cms/package.json');
  const dir = path.join(path.dirname(pkg), 'dist');
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const files = readdirSync(dir).filter((f) => f === 'decap-cms.js' || f === 'decap-cms.js.LICENSE.txt' || /^\d+\.decap-cms\.js$/.test(f) || /\.wasm$/.test(f));
  return { dir, files, version };
}

/** The site's stylesheet, as a built page carries it inline (every page has the same one, from src/styles/global.css). */
export function stylesOfPage(html: string): string {
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
}
