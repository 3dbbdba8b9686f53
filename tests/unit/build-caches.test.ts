// What a warm build reuses, and when it must not: the web editor's files are kept
// in the Astro cache under a key of everything they are made from (a schema's
// comment, the site's name, the forge's address…), so a change to any of these
// gives new files; the after-build steps keep Node's compile cache in the Astro
// cache folder; the garbage collector's memory setting is for a large catalogue only.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorFilesKey, readEditorFiles, storeEditorFiles, type EditorFiles } from '../../src/editor/built-cache.ts';
import { compileCacheDir } from '../../src/integrations/after-build.ts';
import { holdsAtLeast } from '../../src/lib/content-dir.ts';
import { tempDir } from '../support/content-fixture.ts';

/** A copy of the site's src/ and of the content folder's top-level files, to change freely. */
function inputs() {
  const root = tempDir('kc-editor-key-');
  const srcDir = path.join(root, 'src');
  const contentDir = path.join(root, 'content');
  cpSync('src', srcDir, { recursive: true });
  mkdirSync(contentDir);
  for (const name of ['site.yaml', 'don-vi-hanh-chinh.yaml', 'logo.svg']) cpSync(path.join('content', name), path.join(contentDir, name));
  return { srcDir, contentDir, site: 'https://khuyencong.example.gov.vn', env: { EDITOR_REPO: 'so-cong-thuong/khuyen-cong' } };
}

describe("the web editor's files kept between builds", () => {
  it('the same inputs give the same key; a change to a schema comment, the settings, the units, the address or the forge gives another', () => {
    const base = inputs();
    const key = editorFilesKey(base);
    expect(editorFilesKey({ ...base })).toBe(key);

    /** The key with `file` changed by `edit`, the file then put back as it was. */
    const keyWithEdited = (file: string, edit: (text: string) => string) => () => {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, edit(text));
      const k = editorFilesKey(base);
      writeFileSync(file, text);
      return k;
    };
    const changes: [string, () => string][] = [
      ['a schema comment (the field label in the editor)', keyWithEdited(path.join(base.srcDir, 'schemas/product.ts'), (t) => t.replace(/\/\/ /, '// (đã sửa) '))],
      ["the site's name in site.yaml", keyWithEdited(path.join(base.contentDir, 'site.yaml'), (t) => `${t}\n# đổi\n`)],
      ['a unit added to the units file', keyWithEdited(path.join(base.contentDir, 'don-vi-hanh-chinh.yaml'), (t) => `${t}\n`)],
      ["the site's public address", () => editorFilesKey({ ...base, site: 'https://khac.example.gov.vn' })],
      ['the forge settings', () => editorFilesKey({ ...base, env: { EDITOR_REPO: 'khac/khac' } })],
      ['a forge setting added', () => editorFilesKey({ ...base, env: { ...base.env, EDITOR_FORGE_URL: 'https://git.example.gov.vn' } })],
    ];
    for (const [what, changed] of changes) expect(changed(), what).not.toBe(key);
    // Every change undone: the key is the first one again.
    expect(editorFilesKey(base)).toBe(key);
  });

  it('files stored under a key are read back as they were; another key finds nothing; only the last key is kept', () => {
    const root = path.join(tempDir('kc-editor-cache-'), 'kc-editor');
    const files = (n: number): EditorFiles => ({ 'index.html': `<p>${n}</p>`, 'config.yml': `a: ${n}\n`, 'manual-init.js': 'x', 'editor.js': `// ${n} Đồng Nai` });
    storeEditorFiles(root, 'k1', files(1));
    expect(readEditorFiles(root, 'k1')).toEqual(files(1));
    expect(readEditorFiles(root, 'k2')).toBeNull();
    storeEditorFiles(root, 'k2', files(2));
    expect(readEditorFiles(root, 'k2')).toEqual(files(2));
    expect(readEditorFiles(root, 'k1')).toBeNull();
  });
});

describe('build settings that depend on the machine or the catalogue', () => {
  it("the steps' compile cache: NODE_COMPILE_CACHE when set, else the build's own, else inside the Astro cache", () => {
    expect(compileCacheDir('/x/.astro', { NODE_COMPILE_CACHE: '/tmp/ncc' }, '/tmp/node-compile-cache/v24.12.0-x64-0')).toBe('/tmp/ncc');
    // The build's own (Astro turns Node's on outside CI): the steps share it.
    expect(compileCacheDir('/x/.astro', {}, '/tmp/node-compile-cache/v24.12.0-x64-cf738c9d-0')).toBe('/tmp/node-compile-cache');
    // None (CI): in the Astro cache, which the workflow keeps.
    expect(compileCacheDir('/x/.astro', {}, undefined)).toBe(path.join('/x/.astro', 'node-compile-cache'));
    expect(compileCacheDir('', {}, undefined)).toBeUndefined();
  });

  it("a large catalogue is told from one province's content", () => {
    expect(holdsAtLeast('content', 10)).toBe(true);
    const big = tempDir('kc-many-');
    for (let i = 0; i < 30; i++) {
      mkdirSync(path.join(big, 'products', `p${i}`), { recursive: true });
      writeFileSync(path.join(big, 'products', `p${i}`, 'index.md'), '---\n---\n');
    }
    expect(holdsAtLeast(big, 30)).toBe(true);
    expect(holdsAtLeast(big, 31)).toBe(false);
    expect(holdsAtLeast(path.join(big, 'khong-co'), 1)).toBe(false);
  });
});
