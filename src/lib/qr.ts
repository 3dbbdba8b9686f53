// QR codes drawn at build time as SVG: the modules of the npm package `qrcode`
// as one path (a square per dark module, runs merged along each row), with the
// quiet zone around them that readers need. No script, no request: the page
// carries the drawing itself.
import QRCode from 'qrcode';

export interface QrDrawing {
  /** Side of the drawing in modules, quiet zone included (the SVG's viewBox is 0 0 size size). */
  size: number;
  /** SVG path data of the dark modules. */
  path: string;
}

/** The quiet zone, in modules, on each side (the standard asks 4). */
const QUIET = 4;

/** `text` as a QR code (error correction M: about 15 % of a smudged or creased print can be lost). */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let run = 1;
      while (col + run < n && modules.get(row, col + run)) run++;
      path += `M${col + QUIET} ${row + QUIET}h${run}v1h-${run}z`;
      col += run;
    }
  }
  return { size: n + 2 * QUIET, path };
}
