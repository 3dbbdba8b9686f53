// Job: the web editor's files (built-files.ts) made in a process of its own while
// the site builds (src/integrations/editor.ts starts it when the build starts and
// its cache has none for the inputs): loading the schemas' parser and esbuild took
// more than a second of the build's own process. Prints the files as JSON.
// Usage: node src/editor/files-job.ts [site address]   (content folder: CONTENT_DIR; forge: EDITOR_*)
import { editorFiles } from './built-files.ts';

process.stdout.write(JSON.stringify(await editorFiles(process.argv[2] || undefined)));
