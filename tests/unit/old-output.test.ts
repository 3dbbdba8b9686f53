// The last build's output is moved aside at the start of a build (and deleted
// meanwhile) instead of being emptied file by file before Vite starts.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { moveAside } from '../../src/integrations/old-output.ts';

function folders() {
  const root = mkdtempSync(path.join(tmpdir(), 'kc-old-output-'));
  const out = path.join(root, 'dist');
  const cache = path.join(root, 'cache');
  for (const f of ['index.html', 'san-pham/x/index.html', 'og/san-pham/x.png', '.git/HEAD']) {
    mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    writeFileSync(path.join(out, f), f);
  }
  return { out, cache };
}

test('everything but .git leaves the output folder, in one folder of the cache, files intact', () => {
  const { out, cache } = folders();
  const trash = moveAside(out, cache);
  expect(readdirSync(out)).toEqual(['.git']);
  expect(trash).toHaveLength(1);
  expect(path.dirname(trash[0]!)).toBe(cache);
  expect(readdirSync(trash[0]!).sort()).toEqual(['index.html', 'og', 'san-pham']);
  expect(existsSync(path.join(trash[0]!, 'og/san-pham/x.png'))).toBe(true);
});

test('folders left by a build stopped before it deleted them are deleted too; nothing to move, nothing new', () => {
  const { out, cache } = folders();
  const first = moveAside(out, cache);
  expect(moveAside(out, cache)).toEqual(first);
  expect(moveAside(path.join(cache, 'no-such-output'), cache)).toEqual(first);
});
