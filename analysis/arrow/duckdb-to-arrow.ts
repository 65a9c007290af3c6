// Runs a query and builds an Apache Arrow table straight from DuckDB's typed column vectors.
// Fixed-width columns are copied buffer to buffer; no JS row objects are made (DESIGN.md section 2.4).
import duckdb from '@duckdb/node-bindings';
import { DuckDBTypeId, type DuckDBConnection, type DuckDBDataChunk, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { Bool, DateDay, Field, Float32, Float64, Int16, Int32, Int8, makeData, RecordBatch, Schema, Struct, Table, TimestampMillisecond, Uint16, Uint32, Uint8, Utf8, type Data, type DataType } from 'apache-arrow';

/** Column types a service query may return; cast anything else in SQL. */
interface ColumnPlan {
  arrowType: DataType;
  convert: (vector: duckdb.Vector, chunk: DuckDBDataChunk, column: number, rows: number, validity: Validity) => Data;
}

interface Validity {
  bitmap: Uint8Array | undefined;
  nullCount: number;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export async function queryToArrow(
  connection: DuckDBConnection,
  sql: string,
  params: DuckDBValue[] | Record<string, DuckDBValue> = [],
  types?: Record<string, DuckDBType>,
): Promise<Table> {
  const result = await connection.stream(sql, params, types);
  const names = result.columnNames();
  const plans = result.columnTypes().map((type, i) => planColumn(type, names[i] ?? `column_${i}`));
  const schema = new Schema(plans.map((plan, i) => new Field(names[i] ?? `column_${i}`, plan.arrowType, true)));
  const batches: RecordBatch[] = [];
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const rows = chunk.rowCount;
    const children = plans.map((plan, column) => {
      const vector = duckdb.data_chunk_get_vector(chunk.chunk, column);
      return plan.convert(vector, chunk, column, rows, readValidity(vector, rows));
    });
    batches.push(new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: rows, children })));
  }
  return batches.length > 0 ? new Table(batches) : new Table(schema);
}

/** DuckDB's validity mask is little-endian 64-bit words, bit i = row i: the same bit order as Arrow's. */
function readValidity(vector: duckdb.Vector, rows: number): Validity {
  const raw = duckdb.vector_get_validity(vector, Math.ceil(rows / 64) * 8);
  if (!raw) return { bitmap: undefined, nullCount: 0 };
  const bitmap = raw.slice(0, Math.ceil(rows / 8));
  let valid = 0;
  for (let row = 0; row < rows; row++) valid += (bitmap[row >> 3]! >> (row & 7)) & 1;
  return valid === rows ? { bitmap: undefined, nullCount: 0 } : { bitmap, nullCount: rows - valid };
}

function fixedWidth<T extends DataType>(arrowType: T, ArrayType: TypedArrayConstructor): ColumnPlan {
  return {
    arrowType,
    convert: (vector, _chunk, _column, rows, validity) => {
      const bytes = duckdb.vector_get_data(vector, rows * ArrayType.BYTES_PER_ELEMENT);
      // Copy: the chunk's memory belongs to DuckDB and is reused after this call.
      const data = new ArrayType(bytes.slice().buffer, 0, rows);
      return makeData({ type: arrowType, length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, data } as never);
    },
  };
}

type TypedArrayConstructor =
  | Int8ArrayConstructor
  | Int16ArrayConstructor
  | Int32ArrayConstructor
  | Uint8ArrayConstructor
  | Uint16ArrayConstructor
  | Uint32ArrayConstructor
  | Float32ArrayConstructor
  | Float64ArrayConstructor;

/** 64-bit and 128-bit integers become doubles, which Plot reads; a value beyond 2^53 is refused, not rounded. */
function bigIntegerAsDouble(name: string, width: 8 | 16): ColumnPlan {
  const arrowType = new Float64();
  return {
    arrowType,
    convert: (vector, chunk, column, rows, validity) => {
      const out = new Float64Array(rows);
      if (width === 8) {
        const bytes = duckdb.vector_get_data(vector, rows * 8);
        const ints = new BigInt64Array(bytes.buffer, bytes.byteOffset, rows);
        // Null slots hold whatever was in memory: skip them rather than judge their size.
        for (let i = 0; i < rows; i++) out[i] = isValid(validity, i) ? toSafeNumber(ints[i]!, name) : 0;
      } else {
        const values = chunk.getColumnVector(column);
        for (let i = 0; i < rows; i++) {
          const value = values.getItem(i);
          out[i] = typeof value === 'bigint' ? toSafeNumber(value, name) : 0;
        }
      }
      return makeData({ type: arrowType, length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, data: out });
    },
  };
}

function toSafeNumber(value: bigint, name: string): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) throw new Error(`Column ${name} holds an integer too large to send as a double`);
  return Number(value);
}

const booleanPlan: ColumnPlan = {
  arrowType: new Bool(),
  convert: (vector, _chunk, _column, rows, validity) => {
    const bytes = duckdb.vector_get_data(vector, rows);
    const packed = new Uint8Array(Math.ceil(rows / 8));
    for (let i = 0; i < rows; i++) if (bytes[i]) packed[i >> 3]! |= 1 << (i & 7);
    return makeData({ type: new Bool(), length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, data: packed });
  },
};

/**
 * VARCHAR: DuckDB's 16-byte string entries hold the UTF-8 bytes inline (up to 12) or point to them.
 * The bytes are copied straight into Arrow's buffer, never decoded to JS strings and encoded again.
 */
const utf8Plan: ColumnPlan = {
  arrowType: new Utf8(),
  convert: (vector, _chunk, _column, rows, validity) => {
    const entries = duckdb.vector_get_data(vector, rows * 16);
    const view = new DataView(entries.buffer, entries.byteOffset, entries.byteLength);
    const offsets = new Int32Array(rows + 1);
    let total = 0;
    for (let i = 0; i < rows; i++) {
      if (isValid(validity, i)) total += view.getUint32(i * 16, true);
      offsets[i + 1] = total;
    }
    const data = new Uint8Array(total);
    for (let i = 0; i < rows; i++) {
      const start = offsets[i]!;
      const length = offsets[i + 1]! - start;
      if (length > 12) data.set(duckdb.get_data_from_pointer(entries.buffer as ArrayBuffer, entries.byteOffset + i * 16 + 8, length), start);
      // Short strings sit in the entry itself; a byte loop beats making a view per value.
      else for (let b = 0, from = i * 16 + 4; b < length; b++) data[start + b] = entries[from + b]!;
    }
    return makeData({ type: new Utf8(), length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, valueOffsets: offsets, data });
  },
};

const decimalPlan: ColumnPlan = {
  arrowType: new Float64(),
  convert: (_vector, chunk, column, rows, validity) => {
    const values = chunk.getColumnVector(column);
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const value = values.getItem(i) as { toDouble(): number } | null;
      out[i] = value ? value.toDouble() : 0;
    }
    return makeData({ type: new Float64(), length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, data: out });
  },
};

/** Timestamps are microseconds in DuckDB; Plot reads milliseconds. */
function timestampPlan(): ColumnPlan {
  const arrowType = new TimestampMillisecond();
  return {
    arrowType,
    convert: (vector, _chunk, _column, rows, validity) => {
      const bytes = duckdb.vector_get_data(vector, rows * 8);
      const micros = new BigInt64Array(bytes.buffer, bytes.byteOffset, rows);
      const millis = new BigInt64Array(rows);
      for (let i = 0; i < rows; i++) millis[i] = isValid(validity, i) ? floorDiv(micros[i]!, 1000n) : 0n;
      return makeData({ type: arrowType, length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, data: millis });
    },
  };
}

const isValid = (validity: Validity, row: number): boolean => !validity.bitmap || ((validity.bitmap[row >> 3]! >> (row & 7)) & 1) === 1;

/** Rounds toward minus infinity, so a moment before 1970 stays before 1970 in milliseconds. */
function floorDiv(value: bigint, by: bigint): bigint {
  const q = value / by;
  return value % by < 0n ? q - 1n : q;
}

function planColumn(type: DuckDBType, name: string): ColumnPlan {
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return booleanPlan;
    case DuckDBTypeId.TINYINT:
      return fixedWidth(new Int8(), Int8Array);
    case DuckDBTypeId.SMALLINT:
      return fixedWidth(new Int16(), Int16Array);
    case DuckDBTypeId.INTEGER:
      return fixedWidth(new Int32(), Int32Array);
    case DuckDBTypeId.UTINYINT:
      return fixedWidth(new Uint8(), Uint8Array);
    case DuckDBTypeId.USMALLINT:
      return fixedWidth(new Uint16(), Uint16Array);
    case DuckDBTypeId.UINTEGER:
      return fixedWidth(new Uint32(), Uint32Array);
    case DuckDBTypeId.FLOAT:
      return fixedWidth(new Float32(), Float32Array);
    case DuckDBTypeId.DOUBLE:
      return fixedWidth(new Float64(), Float64Array);
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
      return bigIntegerAsDouble(name, 8);
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return bigIntegerAsDouble(name, 16);
    case DuckDBTypeId.DECIMAL:
      return decimalPlan;
    case DuckDBTypeId.DATE:
      return fixedWidth(new DateDay(), Int32Array);
    case DuckDBTypeId.TIMESTAMP:
    case DuckDBTypeId.TIMESTAMP_TZ:
      return timestampPlan();
    case DuckDBTypeId.VARCHAR:
      return utf8Plan;
    default:
      throw new Error(`Column ${name} has type ${type.toString()}, which the service does not send; cast it in SQL`);
  }
}
