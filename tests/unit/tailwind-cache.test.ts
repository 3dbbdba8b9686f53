// Tailwind's stylesheet kept between builds: made again whenever the stylesheet
// given, its address or any file of src/ changes; answered from the cache otherwise.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, test } from 'vitest';
import { cachedTailwind, TAILWIND_BUILD_PLUGIN, TAILWIND_FILTER, TAILWIND_SERVE_PLUGIN } from '../../src/integrations/tailwind-cache.ts';
import { treeHash } from '../../src/lib/source-tree.ts';

function tree() {
  const dir = mkdtempSync(path.join(tmpdir(), 'kc-tw-'));
  mkdirSync(path.join(dir, 'src/components'), { recursive: true });
  writeFileSync(path.join(dir, 'src/components/A.astro'), '<p class="text-sm">A</p>');
  writeFileSync(path.join(dir, 'src/b.ts'), 'export const b = "font-bold";');
  return dir;
}

describe('the hash of src/', () => {
  test('the same files give the same hash; a changed, added or renamed file another', () => {
    const dir = tree();
    const src = path.join(dir, 'src');
    const first = treeHash(src);
    expect(treeHash(src)).toBe(first);
    writeFileSync(path.join(src, 'b.ts'), 'export const b = "font-normal";');
    const changed = treeHash(src);
    writeFileSync(path.join(src, 'c.ts'), '');
    const added = treeHash(src);
    renameSync(path.join(src, 'c.ts'), path.join(src, 'd.ts'));
    expect(new Set([first, changed, added, treeHash(src)]).size).toBe(4);
  });
});

describe('the stylesheet from the cache', () => {
  /** Tailwind's plugins as a stand-in: `loads` counts how often they are loaded, `calls` what the build one made. */
  function tailwind() {
    const calls: string[] = [];
    const told: string[] = [];
    let loads = 0;
    const scan: Plugin = { name: '@tailwindcss/vite:scan', configResolved: (c: ResolvedConfig) => void told.push(c.cacheDir) };
    const build: Plugin = { name: TAILWIND_BUILD_PLUGIN, transform: { filter: TAILWIND_FILTER, handler: async (code: string) => (calls.push(code), { code: `/*tw*/${code}`, map: null }) } };
    const serve: Plugin = { name: TAILWIND_SERVE_PLUGIN, transform: async (code: string) => ({ code: `/*dev*/${code}`, map: null }) };
    return { calls, told, loads: () => loads, load: async () => (loads++, [scan, serve, build]) };
  }
  async function run(dir: string, code: string, id = '/site/src/styles/global.css', command: 'build' | 'serve' = 'build') {
    const tw = tailwind();
    const plugin = cachedTailwind(path.join(dir, 'src'), tw.load);
    (plugin.configResolved as (c: ResolvedConfig) => void)({ cacheDir: path.join(dir, 'vite'), command } as ResolvedConfig);
    const transform = plugin.transform as { filter: unknown; handler: (code: string, id: string) => Promise<unknown> };
    return { result: await transform.handler.call({}, code, id), ...tw };
  }

  test('made once, then read back while nothing changed; made again when the stylesheet, its address or src/ changes', async () => {
    const dir = tree();
    const first = await run(dir, '@import "tailwindcss";');
    expect(first.calls).toHaveLength(1);
    expect(first.result).toEqual({ code: '/*tw*/@import "tailwindcss";', map: null });
    const again = await run(dir, '@import "tailwindcss";');
    expect(again.calls).toHaveLength(0);
    expect(again.result).toEqual(first.result);
    expect((await run(dir, '@import "tailwindcss"; :root{--brand:#123456}')).calls).toHaveLength(1);
    expect((await run(dir, '@import "tailwindcss";', '/site/src/styles/other.css')).calls).toHaveLength(1);
    writeFileSync(path.join(dir, 'src/b.ts'), 'export const b = "underline";');
    expect((await run(dir, '@import "tailwindcss";')).calls).toHaveLength(1);
    // Only what was made from today's src/ is kept.
    expect(readdirSync(path.join(dir, 'vite/kc-tailwind'))).toHaveLength(1);
  });

  test('Tailwind is loaded (and told the configuration) only when it must make the stylesheet', async () => {
    const dir = tree();
    const first = await run(dir, '@import "tailwindcss";');
    expect(first.loads()).toBe(1);
    expect(first.told).toEqual([path.join(dir, 'vite')]);
    expect((await run(dir, '@import "tailwindcss";')).loads()).toBe(0);
  });

  test('under astro dev, Tailwind does all, and nothing is kept', async () => {
    const dir = tree();
    const dev = await run(dir, '@import "tailwindcss";', '/site/src/styles/global.css', 'serve');
    expect(dev.result).toEqual({ code: '/*dev*/@import "tailwindcss";', map: null });
    expect(dev.calls).toHaveLength(0);
    expect(existsSync(path.join(dir, 'vite/kc-tailwind'))).toBe(false);
  });

  test('the modules it is given are the ones Tailwind\'s own plugins take', async () => {
    const plugins = (await import('@tailwindcss/vite')).default();
    for (const name of [TAILWIND_BUILD_PLUGIN, TAILWIND_SERVE_PLUGIN]) {
      const transform = plugins.find((p) => p.name === name)?.transform as { filter?: unknown } | undefined;
      expect(transform?.filter, name).toEqual(TAILWIND_FILTER);
    }
    expect((cachedTailwind('/nowhere').transform as { filter: unknown }).filter).toBe(TAILWIND_FILTER);
  });
});
