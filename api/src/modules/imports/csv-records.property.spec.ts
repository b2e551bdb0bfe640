import { Prng } from '@heard/national-data';
import { parse } from 'csv-parse/sync';
import { type CsvRecord, csvRecords, CsvSyntaxError } from './csv-records';

/**
 * The reader against csv-parse on random CSV (quotes, "", embedded CR, LF and CRLF, commas, empty values,
 * empty and whitespace-only lines, a BOM, each line ending) read in random chunks. Every case comes from a
 * seed (mulberry32, the national data's PRNG): a failure names it, and `CSV_PROPERTY_SEED=<seed> CSV_PROPERTY_RUNS=1` replays just that case.
 */
const DEFAULT_SEED = 19;
const DEFAULT_RUNS = 1000;
const FIRST_SEED = Number(process.env['CSV_PROPERTY_SEED'] ?? DEFAULT_SEED);
const RUNS = Number(process.env['CSV_PROPERTY_RUNS'] ?? DEFAULT_RUNS);

interface Case {
  text: string;
  bom: boolean;
  chunks: string[];
}

function randomCase(seed: number): Case {
  const random = new Prng(seed);
  const int = (below: number) => random.int(0, below - 1);
  const pick = <T>(items: readonly T[]): T => random.pick(items);
  const chance = (p: number) => random.chance(p);
  const some = (parts: readonly string[], most: number) => Array.from({ length: int(most + 1) }, () => pick(parts)).join('');

  const newline = pick(['\n', '\r\n', '\r']);
  const padding = () => some([' ', '\t'], 2);
  const value = (): string => {
    const kind = int(10);
    if (kind < 2) return '';
    if (kind < 6) return padding() + some(['a', 'B', '7', ' ', '\t', '/'], 6) + padding();
    return `${padding()}"${some(['x', ',', '""', '\r', '\n', '\r\n', ' ', '\t', 'q'], 8)}"${padding()}`;
  };
  const line = (): string => {
    const kind = int(10);
    if (kind === 0) return '';
    if (kind === 1) return padding() + padding();
    return Array.from({ length: 1 + int(5) }, value).join(',');
  };
  let lines = Array.from({ length: int(12) }, line);
  if (chance(0.05)) lines = lines.concat(pick(['a,b"c', '"x"y,z', 'a,"open']));
  const bom = chance(0.2);
  const text = (bom ? '\uFEFF' : '') + lines.join(newline) + (chance(0.7) ? newline : '');

  const chunks: string[] = [];
  for (let at = 0; at < text.length;) {
    const size = chance(0.1) ? 1 + int(64) : 1 + int(4);
    chunks.push(text.slice(at, at + size));
    at += size;
  }
  return { text, bom, chunks };
}

/** csv-parse's records, each with the editor line its last character is on (a \r\n, \n or \r before it is a line). */
function reference({ text, bom }: Case): CsvRecord[] {
  const rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as unknown as Array<{
    record: string[];
    info: { bytes: number };
  }>;
  // Everything generated is ASCII but the BOM: 3 bytes in UTF-8, 1 character in the text.
  return rows.map(({ record, info }) => {
    const upTo = text.slice(0, info.bytes - (bom ? 2 : 0)).replace(/(\r\n|\n|\r)$/, '');
    return { values: record, line: 1 + (upTo.match(/\r\n|\n|\r/g) ?? []).length };
  });
}

async function read(chunks: readonly string[]): Promise<CsvRecord[]> {
  async function* given(): AsyncGenerator<string> {
    yield* chunks;
  }
  const records: CsvRecord[] = [];
  for await (const batch of csvRecords(given())) records.push(...batch);
  return records;
}

type Outcome = { records: CsvRecord[] } | { error: string };

async function outcome(run: () => CsvRecord[] | Promise<CsvRecord[]>, errorType: new (...args: never[]) => Error): Promise<Outcome> {
  try {
    return { records: await run() };
  } catch (error: unknown) {
    if (error instanceof errorType) return { error: 'not CSV' };
    throw error;
  }
}

describe('the CSV reader, against csv-parse on random input in random chunks', () => {
  it(`reads ${RUNS} random files (seeds ${FIRST_SEED} to ${FIRST_SEED + RUNS - 1}) as csv-parse does`, async () => {
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + RUNS && failures.length < 3; seed += 1) {
      const given = randomCase(seed);
      const expected = await outcome(() => reference(given), Error);
      const actual = await outcome(() => read(given.chunks), CsvSyntaxError);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        failures.push(
          `seed ${seed} (CSV_PROPERTY_SEED=${seed} CSV_PROPERTY_RUNS=1): text ${JSON.stringify(given.text)} in chunks ${JSON.stringify(given.chunks)}\n` +
            `  csv-parse: ${JSON.stringify(expected)}\n  reader:    ${JSON.stringify(actual)}`,
        );
      }
    }
    expect(failures.join('\n\n')).toBe('');
  });

  it('makes the cases that matter: a chunk ending between \\r and \\n, quoted line breaks, whitespace-only lines, files that are not CSV', () => {
    const cases = Array.from({ length: DEFAULT_RUNS }, (_, i) => randomCase(DEFAULT_SEED + i));
    const count = (test: (given: Case) => boolean) => cases.filter(test).length;
    expect({
      crLfSplitByAChunk: count(({ chunks }) => chunks.some((chunk, i) => chunk.endsWith('\r') && chunks[i + 1]?.startsWith('\n') === true)),
      crLfSplitRightAfterAQuote: count(({ chunks }) => chunks.some((chunk, i) => /"[ \t]*\r$/.test(chunk) && chunks[i + 1]?.startsWith('\n') === true)),
      quotedLineBreaks: count(({ text }) => /"[^"]*[\r\n][^"]*"/.test(text)),
      whitespaceOnlyLines: count(({ text }) => /(^|[\r\n])[ \t]+([\r\n]|$)/.test(text)),
      notCsv: count((given) => {
        try {
          reference(given);
          return false;
        } catch {
          return true;
        }
      }),
    }).toEqual({ crLfSplitByAChunk: 471, crLfSplitRightAfterAQuote: 192, quotedLineBreaks: 845, whitespaceOnlyLines: 533, notCsv: 53 });
  });
});
