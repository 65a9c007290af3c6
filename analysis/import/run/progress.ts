// Row counts while a long DuckDB statement runs (DuckDB's own query progress, polled), and cancel checks.
import type { DuckDBConnection } from '@duckdb/node-api';
import { ImportFailure } from '../import-failure';

export interface ImportHooks {
  /** Rows done and (estimated) total; may throw to stop when the task was cancelled. */
  progress?(phase: string, done: number, total: number | null): void;
  signal?: AbortSignal;
}

const POLL_MS = 200;

export async function enableProgress(connection: DuckDBConnection): Promise<void> {
  await connection.run('SET enable_progress_bar = true');
  await connection.run('SET enable_progress_bar_print = false');
}

export function checkCancelled(hooks: ImportHooks): void {
  if (hooks.signal?.aborted) throw new ImportFailure('Cancelled. Nothing was changed.', 'cancelled');
}

/** Runs one statement, reporting DuckDB's rows-processed count every 200 ms. */
export async function withProgress<T>(connection: DuckDBConnection, hooks: ImportHooks, phase: string, body: () => Promise<T>): Promise<T> {
  checkCancelled(hooks);
  const report = hooks.progress;
  if (!report) return body();
  const timer = setInterval(() => {
    try {
      const progress = connection.progress;
      if (progress.percentage >= 0) report(phase, Number(progress.rows_processed), Number(progress.total_rows_to_process) || null);
    } catch {
      // A cancelled task refuses progress; the interrupt ends the statement.
    }
  }, POLL_MS);
  try {
    return await body();
  } finally {
    clearInterval(timer);
  }
}
