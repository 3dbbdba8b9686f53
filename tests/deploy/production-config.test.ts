// The configuration a provincial IT office installs (deploy/nginx/khuyen-cong.conf)
// is valid for nginx as it stands, and over HTTPS it sends HSTS with the other
// headers; plain HTTP only redirects. Run on 127.0.0.1 with a throw-away certificate:
// only the listen addresses, the certificate's paths and the root are replaced.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { findNginx, freePort } from '../../scripts/lib/nginx.ts';
import { DIST } from '../support/dist.ts';

const prefix = mkdtempSync(path.join(os.tmpdir(), 'kc-prod-nginx-'));
let stop: (() => void) | undefined;
let httpPort = 0;
let httpsPort = 0;

beforeAll(async () => {
  const found = findNginx();
  if ('missing' in found) throw new Error(found.missing);
  [httpPort, httpsPort] = [await freePort(), await freePort()];
  cpSync('deploy/nginx/snippets', path.join(prefix, 'snippets'), { recursive: true });
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', path.join(prefix, 'key.pem'), '-out', path.join(prefix, 'cert.pem')], { stdio: 'ignore' });
  const site = readFileSync('deploy/nginx/khuyen-cong.conf', 'utf8')
    .replace(/^\s*listen \[::\].*$/gm, '')
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${prefix}/cert.pem;`)
    .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${prefix}/key.pem;`)
    .replace('root /srv/khuyen-cong/current;', `root ${path.resolve(DIST)};`);
  writeFileSync(path.join(prefix, 'khuyen-cong.conf'), site);
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, d));
  writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off; pid ${prefix}/nginx.pid; error_log ${prefix}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${prefix}/client_body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;
  include ${prefix}/khuyen-cong.conf;
}
`,
  );
  const check = spawnSync(found.bin, ['-t', '-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const child = spawn(found.bin, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  stop = () => child.kill('SIGQUIT');
  await new Promise((r) => setTimeout(r, 500));
});
afterAll(() => {
  stop?.();
  rmSync(prefix, { recursive: true, force: true });
});

function get(p: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    https
      .get({ host: '127.0.0.1', port: httpsPort, path: p, rejectUnauthorized: false, headers: { host: 'khuyencong.example.gov.vn' } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers }));
      })
      .on('error', reject);
  });
}

test('over HTTPS: the page, with HSTS and the security headers', async () => {
  const res = await get('/');
  expect(res.status).toBe(200);
  expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  expect(res.headers['x-content-type-options']).toBe('nosniff');
});

test('over HTTPS, a missing page: the site’s 404, with HSTS too', async () => {
  const res = await get('/khong-co/');
  expect(res.status).toBe(404);
  expect(res.headers['strict-transport-security']).toBeTruthy();
});

test('plain HTTP redirects to the same address over HTTPS, on the site’s own name', async () => {
  const res = await fetch(`http://127.0.0.1:${httpPort}/ke-hoach/2024/?a=1`, { redirect: 'manual' });
  expect(res.status).toBe(301);
  expect(res.headers.get('location')).toBe('https://khuyencong.example.gov.vn/ke-hoach/2024/?a=1');
});
