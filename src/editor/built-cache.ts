// The web editor's own files (its page, config.yml, manual-init.js, editor.js),
// kept in the Astro cache between builds under a key made of everything they are
// made from. Making them loads the schemas with TypeScript's parser and bundles
// the editor's script with esbuild: about 0.9 s of every build's start, in line,
// for files that change only when the code, the settings or the units do.
//
// The key covers: every file under src/ (schemas, their comments, the editor's
// code, the words), the content folder's top-level files (site.yaml with the site's
// name and words, the units file), the settings the build takes from its
// environment (EDITOR_*), the site's address, and the versions of the packages
// that write the files. Anything else leaves them as they were.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageVersion, treeHash } from '../lib/source-tree.ts';

/** The files kept: written by the build into dist/admin/ exactly as stored. */
export const CACHED_FILES = ['index.html', 'config.yml', 'manual-init.js', 'editor.js'] as const;
export type EditorFiles = Record<(typeof CACHED_FILES)[number], string>;

/** Packages whose version changes what the files hold. */
const PACKAGES = ['decap-cms', 'esbuild', 'astro', 'typescript', 'js-yaml'];

export interface KeyInputs {
  /** The site's code (src/). */
  srcDir: string;
  /** The content folder: its top-level files are read (not its collections' folders). */
  contentDir: string;
  /** The site's address as the build uses it. */
  site: string | undefined;
  env?: Record<string, string | undefined>;
}

/** The key of the editor's files for these inputs. */
export function editorFilesKey({ srcDir, contentDir, site, env = process.env }: KeyInputs): string {
  const hash = createHash('sha256');
  const add = (label: string, value: string | Buffer) => {
    hash.update(`${label}\0${value.length}\0`);
    hash.update(value);
  };
  add('src', treeHash(srcDir));
  if (existsSync(contentDir)) {
    for (const name of readdirSync(contentDir).sort()) {
      const file = path.join(contentDir, name);
      if (statSync(file).isFile()) add(`content:${name}`, readFileSync(file));
    }
  }
  add('site', site ?? '');
  for (const name of Object.keys(env).filter((k) => k.startsWith('EDITOR_')).sort()) add(`env:${name}`, env[name] ?? '');
  for (const name of PACKAGES) add(`pkg:${name}`, packageVersion(name));
  return hash.digest('hex').slice(0, 32);
}

/** The files stored under this key, or null. */
export function readEditorFiles(cacheRoot: string, key: string): EditorFiles | null {
  const dir = path.join(cacheRoot, key);
  try {
    return Object.fromEntries(CACHED_FILES.map((name) => [name, readFileSync(path.join(dir, name), 'utf8')])) as EditorFiles;
  } catch {
    return null;
  }
}

/** Stores the files under this key, alone: older keys are removed. Written aside, then renamed into place. */
export function storeEditorFiles(cacheRoot: string, key: string, files: EditorFiles): void {
  mkdirSync(cacheRoot, { recursive: true });
  const temp = path.join(cacheRoot, `.${key}.${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp);
  for (const name of CACHED_FILES) writeFileSync(path.join(temp, name), files[name]);
  for (const old of readdirSync(cacheRoot)) if (old !== path.basename(temp)) rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
  renameSync(temp, path.join(cacheRoot, key));
}
