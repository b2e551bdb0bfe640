import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CsvRow, readRows } from './csv-rows';

/** The reader takes a file 256 KiB at a time. */
const CHUNK = 256 * 1024;

describe('reading a 903 file from disk', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'heard-csv-rows-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads a CRLF file whose quoted value holds a line break and whose first read ends between that row’s \\r and \\n', async () => {
    const head = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n';
    const quoted = 'Q1,1,01/03/2012,WBRI,,,"two\r\nlines"\r';
    const filler = 'F1,1,01/03/2012,WBRI,,,\r\n';
    const fillers = Math.floor((CHUNK - head.length - quoted.length) / filler.length);
    const padding = CHUNK - head.length - quoted.length - fillers * filler.length;
    const text = head + filler.repeat(fillers - 1) + `F1,1,01/03/2012,WBRI,,,${'x'.repeat(padding)}\r\n` + quoted + '\nL1,2,01/03/2012,WBRI,,,\r\n';
    expect(text.indexOf('"\r\nL1')).toBe(CHUNK - 2);
    const path = join(dir, 'header.csv');
    await writeFile(path, text);

    const rows: CsvRow[] = [];
    for await (const batch of readRows(path, 'header')) rows.push(...batch);

    expect(rows.length).toBe(fillers + 2);
    expect(rows.slice(-2)).toEqual([
      { line: fillers + 3, row: { CHILD: 'Q1', SEX: '1', DOB: '01/03/2012', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: 'two\r\nlines' }, shape: null },
      { line: fillers + 4, row: { CHILD: 'L1', SEX: '2', DOB: '01/03/2012', ETHNIC: 'WBRI', UPN: '', MOTHER: '', MC_DOB: '' }, shape: null },
    ]);
  });

  it('skips whitespace-only lines instead of giving them as one-value rows', async () => {
    const path = join(dir, 'blank.csv');
    await writeFile(path, 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nA1,1,01/03/2012,WBRI,,,\r\n   \r\n\t\r\nA2,2,15/07/2015,BAFR,,,\r\n  ');

    const rows: CsvRow[] = [];
    for await (const batch of readRows(path, 'header')) rows.push(...batch);

    expect(rows.map(({ line, row, shape }) => [line, row['CHILD'], shape])).toEqual([
      [2, 'A1', null],
      [5, 'A2', null],
    ]);
  });
});
