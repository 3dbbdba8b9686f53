// The web editor at /admin/ (Decap CMS, src/editor/): written into the built site
// after the pages (it is not a page of the site: no sitemap entry, no search index,
// no share card, noindex), and served by `astro dev` from memory, where `npm run
// edit` (scripts/edit.ts) also passes /admin/api/ on to decap-server, which writes
// into the working copy and commits. Same origin in both cases: the page's policy
// allows no other address but the forge's.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { EditorOptions } from '../editor/config.ts';
import { backendFromEnv } from '../editor/backend.ts';
import { jsonJob } from './after-build.ts';
import { CACHED_FILES, editorFilesKey, readEditorFiles, storeEditorFiles, type EditorFiles } from '../editor/built-cache.ts';
import { decapFiles, EDITOR_FOLDER, stylesOfPage } from '../editor/decap-files.ts';
import { contentDir } from '../lib/content-dir.ts';
import { siteWords } from '../lib/site-words.ts';


/**
 * The editor's modules (its configuration made from the schemas, esbuild for its
 * script): imported when first needed, not when the site's configuration loads
 * (they took half a second of every build's start).
 */
let modules: Promise<typeof import('../editor/admin-files.ts')> | undefined;
const editorModules = () => (modules ??= import('../editor/admin-files.ts'));

/** The content folder's administrative units (don-vi-hanh-chinh.yaml), read now: the choices of a product's unit in the editor. */
async function units() {
  const { readUnitsFile } = await import('../loaders/units-file.ts');
  return readUnitsFile(contentDir())?.units ?? [];
}

/** `npm run edit`: decap-server's address (scripts/edit.ts sets it) and the branch checked out. */
function localEditor(env = process.env): { server: URL; branch: string } | null {
  const server = env['KC_EDITOR_SERVER'];
  return server ? { server: new URL(server), branch: env['KC_EDITOR_BRANCH'] || 'main' } : null;
}

export function editor(): AstroIntegration {
  let site: string | undefined;
  let srcDir = '';
  let cacheDir = '';
  let prepared: Promise<EditorFiles> | undefined;
  /** The editor's files made now, in a process of its own (src/editor/files-job.ts): its page, its configuration from the schemas, its script. */
  const makeFiles = () => jsonJob<EditorFiles>(path.join(srcDir, 'editor/files-job.ts'), site ? [site] : [], cacheDir);
  return {
    name: 'kc:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        srcDir = fileURLToPath(config.srcDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': async ({ server, logger }) => {
        const { adminPage, configYaml, editorScript, MANUAL_INIT } = await editorModules();
        const local = localEditor();
        const decap = decapFiles();
        let script: Promise<string> | undefined;
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (url.pathname === `/${EDITOR_FOLDER}`) {
            res.writeHead(301, { Location: `/${EDITOR_FOLDER}/` }).end();
            return;
          }
          if (!url.pathname.startsWith(`/${EDITOR_FOLDER}/`)) return next();
          const name = url.pathname.slice(EDITOR_FOLDER.length + 2);
          // decap-server, behind the same origin: the repository is never reachable from another machine or site.
          if (name.startsWith('api/')) {
            if (!local) return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Chạy npm run edit để lưu vào kho mã trên máy này.');
            const target = new URL(`/${name}${url.search}`, local.server);
            const upstream = http.request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              answer.pipe(res);
            });
            upstream.on('error', (error) => res.writeHead(502, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`decap-server không trả lời: ${error.message}`));
            req.pipe(upstream);
            return;
          }
          const send = (type: string, body: string | Buffer) => res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
          const fail = (error: unknown) => {
            logger.error(String(error));
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
          };
          if (name === '' || name === 'index.html') {
            return send('text/html; charset=utf-8', adminPage({ siteName: siteWords().siteName }));
          }
          if (name === 'config.yml') {
            const origin = `http://${req.headers.host ?? 'localhost:4321'}`;
            // The units as the file is now: one added in the editor is offered at once.
            units()
              .then((list) => {
                const options: EditorOptions = local
                  ? { backend: { name: 'gitea', repo: 'kho-tren-may/kho-tren-may', branch: local.branch }, localBackend: `${origin}/${EDITOR_FOLDER}/api/v1/`, siteUrl: origin, units: list }
                  : { backend: backendFromEnv(), siteUrl: origin, units: list };
                send('text/yaml; charset=utf-8', configYaml(options));
              })
              .catch(fail);
            return;
          }
          if (name === 'manual-init.js') return send('text/javascript; charset=utf-8', MANUAL_INIT);
          if (name === 'editor.js') {
            script ??= editorScript();
            script.then((text) => send('text/javascript; charset=utf-8', text), (error: unknown) => ((script = undefined), fail(error)));
            return;
          }
          if (name === 'preview.css') {
            // The site's stylesheet as Vite compiles it for this server (Tailwind over the site's sources).
            server.ssrLoadModule('/src/styles/global.css?inline').then(
              (mod) => send('text/css; charset=utf-8', String((mod as { default: string }).default)),
              fail,
            );
            return;
          }
          if (decap.files.includes(name)) {
            const type = name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/plain; charset=utf-8';
            return send(type, readFileSync(path.join(decap.dir, name)));
          }
          next();
        });
      },
      // Taken from the cache when nothing they are made from has changed (src/editor/built-cache.ts);
      // otherwise made in a process of its own, started with the build.
      'astro:build:start': ({ logger }) => {
        const cacheRoot = cacheDir && srcDir ? path.join(cacheDir, 'kc-editor') : undefined;
        const key = cacheRoot ? editorFilesKey({ srcDir, contentDir: contentDir(), site }) : '';
        const cached = cacheRoot ? readEditorFiles(cacheRoot, key) : null;
        // Made from the start of the build: once Vite had bundled, its esbuild run (on every core)
        // slowed the pages' rendering of a cold build (pages 7-10 s slower at 10,000 products).
        prepared = cached
          ? Promise.resolve(cached)
          : makeFiles().then((files) => {
              try {
                if (cacheRoot) storeEditorFiles(cacheRoot, key, files);
              } catch (error) {
                logger.warn(`không lưu được trình biên tập vào bộ nhớ đệm: ${String(error)}`);
              }
              return files;
            });
        prepared.catch(() => {}); // awaited at the end
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await (prepared ?? makeFiles());
        prepared = undefined;
        const out = path.join(fileURLToPath(dir), EDITOR_FOLDER);
        mkdirSync(out, { recursive: true });
        for (const name of CACHED_FILES) writeFileSync(path.join(out, name), files[name]);
        // The previews wear the site's own stylesheet: the one every built page carries inline.
        writeFileSync(path.join(out, 'preview.css'), stylesOfPage(readFileSync(path.join(fileURLToPath(dir), 'index.html'), 'utf8')));
        const decap = decapFiles();
        for (const f of decap.files) copyFileSync(path.join(decap.dir, f), path.join(out, f));
        const backend = backendFromEnv();
        logger.info(`trình biên tập /${EDITOR_FOLDER}/ (Decap CMS ${decap.version})${backend.configured ? `: ${backend.name} ${backend.repo}` : ': chưa nối với kho mã (EDITOR_FORGE_URL, EDITOR_REPO, EDITOR_APP_ID; docs/editor.md)'}`);
      },
    },
  };
}
