// Tailwind's stylesheet kept between builds. Tailwind makes the site's CSS from
// the stylesheet it is given (src/styles/global.css, the site's colours already
// written in: theme.ts) and the class names it finds in src/ (global.css says
// `source("../")`), then minifies it: about 0.3 s of every build, the same result
// whenever those are the same. The result is kept in Vite's cache folder under a
// hash of the stylesheet as given, its address, every file of src/ and the
// versions of Tailwind's packages; a build that finds it skips Tailwind. Only the
// stylesheets made from the current src/ are kept.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The plugin of @tailwindcss/vite that makes the stylesheet in a build. */
export const TAILWIND_BUILD_PLUGIN = '@tailwindcss/vite:generate:build';

/** A package's version, from the package.json above its entry point (not every package exports its package.json). */
function versionOf(name: string): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.resolve(name))); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === name) return pkg.version;
    }
  }
  throw new Error(`no package.json for ${name}`);
}

/** A hash of every file under `dir` (names and contents), in a fixed order. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string, rel: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.isDirectory()) walk(path.join(d, entry.name), `${rel}${entry.name}/`);
      else if (entry.isFile()) {
        const bytes = readFileSync(path.join(d, entry.name));
        hash.update(`${rel}${entry.name}\n${bytes.length}\n`).update(bytes);
      }
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return hash.digest('hex');
}

type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;

/**
 * Tailwind's Vite plugins with the one that makes the stylesheet in a build
 * answered from the cache when it can be. `srcDir`: the folder Tailwind reads
 * class names from.
 */
export function cachedTailwind(plugins: Plugin[], srcDir: string): Plugin[] {
  let dir = '';
  let sources: string | undefined;
  const versions = ['tailwindcss', '@tailwindcss/vite', '@tailwindcss/node', '@tailwindcss/oxide'].map((name) => `${name}@${versionOf(name)}`).join(' ');
  return plugins.map((plugin) => {
    if (plugin.name !== TAILWIND_BUILD_PLUGIN) return plugin;
    const transform = plugin.transform as { filter?: unknown; handler: Handler };
    return {
      ...plugin,
      configResolved(config) {
        dir = path.join(config.cacheDir, 'kc-tailwind');
      },
      transform: {
        ...(transform.filter ? { filter: transform.filter } : {}),
        async handler(code: string, id: string, ...rest: unknown[]) {
          if (sources === undefined) {
            sources = treeHash(srcDir);
            // Stylesheets made from other sources are of no more use (src/ changed): removed.
            if (existsSync(dir)) for (const name of readdirSync(dir)) if (!name.startsWith(`${sources.slice(0, 16)}-`)) rmSync(path.join(dir, name), { force: true });
          }
          const key = createHash('sha256').update(`${versions}\n${id}\n${sources}\n`).update(code).digest('hex');
          const file = path.join(dir, `${sources.slice(0, 16)}-${key}.json`);
          if (existsSync(file)) {
            const kept = JSON.parse(readFileSync(file, 'utf8')) as { result: unknown };
            return kept.result;
          }
          const result = await transform.handler.call(this, code, id, ...rest);
          // Only plain results are kept ({ code, map } or nothing), written whole or not at all.
          const plain = result === undefined || (typeof result === 'object' && result !== null && typeof (result as { code?: unknown }).code === 'string');
          if (plain) {
            mkdirSync(dir, { recursive: true });
            const temp = `${file}.${process.pid}.tmp`;
            writeFileSync(temp, JSON.stringify({ result: result ?? null }));
            renameSync(temp, file);
          }
          return result;
        },
      },
    } as Plugin;
  });
}
