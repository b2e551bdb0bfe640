import { create } from 'qrcode';

export interface QrDrawing {
  /** One SVG path, one unit square per dark module, offset by the quiet zone. */
  path: string;
  /** The drawing's width and height in modules, quiet zone included. */
  size: number;
}

const QUIET_ZONE = 4;

/** A QR code of `text` as SVG path data: drawn inline by the page, so no image is fetched (and CSP needs nothing). */
export function qrDrawing(text: string): QrDrawing {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { path: parts.join(''), size: modules.size + QUIET_ZONE * 2 };
}
