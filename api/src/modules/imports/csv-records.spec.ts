import { parse } from 'csv-parse/sync';
import { type CsvRecord, csvRecords, CsvSyntaxError } from './csv-records';

async function read(text: string, chunkSize = 3): Promise<CsvRecord[]> {
  async function* chunks(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const records: CsvRecord[] = [];
  for await (const batch of csvRecords(chunks())) records.push(...batch);
  return records;
}

/** csv-parse, with the options the importer used before, as the reference. */
function reference(text: string): CsvRecord[] {
  const rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as Array<{
    record: string[];
    info: { lines: number };
  }>;
  return rows.map(({ record, info }) => ({ values: record, line: info.lines }));
}

describe('reading CSV records', () => {
  it.each([
    ['plain rows, a trailing newline', 'CHILD,SEX\nA1,1\nA2,2\n'],
    ['no trailing newline, empty values', 'CHILD,DOB,REC\nA1,,\nA2,01/02/2024,'],
    ['CRLF, a BOM, blank lines', '\uFEFFCHILD,SEX\r\nA1,1\r\n\r\nA2, 2 \r\n'],
    ['CR only', 'CHILD,SEX\rA1,1\rA2,2\r'],
    ['quoted values with commas, quotes and line breaks', 'CHILD,NOTE\nA1,"a, b"\nA2,"say ""hi"""\nA3,"two\nlines",x\nA4, "padded" \n'],
    ['ragged rows', 'A,B,C\n1\n1,2,3,4\n'],
    ['binary-looking text', '\u0000\u0001PNG binary'],
  ])('%s: the same records and lines as csv-parse', async (_name, text) => {
    const expected = reference(text);
    for (const size of [1, 2, 5, 64 * 1024]) expect(await read(text, size)).toEqual(expected);
  });

  it.each([
    ['a quote inside an unquoted value', 'A,B\n1,x"y\n'],
    ['text after a closing quote', 'A,B\n1,"x"y\n'],
    ['a quote left open', 'A,B\n1,"x\n'],
  ])('%s is an error, as in csv-parse', async (_name, text) => {
    expect(() => reference(text)).toThrow();
    await expect(read(text)).rejects.toBeInstanceOf(CsvSyntaxError);
  });
});
