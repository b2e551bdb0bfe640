import { reportingYearLabel } from '@heard/domain';
import { cellText, isSuppressed, type ReportModel, SUPPRESSED_MARKER, type Table } from './model';

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 50;

interface Line {
  text: string;
  size: number;
  bold: boolean;
  x: number;
}

/**
 * The same report as a PDF (A4, Helvetica): title, summary, and each section's text and tables,
 * with the charts' data. Written directly in PDF syntax so it needs no native tools, and with no
 * dates inside so the same model gives the same bytes.
 */
export function reportPdf(model: ReportModel): Uint8Array {
  const pages = new PageWriter();
  pages.text(model.title, 18, true);
  pages.text(`${model.scope} - reporting year ${reportingYearLabel(model.year)}`, 10, false);
  pages.gap(8);
  pages.text('Summary: what changed since last year', 14, true);
  for (const point of model.summary) pages.wrapped(`- ${point}`, 10, false, 0);
  pages.wrapped(`Counts from 1 to ${model.threshold}, and any figure from which one could be worked out, are shown as ${SUPPRESSED_MARKER}.`, 9, false, 0);
  for (const section of model.sections) {
    pages.gap(10);
    pages.text(section.title, 14, true);
    pages.wrapped(section.intro, 10, false, 0);
    for (const table of section.tables) tableLines(pages, table);
  }
  return pages.finish();
}

function tableLines(pages: PageWriter, table: Table): void {
  pages.gap(4);
  pages.wrapped(table.caption, 10, true, 0);
  const width = (PAGE_WIDTH - 2 * MARGIN) / table.columns.length;
  const row = (cells: string[], bold: boolean) => pages.row(cells.map((text, i) => ({ text: clip(text, width), size: 8, bold, x: MARGIN + i * width })));
  row(
    table.columns.map((c) => c.label),
    true,
  );
  table.rows.forEach((cells, r) =>
    row(
      cells.map((c) => (isSuppressed(c) ? SUPPRESSED_MARKER : cellText(c))),
      table.hasTotalRow && r === table.rows.length - 1,
    ),
  );
}

function clip(text: string, width: number): string {
  const fits = Math.floor(width / 4.4);
  return text.length > fits ? `${text.slice(0, Math.max(1, fits - 1))}.` : text;
}

class PageWriter {
  private readonly pages: string[] = [];
  private current: string[] = [];
  private y = PAGE_HEIGHT - MARGIN;

  text(text: string, size: number, bold: boolean): void {
    this.row([{ text, size, bold, x: MARGIN }]);
  }

  wrapped(text: string, size: number, bold: boolean, indent: number): void {
    const perLine = Math.floor((PAGE_WIDTH - 2 * MARGIN - indent) / (size * 0.5));
    const words = text.split(/\s+/);
    let line = '';
    for (const word of words) {
      if (line !== '' && `${line} ${word}`.length > perLine) {
        this.row([{ text: line, size, bold, x: MARGIN + indent }]);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') this.row([{ text: line, size, bold, x: MARGIN + indent }]);
  }

  gap(points: number): void {
    this.y -= points;
  }

  row(cells: Line[]): void {
    const size = Math.max(...cells.map((c) => c.size));
    if (this.y - size * 1.4 < MARGIN) this.newPage();
    this.y -= size * 1.4;
    for (const c of cells) this.current.push(`BT /${c.bold ? 'F2' : 'F1'} ${c.size} Tf ${c.x.toFixed(2)} ${this.y.toFixed(2)} Td (${pdfString(c.text)}) Tj ET`);
  }

  private newPage(): void {
    this.pages.push(this.current.join('\n'));
    this.current = [];
    this.y = PAGE_HEIGHT - MARGIN;
  }

  finish(): Uint8Array {
    this.newPage();
    const objects: string[] = [];
    const pageIds = this.pages.map((_, i) => 5 + i * 2);
    objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
    objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
    objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
    objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
    this.pages.forEach((content, i) => {
      const id = 5 + i * 2;
      objects[id] =
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
      objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    });
    let out = '%PDF-1.4\n';
    const offsets: number[] = [];
    for (let id = 1; id < objects.length; id += 1) {
      offsets[id] = out.length;
      out += `${id} 0 obj\n${objects[id] ?? ''}\nendobj\n`;
    }
    const xref = out.length;
    out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets
      .slice(1)
      .map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)
      .join('')}`;
    out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    // Every character is Latin-1 by now (pdfString), so one character is one byte.
    return Uint8Array.from(out, (c) => c.charCodeAt(0));
  }
}

/** A PDF string literal in WinAnsi: escapes, typographic quotes and dashes mapped, anything else outside Latin-1 as '?'. */
function pdfString(text: string): string {
  return text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/[^\x20-\xff]/g, '?')
    .replace(/([\\()])/g, '\\$1');
}
