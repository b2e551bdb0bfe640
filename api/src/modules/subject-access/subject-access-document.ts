import { type IsoDate, londonDate, londonTime, thirdPartyNamesIn, ukLongDate } from '@heard/domain';
import type { RecordDocumentModel, RecordField } from '@heard/report';
import type { ExportedTable } from './subject-access.registry';

/** A value another person may have a say in: the DPO reviews it before the copy reaches the child. */
export interface RedactionMark {
  row: number;
  column: string;
  reason: string;
}

export interface ExportSection {
  table: string;
  title: string;
  rows: Record<string, unknown>[];
  redactionReview: RedactionMark[];
}

/** record.json: every table's rows for the child, with what waits on redaction review. */
export interface SubjectAccessDocument {
  format: 'heard.subject-access-export/1';
  exportId: string;
  childId: string;
  childName: string;
  generatedAt: string;
  sections: ExportSection[];
}

export const THIRD_PARTY_REASON = "Another person's personal data";

/** The sections with their redaction marks: third-party columns, and free text naming a third party the record holds. */
export function exportSections(tables: readonly { table: ExportedTable; rows: Record<string, unknown>[] }[]): ExportSection[] {
  const names = tables.flatMap(({ table, rows }) =>
    (table.names ?? []).flatMap((column) => rows.map((r) => r[column]).filter((v): v is string => typeof v === 'string')),
  );
  return tables.map(({ table, rows }) => {
    const marks: RedactionMark[] = [];
    rows.forEach((row, index) => {
      for (const column of table.thirdParty ?? []) {
        if (!isEmpty(row[column])) marks.push({ row: index, column, reason: THIRD_PARTY_REASON });
      }
      for (const column of table.freeText ?? []) {
        const value = row[column];
        const found = typeof value === 'string' ? thirdPartyNamesIn(value, names) : [];
        if (found.length > 0) marks.push({ row: index, column, reason: `Names another person: ${found.join(', ')}` });
      }
    });
    return { table: table.table, title: table.title, rows, redactionReview: marks };
  });
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A value in words: dates as "2 December 2026", times in London, lists and objects spelt out. */
export function valueInWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'not recorded';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && ISO_DATE.test(value)) return ukLongDate(value as IsoDate);
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? value : `${ukLongDate(londonDate(at))} at ${londonTime(at)}`;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueInWords).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "date_of_birth" → "Date of birth". */
function label(column: string): string {
  const words = column.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** record.pdf's model: a heading per section, an entry per row, every field in words. */
export function documentModel(document: SubjectAccessDocument): RecordDocumentModel {
  const generated = new Date(document.generatedAt);
  return {
    title: `Everything Heard holds about ${document.childName}`,
    intro: [
      `Subject access export made on ${ukLongDate(londonDate(generated))} at ${londonTime(generated)}.`,
      'Fields marked [review] hold other people’s personal data and must be reviewed for redaction before this copy is shared.',
    ],
    sections: document.sections.map((section) => ({
      title: section.title,
      entries: section.rows.map((row, index) => ({
        heading: `${section.title}: ${index + 1} of ${section.rows.length}`,
        fields: Object.entries(row).map(([column, value]): RecordField => ({
          label: label(column),
          value: valueInWords(value),
          review: section.redactionReview.some((m) => m.row === index && m.column === column),
        })),
      })),
    })),
  };
}
