// Decodes Arrow IPC bytes once and hands out plain column arrays, which Plot and tables read directly.
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
