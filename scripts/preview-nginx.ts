// Serves the built site (dist/, or the folder given) through the site's nginx
// configuration on 127.0.0.1:PORT (default 8080), as the province's server
// would: compressed files, caching and security headers, the 404 page.
// Usage: npm run preview:nginx [-- <folder>]
import path from 'node:path';
import { compressTree } from './lib/compress.ts';
import { findNginx, startNginx } from './lib/nginx.ts';

const root = path.resolve(process.argv[2] ?? 'dist');
const found = findNginx();
if ('missing' in found) {
  console.error(found.missing);
  process.exit(1);
}
const done = await compressTree(root);
console.log(`Nén trước: ${done.compressed} tệp (${done.kept} tệp để nguyên vì nén không nhỏ hơn).`);
const server = await startNginx({ root, port: Number(process.env['PORT'] ?? 8080), stdio: 'inherit' });
console.log(`nginx phục vụ ${root} tại ${server.url}/ (Ctrl+C để dừng)`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
