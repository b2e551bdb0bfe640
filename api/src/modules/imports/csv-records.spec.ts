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

  it('reads a CRLF file whose quoted value holds a line break, when a chunk ends between its \\r and \\n', async () => {
    const text = 'CHILD,NOTE\r\nA1,"two\r\nlines"\r\nA2,x\r\n';
    const atBoundary = text.indexOf('"\r\nA2') + 2;
    async function* split(): AsyncGenerator<string> {
      yield text.slice(0, atBoundary);
      yield text.slice(atBoundary);
    }
    const records: CsvRecord[] = [];
    for await (const batch of csvRecords(split())) records.push(...batch);
    expect(records).toEqual([
      { values: ['CHILD', 'NOTE'], line: 1 },
      { values: ['A1', 'two\r\nlines'], line: 3 },
      { values: ['A2', 'x'], line: 4 },
    ]);
  });

  it('skips whitespace-only lines as empty lines', async () => {
    const text = 'CHILD,SEX\n   \nA1,1\n\t \r\n';
    for (const size of [1, 64])
      expect(await read(text, size)).toEqual([
        { values: ['CHILD', 'SEX'], line: 1 },
        { values: ['A1', '1'], line: 3 },
      ]);
  });

  it('takes the line ending from the first line break outside quotes', async () => {
    const text = 'CHILD,"NO\nTE"\r\nA1,x\r\n';
    expect(await read(text, 64)).toEqual([
      { values: ['CHILD', 'NO\nTE'], line: 2 },
      { values: ['A1', 'x'], line: 3 },
    ]);
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
