import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { Table } from './model';

/**
 * Arimo (SIL Open Font License; metrically the Arial the HTML asks for), embedded so the PDF looks the same everywhere.
 * Each face is read and parsed once per process and shared by every document (parsing it per document was most of the
 * time a PDF took); PDFKit still embeds a subset per document.
 */
const FONT_DIR = dirname(require.resolve('@expo-google-fonts/arimo/package.json'));
export const FACES = {
  Body: face(join(FONT_DIR, '400Regular', 'Arimo_400Regular.ttf')),
  Bold: face(join(FONT_DIR, '700Bold', 'Arimo_700Bold.ttf')),
};

function face(path: string): PDFKit.Mixins.PDFFontSource {
  const font = fontkit.create(readFileSync(path));
  if (!('layout' in font)) throw new Error(`${path} is a font collection, not one font`);
  // PDFKit takes a parsed fontkit font where @types/pdfkit lists only files and bytes.
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}
export type Face = keyof typeof FACES;

/** The creation date written into every PDF: the same figures must give the same bytes, so it is never "now". */
export const REPORT_PDF_DATE = new Date('2000-01-01T00:00:00Z');

export const MARGIN = 56;
export const FOOTER = 28;
export const TEXT = '#0b0c0c';
export const SECONDARY = '#484949';
export const BORDER = '#b1b4b6';
export const BAR = '#1d70b8';
export const CELL_PADDING = 4;

/** The label column takes the room its text needs (at most 45% with several figures); figures share the rest. */
export function columnWidths(table: Table, width: number): number[] {
  const figures = table.columns.length - 1;
  if (figures <= 0) return [width];
  const label = figures === 1 ? width * 0.6 : width * 0.4;
  return [label, ...Array.from({ length: figures }, () => (width - label) / figures)];
}
