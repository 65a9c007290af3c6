// Buffered CSV writer over a fs write stream, with backpressure, so a huge district streams to disk.
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_CHARS = 1 << 20;

/** Quotes a free-text field only when it needs it, the way most SIS exports do. */
export function csvText(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export class CsvSink {
  private readonly stream: WriteStream;
  private chunks: string[] = [];
  private chars = 0;
  private rowCount = 0;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(`${header.map(csvText).join(',')}\n`);
  }

  get rows(): number {
    return this.rowCount;
  }

  /** One CSV line without its newline; free-text fields must already go through csvText. */
  row(line: string): void {
    this.chunks.push(line);
    this.chars += line.length + 1;
    this.rowCount++;
    if (this.chars >= FLUSH_CHARS) this.flush();
  }

  /** Waits while the OS has not taken the last batch, so memory stays flat on 1M-student runs. */
  async drain(): Promise<void> {
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    this.stream.write(`${this.chunks.join('\n')}\n`);
    this.chunks = [];
    this.chars = 0;
  }
}

/** All output files, opened together because one pass over students feeds several of them. */
export class SinkSet<K extends string> {
  constructor(private readonly sinks: Record<K, CsvSink>) {}

  get(name: K): CsvSink {
    return this.sinks[name];
  }

  async drain(): Promise<void> {
    for (const sink of Object.values<CsvSink>(this.sinks)) await sink.drain();
  }

  async close(): Promise<{ file: string; rows: number }[]> {
    const out: { file: string; rows: number }[] = [];
    for (const sink of Object.values<CsvSink>(this.sinks)) {
      await sink.close();
      out.push({ file: sink.path, rows: sink.rows });
    }
    return out;
  }
}
