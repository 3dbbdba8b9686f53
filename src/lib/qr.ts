// QR codes drawn at build time as SVG: the modules of the npm package `qrcode`
// as one path (a square per dark module, runs merged along each row), with the
// quiet zone around them that readers need. No script, no request: the page
// carries the drawing itself.
//
// Working out a code (its error correction, the best of eight masks) is what costs:
// about 0.3 ms, so 2.9 s of a warm build at 10,000 products, each build, for the
// same addresses. A build keeps the modules of each code it made in a store
// (src/integrations/qr-store.ts: kept in the Astro cache between builds); the
// drawing is made from them again, which is cheap.
import QRCode from 'qrcode';

export interface QrDrawing {
  /** Side of the drawing in modules, quiet zone included (the SVG's viewBox is 0 0 size size). */
  size: number;
  /** SVG path data of the dark modules. */
  path: string;
}

/** The quiet zone, in modules, on each side (the standard asks 4). */
const QUIET = 4;

/** A code's modules: its side, and its dark modules row by row as bits, base64. */
export interface QrModules {
  n: number;
  bits: string;
}

/** The store a build shares with its pages (set by src/integrations/qr-store.ts; absent in tests and `astro dev`). */
export interface QrStore {
  modules: Map<string, QrModules>;
  /** The texts drawn in this build: only those are kept for the next. */
  used: Set<string>;
}
export const QR_STORE = Symbol.for('kc.qr-store');

/**
 * The text is encoded as one byte segment (UTF-8): an address gains nothing from
 * the package's search for the shortest mix of numeric, alphanumeric and byte
 * segments (lower-case letters are bytes anyway), which took 40 % of the time.
 */
function modulesOf(text: string): QrModules {
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const bytes = Buffer.alloc(Math.ceil((n * n) / 8));
  for (let i = 0; i < n * n; i++) if (modules.get(Math.floor(i / n), i % n)) bytes[i >> 3]! |= 0x80 >> (i & 7);
  return { n, bits: bytes.toString('base64') };
}

/** Whether stored modules are well formed (a store read from disk is checked before use). */
export function validModules(m: unknown): m is QrModules {
  if (!m || typeof m !== 'object') return false;
  const { n, bits } = m as Partial<QrModules>;
  return Number.isInteger(n) && n! >= 21 && n! <= 177 && typeof bits === 'string' && Buffer.from(bits, 'base64').length === Math.ceil((n! * n!) / 8);
}

function drawingOf({ n, bits }: QrModules): QrDrawing {
  const bytes = Buffer.from(bits, 'base64');
  const dark = (row: number, col: number) => (bytes[(row * n + col) >> 3]! & (0x80 >> ((row * n + col) & 7))) !== 0;
  let path = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; ) {
      if (!dark(row, col)) {
        col++;
        continue;
      }
      let run = 1;
      while (col + run < n && dark(row, col + run)) run++;
      path += `M${col + QUIET} ${row + QUIET}h${run}v1h-${run}z`;
      col += run;
    }
  }
  return { size: n + 2 * QUIET, path };
}

/** `text` as a QR code (error correction M: about 15 % of a smudged or creased print can be lost). */
export function qrDrawing(text: string): QrDrawing {
  const store = (globalThis as { [QR_STORE]?: QrStore })[QR_STORE];
  let modules = store?.modules.get(text);
  if (!modules) {
    modules = modulesOf(text);
    store?.modules.set(text, modules);
  }
  store?.used.add(text);
  return drawingOf(modules);
}
