// The files of the web editor at /admin/: its page, its configuration (config.yml,
// made from the schemas: config.ts), the editor's own code (editor.client.ts,
// bundled here with esbuild), the site's stylesheet for the previews, and Decap
// CMS's bundle, copied from node_modules (nothing is loaded from a CDN).
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { siteWords, type SiteWords } from '../lib/site-words.ts';
import yaml from 'js-yaml';
import { editorCspMeta } from '../features/site/security.ts';
import { editorConfig, fileLayouts, type EditorOptions } from './config.ts';
import { EDITOR_FOLDER } from './decap-files.ts';

export { decapFiles, EDITOR_FOLDER, stylesOfPage } from './decap-files.ts';
export { backendFromEnv, forgeOrigin } from './backend.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The editor's page. */
export function adminPage(options: { siteName: string; forge?: string | undefined; unconfigured?: boolean }): string {
  const note = options.unconfigured
    ? '<p style="font:16px system-ui,sans-serif;margin:1rem;padding:0.75rem 1rem;border-left:4px solid #b3261e;background:#fdecea">Trình biên tập trên mạng chưa được nối với kho mã Git của tỉnh: phòng công nghệ thông tin đặt EDITOR_FORGE_URL, EDITOR_REPO và EDITOR_APP_ID khi dựng trang (docs/editor.md). Trên máy của mình, chạy <code>npm run edit</code>.</p>\n'
    : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(editorCspMeta(options.forge))}">
<title>Biên tập nội dung · ${escapeHtml(options.siteName || 'Khuyến công')}</title>
<link rel="cms-config-url" type="text/yaml" href="config.yml">
</head>
<body>
${note}<noscript>Trình biên tập cần bật JavaScript.</noscript>
<script src="manual-init.js"></script>
<script src="decap-cms.js"></script>
<script src="editor.js"></script>
</body>
</html>
`;
}

/**
 * manual-init.js: Decap starts as soon as its script has run, and its configuration
 * may then be read before editor.js has registered the file formats and words
 * (a race seen here: half the interface kept Decap's own words). editor.js starts it.
 */
export const MANUAL_INIT = 'window.CMS_MANUAL_INIT = true;\n';

/** config.yml's text. */
export function configYaml(options: EditorOptions): string {
  return `# Written by the build from src/schemas/ (src/editor/config.ts): do not edit; change a schema and its comments.\n${yaml.dump(editorConfig(options), { lineWidth: -1, noRefs: true, quotingType: '"' })}`;
}

/** editor.js: the editor's own code, with each collection's file layout and the preview stylesheet's address. */
/** An esbuild plugin that gives the browser bundle src/lib/site-words.ts as the words read now (the browser has no disk). */
function siteWordsInBrowser(words: SiteWords): Plugin {
  return {
    name: 'kc-site-words',
    setup(b) {
      b.onResolve({ filter: /\/site-words\.ts$/ }, () => ({ path: 'site-words', namespace: 'kc-site-words' }));
      b.onLoad({ filter: /.*/, namespace: 'kc-site-words' }, () => ({ contents: `const words = ${JSON.stringify(words)};\nexport function siteWords() { return words; }`, loader: 'js' }));
    },
  };
}

export async function editorScript(): Promise<string> {
  const entry = fileURLToPath(new URL('./editor.client.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    // The site's words (src/lib/site-words.ts reads them from the content folder on disk) go in as constants.
    plugins: [siteWordsInBrowser(siteWords())],
    define: {
      __KC_LAYOUTS__: JSON.stringify(fileLayouts()),
      __KC_PREVIEW_CSS__: JSON.stringify(`/${EDITOR_FOLDER}/preview.css`),
      // Shared modules read the build date from the environment; the browser has none (today in Việt Nam is used).
      'process.env': '{}',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

