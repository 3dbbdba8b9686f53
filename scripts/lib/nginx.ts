// Runs Debian's nginx on 127.0.0.1 with the site's own configuration
// (deploy/nginx/snippets/), over a folder of built files: for `npm run
// preview:nginx` and the server tests (tests/deploy/). Nothing is installed or
// changed outside a temporary folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const SNIPPETS = path.join(REPO, 'deploy', 'nginx', 'snippets');
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export const INSTALL_HINT = 'Cần nginx của Debian và mô-đun brotli_static: sudo apt-get install nginx-light libnginx-mod-http-brotli-static';

/** The nginx program, or null when it is not installed (with the reason). */
export function findNginx(): { bin: string } | { missing: string } {
  const bin = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((b) => existsSync(b)) ?? (spawnSync('which', ['nginx'], { encoding: 'utf8' }).stdout.trim() || null);
  if (!bin) return { missing: `Không tìm thấy nginx. ${INSTALL_HINT}` };
  if (!existsSync(BROTLI_MODULE)) return { missing: `nginx chưa có mô-đun brotli_static (${BROTLI_MODULE}). ${INSTALL_HINT}` };
  return { bin };
}

/** The whole nginx.conf of a local server on 127.0.0.1:`port` serving `root` with the site's snippets. */
export function localConf(options: { root: string; port: number; prefix: string }): string {
  const { root, port, prefix } = options;
  const mime = ['/etc/nginx/mime.types', path.join(path.dirname(findBin() ?? ''), '..', 'conf', 'mime.types')].find((f) => existsSync(f));
  return `# Written by scripts/lib/nginx.ts for a local server; the site's parts are the repository's snippets.
load_module ${BROTLI_MODULE};
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    include ${mime};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${SNIPPETS}/khuyen-cong-maps.conf;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${SNIPPETS}/khuyen-cong-site.conf;
    }
}
`;
}

function findBin(): string | null {
  const found = findNginx();
  return 'bin' in found ? found.bin : null;
}

/** A free port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, errorLog: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`nginx dừng (mã ${child.exitCode}): ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx không mở cổng ${port} sau ${ms} ms`);
}

export interface RunningNginx {
  url: string;
  port: number;
  /** The folder of the configuration and logs. */
  prefix: string;
  stop(): Promise<void>;
}

/** Starts nginx on 127.0.0.1 serving `root`; `port` 0 (the default) takes a free one. */
export async function startNginx(options: { root: string; port?: number; stdio?: 'inherit' | 'ignore' }): Promise<RunningNginx> {
  const found = findNginx();
  if ('missing' in found) throw new Error(found.missing);
  const port = options.port || (await freePort());
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'kc-nginx-'));
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, d));
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, localConf({ root: path.resolve(options.root), port, prefix }));
  const test = spawnSync(found.bin, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`Cấu hình nginx có lỗi:\n${test.stderr}`);
  const child = spawn(found.bin, ['-p', prefix, '-c', conf], { stdio: options.stdio ?? 'ignore' });
  await waitForPort(port, child, path.join(prefix, 'error.log'));
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    prefix,
    async stop() {
      if (child.exitCode === null) {
        const ended = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await ended;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
