// Decodes Arrow IPC bytes once and hands out plain column arrays or row objects, which Plot and tables read.
import { tableFromIPC, type Table } from 'apache-arrow';

export function decodeArrow(bytes: Uint8Array): Table {
  return tableFromIPC(bytes);
}

/** A column as a JS array; nulls stay null (a suppressed count is null, never 0). */
export function column<T>(table: Table, name: string): (T | null)[] {
  const vector = table.getChild(name);
  if (!vector) throw new Error(`The result has no column "${name}"`);
  return Array.from({ length: vector.length }, (_, i) => (vector.get(i) as T | null) ?? null);
}

/**
 * Rows as plain objects, for results of a few hundred aggregated cells (tables and chart models read them
 * by name). Values keep Arrow's JS types: doubles as numbers, booleans, strings, null for null.
 */
export function tableRows<T>(table: Table): T[] {
  const names = table.schema.fields.map((f) => f.name);
  const vectors = names.map((name) => table.getChild(name)!);
  return Array.from({ length: table.numRows }, (_, i) => {
    const row: Record<string, unknown> = {};
    names.forEach((name, j) => (row[name] = vectors[j]!.get(i) ?? null));
    return row as T;
  });
}
