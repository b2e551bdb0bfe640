/** A CSV record: its trimmed values and the line of the file it ends on (the first line is 1). */
export interface CsvRecord {
  values: string[];
  line: number;
}

export class CsvSyntaxError extends Error {}

/**
 * Reads RFC 4180 CSV from text chunks, one record at a time, holding no more than the current
 * chunk: a leading BOM is dropped, records end with \n, \r\n or \r (whichever comes first outside
 * quotes), empty and whitespace-only lines are skipped, values are trimmed outside quotes, a quoted
 * value may hold commas, "" and line breaks of any kind (each counts as a line, as in an editor), and
 * records may have any number of values. A chunk may end anywhere, even between \r and \n. A quote inside an unquoted value, text after a
 * closing quote, or a quote left open are errors. Lines without a quote take a fast path (split).
 * Yields the records of each chunk together (an async step per record would cost more than parsing it).
 */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord[]> {
  let buffer = '';
  let newline: string | null = null;
  let line = 0;
  let first = true;
  for await (const chunk of chunks) {
    buffer += chunk;
    if (first && buffer.length > 0) {
      if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
      first = false;
    }
    newline ??= detectNewline(buffer, false);
    if (newline === null) continue;
    const records: CsvRecord[] = [];
    let at = 0;
    for (;;) {
      const parsed = nextRecord(buffer, at, newline, false);
      if (parsed === null) break;
      line += parsed.lines;
      at = parsed.next;
      if (parsed.values !== null) records.push({ values: parsed.values, line });
    }
    buffer = buffer.slice(at);
    if (records.length > 0) yield records;
  }
  const records: CsvRecord[] = [];
  let at = 0;
  const end = newline ?? detectNewline(buffer, true) ?? '\n';
  while (at < buffer.length) {
    const parsed = nextRecord(buffer, at, end, true);
    if (parsed === null) break;
    line += parsed.lines;
    at = parsed.next;
    if (parsed.values !== null) records.push({ values: parsed.values, line });
  }
  if (records.length > 0) yield records;
}

/** The first line break outside quotes, or null if the text may not hold it yet (a lone \r at its end may be the first half of \r\n). */
function detectNewline(text: string, final: boolean): string | null {
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n') return '\n';
    else if (char === '\r') {
      if (at + 1 < text.length) return text[at + 1] === '\n' ? '\r\n' : '\r';
      return final ? '\r' : null;
    }
  }
  return null;
}

interface Parsed {
  /** Null for an empty line. */
  values: string[] | null;
  next: number;
  lines: number;
}

/** The record starting at `from`, or null when the text ends before it does (and more may come). */
function nextRecord(text: string, from: number, newline: string, final: boolean): Parsed | null {
  if (from >= text.length) return null;
  const nl = text.indexOf(newline, from);
  if (nl < 0 && !final) return null;
  const end = nl < 0 ? text.length : nl;
  const next = nl < 0 ? text.length : nl + newline.length;
  const record = text.slice(from, end);
  if (!record.includes('"')) return { values: record.trim() === '' ? null : record.split(',').map((v) => v.trim()), next, lines: 1 };
  return quotedRecord(text, from, newline, final);
}

function quotedRecord(text: string, from: number, newline: string, final: boolean): Parsed | null {
  const values: string[] = [];
  let lines = 1;
  let at = from;
  for (;;) {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at += 1;
    let value: string;
    if (text[at] === '"') {
      let parts = '';
      let start = at + 1;
      for (;;) {
        const close = text.indexOf('"', start);
        if (close < 0) {
          if (final) throw new CsvSyntaxError(`Quote Not Closed: the quoted value that starts on line ${lines} of the record never ends.`);
          return null;
        }
        if (text[close + 1] === '"') {
          parts += text.slice(start, close + 1);
          start = close + 2;
          continue;
        }
        if (close + 1 >= text.length && !final) return null;
        parts += text.slice(start, close);
        at = close + 1;
        break;
      }
      lines += lineBreaks(parts);
      value = parts;
      while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at += 1;
      if (endsInPartOf(text, at, newline)) {
        if (!final) return null;
        values.push(value);
        return { values, next: text.length, lines };
      }
      if (at < text.length && text[at] !== ',' && !text.startsWith(newline, at)) {
        throw new CsvSyntaxError(`Invalid Closing Quote: found "${text[at] ?? ''}" after a closing quote (value ${values.length + 1}).`);
      }
    } else {
      let stop = at;
      while (stop < text.length && text[stop] !== ',' && !text.startsWith(newline, stop)) {
        if (text[stop] === '"') throw new CsvSyntaxError(`Invalid Opening Quote: a quote is found inside value ${values.length + 1}, which is not quoted.`);
        stop += 1;
      }
      if (stop >= text.length && !final) return null;
      value = text.slice(at, stop).trim();
      at = stop;
    }
    values.push(value);
    if (at >= text.length) return final ? { values, next: at, lines } : null;
    if (text[at] === ',') {
      at += 1;
      continue;
    }
    return { values, next: at + newline.length, lines };
  }
}

/** Whether the text from `at` is the start of a line ending, cut short by the end of the text (\r of \r\n). */
function endsInPartOf(text: string, at: number, newline: string): boolean {
  const rest = text.length - at;
  return rest > 0 && rest < newline.length && newline.startsWith(text.slice(at));
}

/** Line breaks in a quoted value, each \r\n, \n or \r counting once. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\n') count += 1;
    else if (char === '\r') {
      count += 1;
      if (text[at + 1] === '\n') at += 1;
    }
  }
  return count;
}
