import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import { buildReport } from './build-report';
import type { ReportInput } from './figures';
import { cellText, type ReportModel, type Table } from './model';
import { reportPdf } from './pdf';
import { figuresForTest } from './testing/figures';

/** What PDF.js (Mozilla's reader) gets from a PDF: see testing/read-pdf.mjs. */
interface ReadPdf {
  info: { PDFFormatVersion: string; Language: string | null; Title: string; CreationDate: string; ModDate: string };
  pages: string[];
  structure: Array<{ role: string; depth: number; alt?: string }>;
}

function readPdf(bytes: Uint8Array): ReadPdf {
  const out = execFileSync(process.execPath, [join(__dirname, 'testing', 'read-pdf.mjs')], { input: bytes, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as ReadPdf;
}

/** The structure tree as written (StructTreeRoot), depth first: each element's role and alternative text. */
function structureOf(pdf: PDFDocument): Array<{ role: string; alt?: string }> {
  const out: Array<{ role: string; alt?: string }> = [];
  const visit = (node: PDFObject | undefined): void => {
    const object = node instanceof PDFRef ? pdf.context.lookup(node) : node;
    if (object instanceof PDFArray) for (let i = 0; i < object.size(); i += 1) visit(object.get(i));
    if (!(object instanceof PDFDict)) return;
    const role = object.get(PDFName.of('S'));
    const alt = object.lookupMaybe(PDFName.of('Alt'), PDFString, PDFHexString);
    if (role instanceof PDFName) out.push({ role: role.decodeText(), ...(alt === undefined ? {} : { alt: alt.decodeText() }) });
    visit(object.get(PDFName.of('K')));
  };
  visit(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
  return out;
}

/** The text a reader extracts, with line breaks and runs of spaces as single spaces (a wrapped cell reads as one phrase). */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

// Each PDF is laid out twice and read by PDF.js in a child process: seconds, not milliseconds, on a busy machine.
jest.setTimeout(30_000);

const input: ReportInput = {
  year: 2025,
  scope: 'England',
  current: figuresForTest(),
  previous: figuresForTest({ themes: [{ theme: 'SIBLINGS', count: 9 }], offers: { made: 35, onTime: 20 } }),
  threshold: 4,
};
const yearToDate: ReportInput = { ...input, year: 2026, period: { year: 2026, from: '2026-04-01', to: '2026-12-01', provisional: true } };

describe('the PDF is an accessible, tagged document', () => {
  const model = buildReport(input);
  let bytes: Uint8Array;
  let read: ReadPdf;
  let pdf: PDFDocument;
  beforeAll(async () => {
    bytes = await reportPdf(model);
    read = readPdf(bytes);
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  });

  it('is PDF 1.7, marked as tagged, with a structure tree, its language, a title shown in the window, and PDF/UA identification', () => {
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 8))).toBe('%PDF-1.7');
    const catalog = pdf.catalog;
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('Type'))).toBe(PDFName.of('StructTreeRoot'));
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(pdf.getTitle()).toBe('Heard: annual advocacy report: England - reporting year 1 April 2025 to 31 March 2026');
    const metadata = catalog.lookup(PDFName.of('Metadata'));
    const xmp = metadata instanceof PDFRawStream ? new TextDecoder().decode(metadata.getContents()) : '';
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(read.info).toMatchObject({ PDFFormatVersion: '1.7', Language: 'en-GB', CreationDate: 'D:20000101000000Z', ModDate: 'D:20000101000000Z' });
  });

  it('embeds every font it uses (Arimo, as TrueType font files)', () => {
    const fonts = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'));
    const top = fonts.filter((font) => font.get(PDFName.of('Subtype')) === PDFName.of('Type0'));
    expect(
      top
        .map((font) =>
          font
            .lookup(PDFName.of('BaseFont'), PDFName)
            .decodeText()
            .replace(/^[A-Z]{6}\+/, ''),
        )
        .sort(),
    ).toEqual(['Arimo-Bold', 'Arimo-Regular']);
    for (const font of fonts) {
      const descendants = font.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray);
      const cid = descendants === undefined ? font : descendants.lookup(0, PDFDict);
      const descriptor = cid.lookup(PDFName.of('FontDescriptor'), PDFDict);
      expect(descriptor.get(PDFName.of('FontFile2'))).toBeInstanceOf(PDFRef);
    }
  });

  it('tags the title, headings, lists, contents, the chart as a figure with its summary as alternative text, and every table', () => {
    const structure = structureOf(pdf);
    const count = (role: string) => structure.filter((s) => s.role === role).length;
    const tables = model.sections.flatMap((s) => s.tables);
    expect(structure[0]).toEqual({ role: 'Document' });
    expect([count('H1'), count('H2'), count('TOCI'), count('LI')]).toEqual([1, 2 + model.sections.length, model.sections.length, model.summary.length]);
    expect([count('Table'), count('Caption')]).toEqual([tables.length, tables.length]);
    expect(count('TR')).toBe(tables.reduce((n, t) => n + 1 + t.rows.length, 0));
    expect(count('TH')).toBe(tables.reduce((n, t) => n + t.columns.length + t.rows.length, 0));
    expect(count('TD')).toBe(tables.reduce((n, t) => n + t.rows.length * (t.columns.length - 1), 0));
    const alts = [
      'Bar chart: Concerns by theme, most frequent first. The most frequent themes were Siblings (12), Education (5).',
      'Bar chart: What became of what children said at their meetings held in the period. Of what children said: done 20, partly done 6, still open 11; smaller numbers are not published.',
      'Bar chart: Safeguarding alerts raised in the period, by acknowledgement. Of the safeguarding alerts: acknowledged in time 9, not acknowledged by the end of the period 6; smaller numbers are not published.',
    ];
    expect(structure.filter((s) => s.role === 'Figure')).toEqual(alts.map((alt) => ({ role: 'Figure', alt })));
    // A reader (PDF.js) finds each under the document on the chart's page.
    expect(read.structure.filter((s) => s.role === 'Figure')).toEqual(alts.map((alt) => ({ role: 'Figure', depth: 2, alt })));
  });

  it('renders every table whole: its caption, every header cell and every cell, long labels unbroken', () => {
    const text = flat(read.pages.join('\n'));
    for (const table of model.sections.flatMap((s) => s.tables)) {
      expect(text).toContain(table.caption);
      expect(text).toContain(table.columns.map((c) => c.label).join(' '));
      for (const row of table.rows) expect(text).toContain(row.map(cellText).join(' '));
    }
    expect(text).toContain('Quality and purpose of care 0 0 0 0');
    expect(text).toContain("Children's views, wishes and feelings 0 0 0 0");
    expect(text).toContain('Away from placement without authorisation [c] 5');
  });

  it('draws the chart with the same figures as the HTML: its title, each label with its value, [c] for a suppressed one', () => {
    const page = flat(read.pages[1] ?? '');
    const chart = page.slice(page.indexOf('Concerns by theme, most frequent first'), page.indexOf('The data are in the table below.'));
    expect(chart).toContain('Concerns by theme, most frequent first Siblings 12 Education 5 Safety [c] Contact with family 0');
    expect(chart).toContain('Restraint or restrictions 0');
    expect(page).toContain('The most frequent themes were Siblings (12), Education (5). The data are in the table below.');
  });

  it('numbers its pages "Page N of M" and lists each section with the page it starts on', () => {
    const total = read.pages.length;
    read.pages.forEach((page, i) => expect(page.trimEnd().endsWith(`Page ${i + 1} of ${total}`)).toBe(true));
    const contents = flat(read.pages[0] ?? '');
    model.sections.forEach((section, i) => {
      const match = new RegExp(`${i + 1}\\. ${section.title} page (\\d+)`).exec(contents);
      expect(match).not.toBeNull();
      expect(read.pages[Number(match?.[1]) - 1]?.startsWith(section.title)).toBe(true);
    });
    expect(contents).toContain('1. Themes advocates raised page 2');
  });
});

describe('the PDF is byte-identical for the same figures', () => {
  it('gives the same SHA-256 twice, and a different one for different figures', async () => {
    const [a, b] = [await reportPdf(buildReport(input)), await reportPdf(buildReport(structuredClone(input)))];
    expect(sha(a)).toBe(sha(b));
    const other = await reportPdf(buildReport({ ...input, current: figuresForTest({ courtApplications: 9 }) }));
    expect(sha(other)).not.toBe(sha(a));
  });
});

describe('a year-to-date PDF says it is provisional', () => {
  it('on its first page, in its title, and in its period line', async () => {
    const read = readPdf(await reportPdf(buildReport(yearToDate)));
    expect(read.info.Title).toBe('Heard: annual advocacy report: England - year to date 1 April 2026 to 1 December 2026');
    const first = flat(read.pages[0] ?? '');
    expect(first).toContain(
      'England - year to date 1 April 2026 to 1 December 2026 Provisional: 1 April 2026 to 1 December 2026 The reporting year is not over, so these figures will change. "Last year" means the same days a year before: 1 April 2025 to 1 December 2025.',
    );
  });
});

describe('a table longer than a page', () => {
  const rows = Array.from({ length: 70 }, (_, i) => [`Local authority number ${i + 1} with a name long enough to wrap onto a second line`, i * 10, '[c]']);
  const long: Table = {
    id: 'long',
    caption: 'A long table',
    columns: [
      { label: 'Local authority', kind: 'label' },
      { label: 'Children', kind: 'count' },
      { label: 'Per cent', kind: 'rate' },
    ],
    rows,
    hasTotalRow: false,
  };
  const model: ReportModel = { ...buildReport(input), sections: [{ id: 'long', title: 'Long', intro: 'Many rows.', tables: [long], chart: null }] };

  it('breaks between rows, repeats its header row on the next page (as decoration, tagged once), and keeps each row whole', async () => {
    const bytes = await reportPdf(model);
    const read = readPdf(bytes);
    const structure = structureOf(await PDFDocument.load(bytes, { updateMetadata: false }));
    const tablePages = read.pages.slice(1).map(flat);
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) expect(page).toContain('Local authority Children Per cent');
    const all = tablePages.join(' ');
    rows.forEach((_, i) => expect(all).toContain(`Local authority number ${i + 1} with a name long enough to wrap onto a second line ${i * 10} [c]`));
    expect(structure.filter((s) => s.role === 'TH').length).toBe(3 + rows.length);
    expect(structure.filter((s) => s.role === 'TR').length).toBe(1 + rows.length);
  });
});
