// Tailwind's stylesheet kept between builds. Tailwind makes the site's CSS from
// the stylesheet it is given (src/styles/global.css, the site's colours already
// written in: theme.ts) and the class names it finds in src/ (global.css says
// `source("../")`), then minifies it: about 0.3 s of every build, the same result
// whenever those are the same. The result is kept in Vite's cache folder under a
// hash of the stylesheet as given, its address, every file of src/ and the
// versions of Tailwind's packages; a build that finds it skips Tailwind, which is
// then not even loaded. Only the stylesheets made from the current src/ are kept.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageVersion, treeHash } from '../lib/source-tree.ts';
import type { Plugin, ResolvedConfig, TransformResult } from 'vite';

/** The plugins of @tailwindcss/vite that make the stylesheet, in a build and under `astro dev`. */
export const TAILWIND_BUILD_PLUGIN = '@tailwindcss/vite:generate:build';
export const TAILWIND_SERVE_PLUGIN = '@tailwindcss/vite:generate:serve';

/**
 * The modules Tailwind's plugins transform (@tailwindcss/vite's own filter, written
 * here so that Tailwind need not be loaded to know it; a unit test compares the two).
 */
export const TAILWIND_FILTER = {
  id: {
    exclude: [/\/\.vite\//, /[?&](?:worker|sharedworker|raw|url)\b/, /\?commonjs-proxy/],
    include: [/\.css(?:\?.*)?$/, /&lang\.css/, /[?&]index=\d+\.css$/],
  },
};

type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<unknown>;
type Hook<F> = F | { handler: F };
const handlerOf = <F>(hook: Hook<F> | undefined): F | undefined => (hook && typeof hook === 'object' && 'handler' in hook ? hook.handler : (hook as F | undefined));

const loadTailwind = async (): Promise<Plugin[]> => (await import('@tailwindcss/vite')).default();

/**
 * One Vite plugin in place of Tailwind's: in a build, the stylesheet is answered
 * from the cache when it can be, and Tailwind (about 85 ms of the build's start
 * to load) is loaded only when it must make one; under `astro dev`, Tailwind
 * does everything, as it would alone. `srcDir`: the folder Tailwind reads class
 * names from; `load`: Tailwind's plugins.
 */
export function cachedTailwind(srcDir: string, load: () => Promise<Plugin[]> = loadTailwind): Plugin {
  let config: ResolvedConfig | undefined;
  let dir = '';
  let sources: string | undefined;
  const versions = ['tailwindcss', '@tailwindcss/vite', '@tailwindcss/node', '@tailwindcss/oxide'].map((name) => `${name}@${packageVersion(name)}`).join(' ');
  let tailwind: Promise<Plugin[]> | undefined;
  /** Tailwind's plugin `name`'s transform, Tailwind loaded and told the configuration first. */
  const tailwindHandler = async (name: string): Promise<Handler> => {
    tailwind ??= load().then(async (plugins) => {
      for (const plugin of plugins) await handlerOf(plugin.configResolved as Hook<(c: ResolvedConfig) => unknown>)?.call(undefined, config!);
      return plugins;
    });
    const handler = handlerOf((await tailwind).find((p) => p.name === name)?.transform as Hook<Handler> | undefined);
    if (!handler) throw new Error(`@tailwindcss/vite không còn plugin ${name} (tailwind-cache.ts cần sửa theo phiên bản mới)`);
    return handler;
  };
  return {
    name: 'kc:tailwind',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
      dir = path.join(resolved.cacheDir, 'kc-tailwind');
    },
    transform: {
      filter: TAILWIND_FILTER,
      async handler(code, id, ...rest) {
        if (config?.command !== 'build') return (await (await tailwindHandler(TAILWIND_SERVE_PLUGIN)).call(this, code, id, ...rest)) as TransformResult;
        if (sources === undefined) {
          sources = treeHash(srcDir);
          // Stylesheets made from other sources are of no more use (src/ changed): removed.
          if (existsSync(dir)) for (const name of readdirSync(dir)) if (!name.startsWith(`${sources.slice(0, 16)}-`)) rmSync(path.join(dir, name), { force: true });
        }
        const key = createHash('sha256').update(`${versions}\n${id}\n${sources}\n`).update(code).digest('hex');
        const file = path.join(dir, `${sources.slice(0, 16)}-${key}.json`);
        if (existsSync(file)) {
          const kept = JSON.parse(readFileSync(file, 'utf8')) as { result: unknown };
          return kept.result as TransformResult;
        }
        const result = await (await tailwindHandler(TAILWIND_BUILD_PLUGIN)).call(this, code, id, ...rest);
        // Only plain results are kept ({ code, map } or nothing), written whole or not at all.
        const plain = result === undefined || (typeof result === 'object' && result !== null && typeof (result as { code?: unknown }).code === 'string');
        if (plain) {
          mkdirSync(dir, { recursive: true });
          const temp = `${file}.${process.pid}.tmp`;
          writeFileSync(temp, JSON.stringify({ result: result ?? null }));
          renameSync(temp, file);
        }
        return result as TransformResult;
      },
    },
  };
}
