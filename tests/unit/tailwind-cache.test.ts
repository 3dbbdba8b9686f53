// Tailwind's stylesheet kept between builds: made again whenever the stylesheet
// given, its address or any file of src/ changes; answered from the cache otherwise.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { describe, expect, test } from 'vitest';
import { cachedTailwind, TAILWIND_BUILD_PLUGIN } from '../../src/integrations/tailwind-cache.ts';
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
  /** Tailwind's plugins as a stand-in: the build one counts its calls. */
  function plugins() {
    const calls: string[] = [];
    const other: Plugin = { name: '@tailwindcss/vite:scan' };
    const build: Plugin = { name: TAILWIND_BUILD_PLUGIN, transform: { filter: { id: /\.css$/ }, handler: async (code: string) => (calls.push(code), { code: `/*tw*/${code}`, map: null }) } };
    return { calls, list: [other, build] };
  }
  async function run(dir: string, code: string, id = '/site/src/styles/global.css') {
    const { calls, list } = plugins();
    const wrapped = cachedTailwind(list, path.join(dir, 'src'));
    expect(wrapped[0]).toBe(list[0]);
    const build = wrapped[1]!;
    (build.configResolved as (c: ResolvedConfig) => void)({ cacheDir: path.join(dir, 'vite') } as ResolvedConfig);
    const transform = build.transform as { filter: unknown; handler: (code: string, id: string) => Promise<unknown> };
    expect(transform.filter).toEqual({ id: /\.css$/ });
    return { result: await transform.handler.call({}, code, id), calls };
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
});
