import type { ClientBase } from 'pg';

/** Column types the bulk writer sends; arrays and JSON travel as text and are cast by PostgreSQL. */
export type ColumnType = 'uuid' | 'text' | 'int4' | 'bool' | 'date' | 'timestamptz' | 'jsonb' | 'text[]';

export interface TableSpec {
  table: string;
  columns: ReadonlyArray<readonly [string, ColumnType]>;
}

/** A value: text[] columns take a list of strings, jsonb columns an object or list. */
export type Cell = string | number | boolean | null | readonly string[] | object;

/**
 * One table's rows, buffered column by column and sent as one statement per batch:
 * `INSERT ... SELECT ... FROM unnest($1::uuid[], $2::text[], ...)`, or, for a table with a jsonb
 * column (large JSON parses far faster as JSON than inside an array literal),
 * `INSERT ... SELECT (e->>0)::uuid, e->5, ... FROM jsonb_array_elements($1)` over the rows as JSON.
 */
export class BulkTable {
  private buffer: Cell[][];
  private readonly sql: string;
  private readonly asJson: boolean;

  constructor(readonly spec: TableSpec) {
    this.buffer = spec.columns.map(() => []);
    this.asJson = spec.columns.some(([, type]) => type === 'jsonb');
    const names = spec.columns.map(([name]) => `"${name}"`).join(', ');
    if (this.asJson) {
      const selects = spec.columns
        .map(([, type], i) => (type === 'jsonb' ? `e->${i}` : type === 'text[]' ? `ARRAY(SELECT jsonb_array_elements_text(e->${i}))` : `(e->>${i})::${type}`))
        .join(', ');
      this.sql = `INSERT INTO "${spec.table}" (${names}) SELECT ${selects} FROM jsonb_array_elements($1::jsonb) AS r(e)`;
    } else {
      const params = spec.columns.map(([, type], i) => `$${i + 1}::${type === 'text[]' ? 'text' : type}[]`).join(', ');
      const selects = spec.columns.map(([, type], i) => (type === 'text[]' ? `c${i}::text[]` : `c${i}`)).join(', ');
      const aliases = spec.columns.map((_, i) => `c${i}`).join(', ');
      this.sql = `INSERT INTO "${spec.table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${aliases})`;
    }
  }

  /** Adds a row: one value per column, in the spec's order. */
  add(...values: Cell[]): void {
    if (values.length !== this.buffer.length) throw new Error(`${this.spec.table}: expected ${this.buffer.length} values, got ${values.length}`);
    for (let i = 0; i < values.length; i += 1) (this.buffer[i] as Cell[]).push(values[i] as Cell);
  }

  get pending(): number {
    return this.buffer[0]?.length ?? 0;
  }

  /** Takes the buffered rows as one statement, leaving the buffer empty. */
  take(): { sql: string; params: string[]; count: number } {
    const count = this.pending;
    const params = this.asJson
      ? [JSON.stringify(Array.from({ length: count }, (_, r) => this.buffer.map((column) => column[r])))]
      : this.buffer.map((values, i) => arrayLiteral(values, (this.spec.columns[i] as readonly [string, ColumnType])[1]));
    this.buffer = this.spec.columns.map(() => []);
    return { sql: this.sql, params, count };
  }
}

const NEEDS_ESCAPE = /["\\]/;

/**
 * A PostgreSQL array literal, built here rather than by the driver: ids, dates, timestamps and
 * numbers need no quoting, and only strings holding a quote or backslash are escaped.
 */
function arrayLiteral(values: readonly Cell[], type: ColumnType): string {
  const quoted = type === 'text' || type === 'text[]';
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else if (typeof v === 'boolean') parts[i] = v ? 't' : 'f';
    else if (Array.isArray(v)) parts[i] = quote(arrayLiteral(v as string[], 'text'));
    else if (!quoted) parts[i] = String(v);
    else parts[i] = quote(String(v));
  }
  return `{${parts.join(',')}}`;
}

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${text}"`;
}

/**
 * Writes several tables in parent-before-child order, one statement in flight at a time while the
 * caller generates the next rows. A batch is sent once any table holds `batchSize` rows; then every
 * table with rows is sent, parents first, so foreign keys always find their rows.
 */
export class BulkWriter {
  private readonly tables: BulkTable[] = [];
  private inFlight: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  /** Milliseconds PostgreSQL spent on each table's statements. */
  readonly timing = new Map<string, number>();

  constructor(
    private readonly client: ClientBase,
    private readonly batchSize: number,
    private readonly onWritten: (table: string, rows: number) => void,
  ) {}

  /** Declares a table; declare parents before children. */
  table(spec: TableSpec): BulkTable {
    const table = new BulkTable(spec);
    this.tables.push(table);
    return table;
  }

  /** Sends batches when a table is full; call it often (it returns at once otherwise). */
  async maybeFlush(): Promise<void> {
    if (this.tables.some((t) => t.pending >= this.batchSize)) await this.flush();
  }

  /** Sends every buffered row. */
  async flush(): Promise<void> {
    for (const table of this.tables) {
      if (table.pending === 0) continue;
      await this.settle();
      const { sql, params, count } = table.take();
      const sent = performance.now();
      this.inFlight = this.client.query(sql, params).then(
        () => {
          this.timing.set(table.spec.table, (this.timing.get(table.spec.table) ?? 0) + performance.now() - sent);
          this.onWritten(table.spec.table, count);
        },
        (error: unknown) => {
          this.failure = new Error(`Inserting into ${table.spec.table} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        },
      );
    }
  }

  /** Sends everything and waits until PostgreSQL has it. */
  async finish(): Promise<void> {
    await this.flush();
    await this.settle();
  }

  private async settle(): Promise<void> {
    await this.inFlight;
    if (this.failure !== null) throw this.failure;
  }
}
