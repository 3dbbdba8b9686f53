// Where content is read from: ./content, or CONTENT_DIR when set (tests and the
// national-scale benchmark build other content folders).

/** The content folder, without a trailing slash. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env['CONTENT_DIR'] || './content').replace(/\/$/, '');
}
