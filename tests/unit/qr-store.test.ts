// QR codes worked out once per address and kept between builds (src/lib/qr.ts,
// src/integrations/qr-store.ts): a code drawn from the store is the code drawn
// afresh; a store of another version, or with a damaged entry, is not used for it;
// only the codes a build drew are kept for the next.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterEach, describe, expect, it } from 'vitest';
import { readQrStore, writeQrStore } from '../../src/integrations/qr-store.ts';
import { QR_STORE, qrDrawing, type QrStore } from '../../src/lib/qr.ts';
import { tempDir } from '../support/content-fixture.ts';

const slot = globalThis as { [QR_STORE]?: QrStore };
afterEach(() => {
  delete slot[QR_STORE];
});

/** The drawing as a bitmap jsQR can read (4 pixels a module). */
function decode({ size, path: d }: { size: number; path: string }): string | undefined {
  const scale = 4;
  const w = size * scale;
  const px = new Uint8ClampedArray(w * w * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [x, y, run] = [Number(m[1]), Number(m[2]), Number(m[3])];
    for (let yy = y * scale; yy < (y + 1) * scale; yy++)
      for (let xx = x * scale; xx < (x + run) * scale; xx++) px.fill(0, (yy * w + xx) * 4, (yy * w + xx) * 4 + 3);
  }
  return jsQR(px, w, w)?.data;
}

describe('QR codes kept between builds', () => {
  const url = 'https://khuyencong.example.gov.vn/san-pham/gom-bien-hoa/';

  it('a code drawn from the store is the same drawing as one worked out afresh, and reads back as its address', () => {
    const fresh = qrDrawing(url);
    expect(decode(fresh)).toBe(url);
    const file = path.join(tempDir('kc-qr-'), 'kc-qr.json');
    slot[QR_STORE] = readQrStore(file);
    expect(qrDrawing(url)).toEqual(fresh); // worked out, and stored
    writeQrStore(file, slot[QR_STORE]);
    slot[QR_STORE] = readQrStore(file);
    expect(slot[QR_STORE].modules.has(url)).toBe(true);
    expect(qrDrawing(url)).toEqual(fresh); // from the store
  });

  it('only the codes the last build drew are kept', () => {
    const file = path.join(tempDir('kc-qr-'), 'kc-qr.json');
    slot[QR_STORE] = readQrStore(file);
    qrDrawing(`${url}?a`);
    qrDrawing(`${url}?b`);
    writeQrStore(file, slot[QR_STORE]);
    slot[QR_STORE] = readQrStore(file);
    qrDrawing(`${url}?b`);
    writeQrStore(file, slot[QR_STORE]);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { codes: object }).codes)).toEqual([`${url}?b`]);
  });

  it('a store of another version, or an entry that is not a code, is not used: the code is worked out again', () => {
    const fresh = qrDrawing(url);
    const file = path.join(tempDir('kc-qr-'), 'kc-qr.json');
    const other = qrDrawing('https://khac.example.gov.vn/');
    slot[QR_STORE] = readQrStore(file);
    qrDrawing('https://khac.example.gov.vn/');
    writeQrStore(file, slot[QR_STORE]);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version: string; codes: Record<string, unknown> };
    const otherModules = stored.codes['https://khac.example.gov.vn/'];

    // Another version: the other address's modules under this address are not read.
    writeFileSync(file, JSON.stringify({ version: 'qrcode-0.0.0 M', codes: { [url]: otherModules } }));
    slot[QR_STORE] = readQrStore(file);
    expect(slot[QR_STORE].modules.size).toBe(0);
    expect(qrDrawing(url)).toEqual(fresh);

    // Damaged entries (a side out of range, bits of the wrong length, not an object) are dropped.
    writeFileSync(file, JSON.stringify({ version: stored.version, codes: { [url]: { n: 9, bits: '' }, a: { n: 25, bits: 'AAAA' }, b: 'x' } }));
    slot[QR_STORE] = readQrStore(file);
    expect(slot[QR_STORE].modules.size).toBe(0);
    expect(qrDrawing(url)).toEqual(fresh);
    // A file that is not JSON: an empty store.
    writeFileSync(file, '{');
    expect(readQrStore(file).modules.size).toBe(0);
    expect(other).not.toEqual(fresh);
  });
});
