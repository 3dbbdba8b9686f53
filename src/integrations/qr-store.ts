// The QR codes' modules kept between builds (src/lib/qr.ts): read from the Astro
// cache when the build starts, shared with the pages through a global of this
// process, and written back when the build is done, holding only the codes this
// build drew. A store that cannot be read, or was made by another version of the
// QR package, is ignored: the codes are worked out again.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { QR_STORE, validModules, type QrModules, type QrStore } from '../lib/qr.ts';

/** What the stored modules depend on besides the text: the QR package's version, the error correction level (M), one byte segment. */
const QR_STORE_VERSION = `qrcode-${(createRequire(import.meta.url)('qrcode/package.json') as { version: string }).version} M byte`;

/** The store in `file`, or an empty one. */
export function readQrStore(file: string): QrStore {
  const modules = new Map<string, QrModules>();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown; codes?: unknown };
    if (data.version === QR_STORE_VERSION && data.codes && typeof data.codes === 'object') {
      for (const [text, m] of Object.entries(data.codes as Record<string, unknown>)) if (validModules(m)) modules.set(text, m);
    }
  } catch {
    // none yet, or unreadable: made again
  }
  return { modules, used: new Set() };
}

/** Writes the codes `store` used (written aside, then renamed into place). */
export function writeQrStore(file: string, store: QrStore): void {
  const codes: Record<string, QrModules> = {};
  for (const text of [...store.used].sort()) {
    const m = store.modules.get(text);
    if (m) codes[text] = m;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}`;
  writeFileSync(temp, JSON.stringify({ version: QR_STORE_VERSION, codes }));
  renameSync(temp, file);
}

export function qrStore(): AstroIntegration {
  let file = '';
  /** How many codes the store held when the build started. */
  let read = 0;
  const slot = globalThis as { [QR_STORE]?: QrStore };
  return {
    name: 'kc:qr-store',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = path.join(fileURLToPath(config.cacheDir), 'kc-qr.json');
      },
      'astro:build:start': () => {
        slot[QR_STORE] = readQrStore(file);
        read = slot[QR_STORE].modules.size;
      },
      'astro:build:done': ({ logger }) => {
        const store = slot[QR_STORE];
        delete slot[QR_STORE];
        // Nothing to write when the build drew exactly the codes it read (a warm build: 2.5 MB at 10,000 products).
        if (!store || !store.used.size || (store.modules.size === read && store.used.size === read)) return;
        try {
          writeQrStore(file, store);
        } catch (error) {
          logger.warn(`không lưu được mã QR vào bộ nhớ đệm: ${String(error)}`);
        }
      },
    },
  };
}
