import PDFDocument from 'pdfkit';
import { FACES, FOOTER, MARGIN, REPORT_PDF_DATE, SECONDARY, TEXT } from './pdf-style';

/** One thing held about a person, already in words: a label, its value, and whether it waits on redaction review. */
export interface RecordField {
  label: string;
  value: string;
  review: boolean;
}

export interface RecordEntry {
  heading: string;
  fields: RecordField[];
}

export interface RecordSection {
  title: string;
  entries: RecordEntry[];
}

/** A readable copy of everything held about one person, for a subject-access request. */
export interface RecordDocumentModel {
  title: string;
  intro: string[];
  sections: RecordSection[];
}

/**
 * The record as a tagged PDF (language en-GB, Arimo embedded, title shown): the title and introduction, then a
 * heading (H2, also in the outline) per section, an H3 per entry and each field as "label: value"; a field waiting on
 * redaction review is marked "[review]". A section with nothing says so. Fixed creation date: same model, same bytes.
 */
export function recordPdf(model: RecordDocumentModel): Promise<Uint8Array> {
  const options: Omit<PDFKit.PDFDocumentOptions, 'subset'> & { subset: 'PDF/UA' } = {
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    subset: 'PDF/UA',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: model.title, Author: 'Heard', Creator: 'Heard', Producer: 'Heard (PDFKit)', CreationDate: REPORT_PDF_DATE, ModDate: REPORT_PDF_DATE },
  };
  const doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  doc.registerFont('Body', FACES.Body);
  doc.registerFont('Bold', FACES.Bold);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;
  const text = (type: string, value: string, size: number, font: 'Body' | 'Bold', color = TEXT) =>
    root.add(
      doc.struct(type, {}, [
        () => {
          doc.font(font).fontSize(size).fillColor(color).text(value, MARGIN, doc.y, { width, lineGap: 2 });
          doc.moveDown(0.4);
        },
      ]),
    );
  text('H1', model.title, 20, 'Bold');
  for (const line of model.intro) text('P', line, 10, 'Body', SECONDARY);
  for (const section of model.sections) {
    if (doc.y > doc.page.height - MARGIN - FOOTER - 80) doc.addPage();
    doc.outline.addItem(section.title);
    text('H2', section.title, 15, 'Bold');
    if (section.entries.length === 0) text('P', 'Nothing is held.', 10, 'Body', SECONDARY);
    for (const entry of section.entries) {
      text('H3', entry.heading, 11, 'Bold');
      for (const field of entry.fields) text('P', `${field.label}: ${field.value}${field.review ? ' [review]' : ''}`, 9.5, 'Body');
    }
  }
  root.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    doc.end();
  });
}
