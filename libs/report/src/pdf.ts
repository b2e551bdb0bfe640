import PDFDocument from 'pdfkit';
import type {} from './pdfkit-accessibility';
import { type Cell, cellText, type Chart, isSuppressed, type ReportModel, SUPPRESSED_MARKER, type Section, type Table } from './model';
import { periodLine, provisionalStatement } from './period';
import { BAR, BORDER, CELL_PADDING, columnWidths, type Face, FACES, FOOTER, MARGIN, REPORT_PDF_DATE, SECONDARY, TEXT } from './pdf-style';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

/**
 * The report as an accessible, tagged PDF 1.7 (PDF/UA identification, title shown, language en-GB, Arimo embedded):
 * title, period (and, for a year to date, the provisional notice), summary, a contents list with page numbers, then
 * each section's heading, text, bar chart (a Figure whose alternative text is the chart's summary) and tables
 * (Table, TR, TH, TD; cells wrap, rows break across pages with the header row repeated), and "Page N of M" on every
 * page. Deterministic: a fixed creation date and ID, so the same model gives the same bytes.
 */
export async function reportPdf(model: ReportModel): Promise<Uint8Array> {
  // Laid out twice: the first pass finds the page each section starts on, for the contents list of the second.
  const pages = layout(model, null).sectionPages;
  return bytesOf(layout(model, pages).doc);
}

function layout(model: ReportModel, contentsPages: readonly number[] | null): { doc: Doc; sectionPages: number[] } {
  const doc = new PDFDocument(documentOptions(model));
  // By name, so each document opens each face once. Its default font (Helvetica) is never used, so never written.
  doc.registerFont('Body', FACES.Body);
  doc.registerFont('Bold', FACES.Bold);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const w = new Writer(doc, root);

  w.block('H1', () => w.paragraph(model.title, 22, 'Bold'));
  w.block('P', () => w.paragraph(periodLine(model, '-'), 11, 'Body', SECONDARY));
  const provisional = provisionalStatement(model);
  if (provisional !== null) w.callout(provisional.notice, provisional.detail);

  w.heading('Summary: what changed since last year');
  w.list(model.summary);
  w.block('P', () =>
    w.paragraph(
      `To protect children, counts from 1 to ${model.threshold}, and any figure from which one could be worked out, are shown as ${SUPPRESSED_MARKER}. No child is named or identified.`,
      10,
      'Body',
      SECONDARY,
    ),
  );

  w.heading('Contents');
  w.contents(
    model.sections.map((s) => s.title),
    contentsPages,
  );

  const sectionPages: number[] = [];
  for (const section of model.sections) {
    w.startPage();
    sectionPages.push(w.pageNumber());
    sectionBlock(w, section);
  }
  root.end();
  w.pageNumbers();
  return { doc, sectionPages };
}

function documentOptions(model: ReportModel): PDFKit.PDFDocumentOptions {
  const options: Omit<PDFKit.PDFDocumentOptions, 'subset'> & { subset: 'PDF/UA' } = {
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: `${model.title}: ${periodLine(model, '-')}`,
      Author: 'Heard',
      Subject: 'Independent advocacy for children in care in England',
      Creator: 'Heard',
      Producer: 'Heard (PDFKit)',
      CreationDate: REPORT_PDF_DATE,
      ModDate: REPORT_PDF_DATE,
    },
  };
  // @types/pdfkit lists only the PDF/A subsets; PDFKit itself also takes 'PDF/UA'.
  return options as unknown as PDFKit.PDFDocumentOptions;
}

function sectionBlock(w: Writer, section: Section): void {
  w.heading(section.title, section.title);
  w.block('P', () => w.paragraph(section.intro, 11));
  if (section.chart !== null) {
    const data = section.tables.find((t) => t.id === section.chart?.tableId);
    if (data !== undefined) w.chart(section.chart, data);
  }
  for (const table of section.tables) w.table(table);
}

/** Collects the document's bytes; PDFKit writes them as a stream. */
function bytesOf(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}

/** Lays the report out top to bottom, tagging every piece of content and marking rules, bars and page numbers as artifacts. */
class Writer {
  private readonly width: number;

  constructor(
    private readonly doc: Doc,
    private readonly root: Struct,
  ) {
    this.width = doc.page.width - 2 * MARGIN;
  }

  pageNumber(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count;
  }

  startPage(): void {
    this.doc.addPage();
  }

  /** A structure element under the document holding what `draw` puts on the page. */
  block(type: string, draw: () => void, parent: Struct = this.root): void {
    parent.add(this.doc.struct(type, {}, [draw]));
  }

  paragraph(text: string, size: number, font: Face = 'Body', color = TEXT): void {
    this.doc.font(font).fontSize(size).fillColor(color).text(text, MARGIN, this.doc.y, { width: this.width, lineGap: 2 });
    this.doc.moveDown(0.5);
  }

  /** A section heading (H2), never alone at the foot of a page; `bookmark` also lists it in the PDF's outline. */
  heading(text: string, bookmark?: string): void {
    this.room(80);
    this.doc.moveDown(0.5);
    this.block('H2', () => this.paragraph(text, 16, 'Bold'));
    if (bookmark !== undefined) this.doc.outline.addItem(bookmark);
  }

  /** The year-to-date notice: a box with a blue bar, its first line bold. */
  callout(notice: string, detail: string): void {
    const doc = this.doc;
    const inner = this.width - 25;
    const height =
      doc.font('Bold').fontSize(13).heightOfString(notice, { width: inner }) + doc.font('Body').fontSize(10).heightOfString(detail, { width: inner }) + 26;
    this.room(height);
    const top = doc.y;
    this.artifact(() => {
      doc.rect(MARGIN, top, this.width, height).fill('#f3f2f1');
      doc.rect(MARGIN, top, 6, height).fill(BAR);
    });
    this.block('P', () =>
      doc
        .font('Bold')
        .fontSize(13)
        .fillColor(TEXT)
        .text(notice, MARGIN + 18, top + 10, { width: inner }),
    );
    this.block('P', () =>
      doc
        .font('Body')
        .fontSize(10)
        .fillColor(TEXT)
        .text(detail, MARGIN + 18, doc.y + 4, { width: inner }),
    );
    doc.x = MARGIN;
    doc.y = top + height + 12;
  }

  list(items: readonly string[]): void {
    const list = this.doc.struct('L');
    this.root.add(list);
    for (const item of items) {
      const li = this.doc.struct('LI');
      list.add(li);
      const y = this.doc.y;
      li.add(this.doc.struct('Lbl', {}, [() => this.doc.font('Body').fontSize(11).fillColor(TEXT).text('•', MARGIN, y, { width: 12 })]));
      li.add(
        this.doc.struct('LBody', {}, [
          () =>
            this.doc
              .font('Body')
              .fontSize(11)
              .fillColor(TEXT)
              .text(item, MARGIN + 14, y, { width: this.width - 14, lineGap: 2 }),
        ]),
      );
      li.end();
      this.doc.moveDown(0.3);
    }
    list.end();
    this.doc.x = MARGIN;
    this.doc.moveDown(0.5);
  }

  /** The contents list (TOC, one TOCI per section) with each section's first page; `pages` is null on the first pass. */
  contents(titles: readonly string[], pages: readonly number[] | null): void {
    const toc = this.doc.struct('TOC');
    this.root.add(toc);
    titles.forEach((title, i) => {
      const page = pages?.[i] ?? 0;
      const y = this.doc.y;
      toc.add(
        this.doc.struct('TOCI', {}, [
          () => {
            this.doc
              .font('Body')
              .fontSize(11)
              .fillColor(TEXT)
              .text(`${i + 1}. ${title}`, MARGIN, y, { width: this.width - 70, lineGap: 2 });
            const below = this.doc.y;
            this.doc.text(`page ${page}`, MARGIN + this.width - 60, y, { width: 60, align: 'right' });
            this.doc.y = below;
          },
        ]),
      );
      this.doc.moveDown(0.3);
    });
    toc.end();
    this.doc.x = MARGIN;
  }

  /** A horizontal bar chart of one column, as in the HTML: a Figure whose alternative text is the chart's summary. */
  chart(chart: Chart, data: Table): void {
    const doc = this.doc;
    const rows = data.rows.filter((_, r) => !(data.hasTotalRow && r === data.rows.length - 1));
    const values = rows.map((row) => row[chart.valueColumn] ?? null);
    const max = Math.max(1, ...values.map((v) => (typeof v === 'number' ? v : 0)));
    const labelWidth = 190;
    const barSpace = this.width - labelWidth - 40;
    doc.font('Body').fontSize(9);
    const heights = rows.map((row) => Math.max(18, doc.heightOfString(cellText(row[chart.labelColumn] ?? null), { width: labelWidth - 8 }) + 6));
    const height = 24 + heights.reduce((a, b) => a + b, 0);
    this.room(height + 40);
    const top = doc.y;
    const figure = doc.struct('Figure', { alt: `Bar chart: ${data.caption}. ${chart.summary}` });
    this.root.add(figure);
    figure.add(() => {
      doc.font('Bold').fontSize(11).fillColor(TEXT).text(data.caption, MARGIN, top, { width: this.width });
      let y = top + 24;
      rows.forEach((row, i) => {
        const value: Cell = row[chart.valueColumn] ?? null;
        const barWidth = typeof value === 'number' ? (value / max) * barSpace : 0;
        doc
          .font('Body')
          .fontSize(9)
          .fillColor(TEXT)
          .text(cellText(row[chart.labelColumn] ?? null), MARGIN, y + 3, { width: labelWidth - 8 });
        if (barWidth > 0) doc.rect(MARGIN + labelWidth, y, barWidth, 14).fill(BAR);
        doc
          .font('Body')
          .fontSize(9)
          .fillColor(TEXT)
          .text(cellText(value), MARGIN + labelWidth + barWidth + 4, y + 3, { lineBreak: false });
        y += heights[i] ?? 18;
      });
    });
    figure.end();
    doc.x = MARGIN;
    doc.y = top + height;
    this.block('P', () => this.paragraph(`${chart.summary} The data are in the table below.`, 10, 'Body', SECONDARY));
  }

  /** A table: caption, a header row of column headers, then rows headed by their first cell; the header row repeats on each new page. */
  table(table: Table): void {
    const doc = this.doc;
    const widths = columnWidths(table, this.width);
    const header = table.columns.map((c) => c.label);
    const lines = table.rows.map((row) => row.map((cell) => (isSuppressed(cell) ? SUPPRESSED_MARKER : cellText(cell))));
    this.room(this.captionHeight(table.caption) + this.rowHeight(header, widths, 'Bold') + this.rowHeight(lines[0] ?? [], widths, 'Body'));
    doc.moveDown(0.5);
    const tableStruct = doc.struct('Table');
    this.root.add(tableStruct);
    tableStruct.add(doc.struct('Caption', {}, [() => this.paragraph(table.caption, 11, 'Bold')]));

    const row = (cells: readonly string[], kind: 'header' | 'body' | 'total', tagged: boolean): void => {
      const font = kind === 'body' ? 'Body' : 'Bold';
      const height = this.rowHeight(cells, widths, font);
      const top = doc.y;
      const draw = (text: string, i: number) => () => {
        const x = MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0);
        const align = i === 0 ? 'left' : 'right';
        doc
          .font(font)
          .fontSize(9)
          .fillColor(TEXT)
          .text(text, x + CELL_PADDING, top + CELL_PADDING, { width: (widths[i] ?? 0) - 2 * CELL_PADDING, align });
      };
      if (tagged) {
        const tr = doc.struct('TR');
        tableStruct.add(tr);
        cells.forEach((text, i) => {
          const type = kind === 'header' || i === 0 ? 'TH' : 'TD';
          const scope = kind === 'header' ? 'Column' : 'Row';
          tr.add(doc.struct(type, type === 'TH' ? { scope } : {}, [draw(text, i)]));
        });
        tr.end();
      } else {
        // The header row repeated at the top of a page is decoration: the tagged one is where the table starts.
        this.artifact(() => cells.forEach((text, i) => draw(text, i)()));
      }
      this.artifact(() =>
        doc
          .moveTo(MARGIN, top + height)
          .lineTo(MARGIN + this.width, top + height)
          .lineWidth(kind === 'header' ? 1.5 : 0.75)
          .stroke(kind === 'header' ? TEXT : BORDER),
      );
      doc.x = MARGIN;
      doc.y = top + height;
    };

    row(header, 'header', true);
    lines.forEach((cells, r) => {
      const height = this.rowHeight(cells, widths, 'Body');
      if (doc.y + height > this.bottom()) {
        this.startPage();
        row(header, 'header', false);
      }
      row(cells, table.hasTotalRow && r === lines.length - 1 ? 'total' : 'body', true);
    });
    tableStruct.end();
    doc.moveDown(1);
  }

  /** "Page N of M" at the foot of every page, as pagination artifacts. */
  pageNumbers(): void {
    const doc = this.doc;
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i += 1) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc.markContent('Artifact', { type: 'Pagination' });
      doc
        .font('Body')
        .fontSize(9)
        .fillColor(SECONDARY)
        .text(`Page ${i + 1} of ${count}`, MARGIN, doc.page.height - MARGIN, { width: this.width, align: 'center', lineBreak: false });
      doc.endMarkedContent();
      doc.page.margins.bottom = bottom;
    }
  }

  private artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    draw();
    this.doc.endMarkedContent();
  }

  private bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points fit below. */
  private room(height: number): void {
    if (this.doc.y + height > this.bottom()) this.startPage();
  }

  private captionHeight(caption: string): number {
    return this.doc.font('Bold').fontSize(11).heightOfString(caption, { width: this.width, lineGap: 2 }) + 20;
  }

  /** The tallest cell's wrapped text, plus padding. */
  private rowHeight(cells: readonly string[], widths: readonly number[], font: Face): number {
    this.doc.font(font).fontSize(9);
    const heights = cells.map((text, i) => this.doc.heightOfString(text === '' ? ' ' : text, { width: (widths[i] ?? 0) - 2 * CELL_PADDING }));
    return Math.max(0, ...heights) + 2 * CELL_PADDING;
  }
}
