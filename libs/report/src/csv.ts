import { cellText, type Table } from './model';

/** One table as CSV (RFC 4180, \n line ends); suppressed figures show the marker. Same table, same bytes. */
export function tableCsv(table: Table): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [table.columns.map((c) => quote(c.label)).join(','), ...table.rows.map((row) => row.map((cell) => quote(cellText(cell))).join(','))];
  return `${lines.join('\n')}\n`;
}
