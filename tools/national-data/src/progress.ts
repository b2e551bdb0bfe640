/** Where progress goes: stderr in the CLI, nowhere in tests. */
export interface ProgressSink {
  readonly interactive: boolean;
  write(text: string): void;
}

export interface PhaseResult {
  name: string;
  rows: number;
  seconds: number;
}

/**
 * A progress bar per phase: on a terminal, one line rewritten with `\r` (percentage, rows written,
 * rows per second); otherwise one line when each phase ends.
 */
export class Progress {
  private phase = '';
  private started = 0;
  private rows = 0;
  private fraction = 0;
  private lastDrawn = 0;
  readonly phases: PhaseResult[] = [];

  constructor(private readonly sink: ProgressSink) {}

  begin(name: string): void {
    this.phase = name;
    this.started = performance.now();
    this.rows = 0;
    this.fraction = 0;
    this.lastDrawn = 0;
    this.draw(true);
  }

  /** Rows PostgreSQL has accepted. */
  written(rows: number): void {
    this.rows += rows;
    this.draw(false);
  }

  /** Share of the phase's work done, 0 to 1. */
  advance(fraction: number): void {
    this.fraction = Math.min(1, Math.max(this.fraction, fraction));
    this.draw(false);
  }

  end(): PhaseResult {
    this.fraction = 1;
    const seconds = (performance.now() - this.started) / 1000;
    const result = { name: this.phase, rows: this.rows, seconds: Math.round(seconds * 10) / 10 };
    this.phases.push(result);
    if (this.sink.interactive) {
      this.draw(true);
      this.sink.write('\n');
    } else {
      this.sink.write(`${this.line()}\n`);
    }
    return result;
  }

  /** A note on its own line (e.g. planning steps). */
  note(text: string): void {
    this.sink.write(`${text}\n`);
  }

  private draw(force: boolean): void {
    if (!this.sink.interactive) return;
    const now = performance.now();
    if (!force && now - this.lastDrawn < 100) return;
    this.lastDrawn = now;
    this.sink.write(`\r${this.line()}\u001b[K`);
  }

  private line(): string {
    const seconds = Math.max(0.001, (performance.now() - this.started) / 1000);
    const width = 24;
    const filled = Math.round(this.fraction * width);
    const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
    const percent = `${Math.floor(this.fraction * 100)}%`.padStart(4);
    return `  ${this.phase.padEnd(22)} [${bar}] ${percent}  ${this.rows.toLocaleString('en-GB')} rows  ${Math.round(this.rows / seconds).toLocaleString('en-GB')} rows/s  ${seconds.toFixed(1)} s`;
  }
}
