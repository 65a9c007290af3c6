// Collects bound parameters while SQL text is built: every value (codes, constants, paths) travels as $n.
import type { DuckDBValue } from '@duckdb/node-api';

export class SqlParams {
  readonly values: DuckDBValue[];

  constructor(initial: readonly DuckDBValue[] = []) {
    this.values = [...initial];
  }

  /** The placeholder for a value, added once per call. */
  add(value: DuckDBValue): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A VARCHAR placeholder: NULL would otherwise have no type for DuckDB to bind. */
  text(value: string | null): string {
    return value === null ? 'CAST(NULL AS VARCHAR)' : `CAST(${this.add(value)} AS VARCHAR)`;
  }
}
