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
import { packageVersion, treeHash } from '../lib/source-tree.ts';
import type { Plugin } from 'vite';

/** The plugin of @tailwindcss/vite that makes the stylesheet in a build. */
export const TAILWIND_BUILD_PLUGIN = '@tailwindcss/vite:generate:build';

type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;

/**
 * Tailwind's Vite plugins with the one that makes the stylesheet in a build
 * answered from the cache when it can be. `srcDir`: the folder Tailwind reads
 * class names from.
 */
export function cachedTailwind(plugins: Plugin[], srcDir: string): Plugin[] {
  let dir = '';
  let sources: string | undefined;
  const versions = ['tailwindcss', '@tailwindcss/vite', '@tailwindcss/node', '@tailwindcss/oxide'].map((name) => `${name}@${packageVersion(name)}`).join(' ');
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
