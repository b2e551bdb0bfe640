import { cellText, type ReportModel, type Table } from './model';
import { provisionalStatement } from './period';

/**
 * One table as CSV (RFC 4180, \n line ends); suppressed figures show the marker. Same table, same bytes. A table of a
 * year-to-date report (`model` provisional) starts with one line saying so: "Provisional: 1 April 2026 to 1 December 2026".
 */
export function tableCsv(table: Table, model?: ReportModel): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const provisional = model === undefined ? null : provisionalStatement(model);
  const lines = [
    ...(provisional === null ? [] : [quote(provisional.notice)]),
    table.columns.map((c) => quote(c.label)).join(','),
    ...table.rows.map((row) => row.map((cell) => quote(cellText(cell))).join(',')),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * One CSV cell (RFC 4180) that a spreadsheet will not run: a value starting with =, +, -, @, a tab or a carriage
 * return gets a leading apostrophe (OWASP's advice against CSV injection), then a value holding a comma, quote,
 * CR or line feed is quoted with its quotes doubled. For cells holding text from outside Heard (an uploaded file).
 */
export function safeCsvCell(value: string | number): string {
  const text = String(value);
  const neutral = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}
