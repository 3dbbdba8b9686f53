// The web editor's own files as the build writes them into dist/admin/ (its page,
// config.yml made from the schemas, manual-init.js, editor.js bundled by esbuild),
// made from the code, the content folder's settings and units, and the environment.
// Run in a process of its own by the build (files-job.ts) when the cache has none
// for these inputs (built-cache.ts).
import { readUnitsFile } from '../loaders/units-file.ts';
import { contentDir } from '../lib/content-dir.ts';
import { siteWords } from '../lib/site-words.ts';
import { adminPage, backendFromEnv, configYaml, editorScript, forgeOrigin, MANUAL_INIT } from './admin-files.ts';
import type { EditorFiles } from './built-cache.ts';

export async function editorFiles(site: string | undefined): Promise<EditorFiles> {
  const backend = backendFromEnv();
  const units = readUnitsFile(contentDir())?.units ?? [];
  return {
    'index.html': adminPage({ siteName: siteWords().siteName, forge: forgeOrigin(backend), unconfigured: !backend.configured }),
    'config.yml': configYaml({ backend, siteUrl: site, units }),
    'manual-init.js': MANUAL_INIT,
    'editor.js': await editorScript(),
  };
}
