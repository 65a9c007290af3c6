// Bound parameters for compiled SQL: every value a request or setting supplies travels this way.
// DuckDB refuses a named parameter the SQL does not use, so only the ones that appear are bound.
import { BOOLEAN, DOUBLE, INTEGER, LIST, listValue, VARCHAR, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';

export interface CompiledSql {
  sql: string;
  params: Record<string, DuckDBValue>;
  types: Record<string, DuckDBType>;
}

type ParamValue = string | number | boolean | readonly string[] | readonly number[];

export class Params {
  private readonly values = new Map<string, { value: DuckDBValue; type: DuckDBType }>();

  /** Registers a value under a fixed name and returns its placeholder, e.g. `$years`. */
  bind(name: string, value: ParamValue): string {
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`Bad parameter name ${name}`);
    this.values.set(name, toDuckDb(value));
    return `$${name}`;
  }

  /** The SQL with only the parameters it mentions. */
  compile(sql: string): CompiledSql {
    const used = new Set(Array.from(sql.matchAll(/\$([a-z][a-z0-9_]*)/g), (m) => m[1]!));
    const params: Record<string, DuckDBValue> = {};
    const types: Record<string, DuckDBType> = {};
    for (const name of used) {
      const entry = this.values.get(name);
      if (!entry) throw new Error(`The compiled SQL uses $${name}, which was never bound`);
      params[name] = entry.value;
      types[name] = entry.type;
    }
    return { sql, params, types };
  }
}

function toDuckDb(value: ParamValue): { value: DuckDBValue; type: DuckDBType } {
  if (typeof value === 'string') return { value, type: VARCHAR };
  if (typeof value === 'boolean') return { value, type: BOOLEAN };
  if (typeof value === 'number') return { value, type: Number.isInteger(value) ? INTEGER : DOUBLE };
  const items = [...value] as (string | number)[];
  const type = items.every((v) => typeof v === 'number') && items.length > 0 ? LIST(INTEGER) : LIST(VARCHAR);
  return { value: listValue(items), type };
}
