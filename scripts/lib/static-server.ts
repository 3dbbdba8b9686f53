// A tiny static server for dist/, the way a plain web host serves it:
// /path/ → /path/index.html, unknown paths → 404.html with status 404. Where a
// file has a compressed copy beside it (.br, .gz: scripts/lib/compress.ts, which
// `npm run deploy` runs), it is sent as nginx's brotli_static/gzip_static send it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.yml': 'text/yaml; charset=utf-8',
};

export function resolveFile(root: string, urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  let file = path.join(root, path.normalize(clean));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return existsSync(file) ? file : null;
}

export async function serveDist(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? '/');
    const status = file ? 200 : 404;
    const body = file ?? path.join(root, '404.html');
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = [['br', '.br'], ['gzip', '.gz']].find(([name, ext]) => new RegExp(`\\b${name}\\b`).test(accepts) && existsSync(body + ext));
    res.writeHead(status, {
      'Content-Type': TYPES[path.extname(body)] ?? 'application/octet-stream',
      ...(encoding ? { 'Content-Encoding': encoding[0]!, Vary: 'Accept-Encoding' } : {}),
    });
    createReadStream(encoding ? body + encoding[1] : body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
