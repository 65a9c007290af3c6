// Runs a query and builds an Apache Arrow table straight from DuckDB's typed column vectors.
// Fixed-width columns are copied buffer to buffer; no JS row objects are made (DESIGN.md section 2.4).
import duckdb from '@duckdb/node-bindings';
import { DuckDBTypeId, type DuckDBConnection, type DuckDBDataChunk, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { Bool, DateDay, Field, Float32, Float64, Int16, Int32, Int8, makeData, RecordBatch, Schema, Struct, Table, TimestampMillisecond, Uint16, Uint32, Uint8, Utf8, type Data, type DataType } from 'apache-arrow';

/** Rows per Arrow record batch: DuckDB's 2,048-row chunks are gathered so the IPC stream has few, large messages. */
const BATCH_ROWS = 65_536;

/** How one column of a run of DuckDB chunks becomes one Arrow column; cast anything unsupported in SQL. */
interface ColumnPlan {
  arrowType: DataType;
  /** Writes the values of `column` in `chunks` (rows in total) into one Arrow Data, nulls from `validity`. */
  build: (chunks: readonly DuckDBDataChunk[], column: number, rows: number, validity: Validity) => Data;
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
  let pending: DuckDBDataChunk[] = [];
  let pendingRows = 0;
  const flush = () => {
    if (pendingRows === 0) return;
    const children = plans.map((plan, column) => plan.build(pending, column, pendingRows, readValidity(pending, column, pendingRows)));
    batches.push(new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: pendingRows, children })));
    pending = [];
    pendingRows = 0;
  };
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    // The chunks stay alive (and their memory DuckDB's) until the batch they belong to is built.
    pending.push(chunk);
    pendingRows += chunk.rowCount;
    if (pendingRows >= BATCH_ROWS) flush();
  }
  flush();
  return batches.length > 0 ? new Table(batches) : new Table(schema);
}

const vectorOf = (chunk: DuckDBDataChunk, column: number): duckdb.Vector => duckdb.data_chunk_get_vector(chunk.chunk, column);

/** Set bits in each byte value, for counting nulls a byte at a time. */
const BITS_SET = Uint8Array.from({ length: 256 }, (_, byte) => {
  let bits = 0;
  for (let b = byte; b > 0; b >>= 1) bits += b & 1;
  return bits;
});

/**
 * DuckDB's validity mask is little-endian 64-bit words, bit i = row i: the same bit order as Arrow's, so a
 * chunk that starts on a byte boundary is copied byte for byte; one that does not is copied bit by bit.
 */
function readValidity(chunks: readonly DuckDBDataChunk[], column: number, rows: number): Validity {
  let bitmap: Uint8Array | undefined;
  let offset = 0;
  for (const chunk of chunks) {
    const count = chunk.rowCount;
    const raw = duckdb.vector_get_validity(vectorOf(chunk, column), Math.ceil(count / 64) * 8);
    if (raw) {
      if (!bitmap) bitmap = setBits(new Uint8Array(Math.ceil(rows / 8)), 0, offset);
      copyBits(raw, bitmap, offset, count);
    } else if (bitmap) setBits(bitmap, offset, offset + count);
    offset += count;
  }
  if (!bitmap) return { bitmap: undefined, nullCount: 0 };
  let valid = 0;
  const wholeBytes = rows >> 3;
  for (let i = 0; i < wholeBytes; i++) valid += BITS_SET[bitmap[i]!]!;
  for (let row = wholeBytes << 3; row < rows; row++) valid += (bitmap[row >> 3]! >> (row & 7)) & 1;
  return valid === rows ? { bitmap: undefined, nullCount: 0 } : { bitmap, nullCount: rows - valid };
}

/** Marks rows [from, to) valid. */
function setBits(bitmap: Uint8Array, from: number, to: number): Uint8Array {
  for (let row = from; row < to; row++) bitmap[row >> 3]! |= 1 << (row & 7);
  return bitmap;
}

function copyBits(source: Uint8Array, target: Uint8Array, offset: number, count: number): void {
  let row = 0;
  if ((offset & 7) === 0) {
    const wholeBytes = count >> 3;
    target.set(source.subarray(0, wholeBytes), offset >> 3);
    row = wholeBytes << 3;
  }
  for (; row < count; row++) if ((source[row >> 3]! >> (row & 7)) & 1) target[(offset + row) >> 3]! |= 1 << ((offset + row) & 7);
}

function fixedWidth<T extends DataType>(arrowType: T, ArrayType: TypedArrayConstructor): ColumnPlan {
  const width = ArrayType.BYTES_PER_ELEMENT;
  return {
    arrowType,
    build: (chunks, column, rows, validity) => {
      const data = new ArrayType(rows);
      const bytes = new Uint8Array(data.buffer);
      let offset = 0;
      for (const chunk of chunks) {
        // Copied: the chunk's memory belongs to DuckDB and is reused after the batch is built.
        bytes.set(duckdb.vector_get_data(vectorOf(chunk, column), chunk.rowCount * width), offset * width);
        offset += chunk.rowCount;
      }
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

/** Runs `each(chunk, firstRow)` for every chunk, firstRow being the chunk's first row in the batch. */
function eachChunk(chunks: readonly DuckDBDataChunk[], each: (chunk: DuckDBDataChunk, firstRow: number) => void): void {
  let offset = 0;
  for (const chunk of chunks) {
    each(chunk, offset);
    offset += chunk.rowCount;
  }
}

/** 64-bit and 128-bit integers become doubles, which Plot reads; a value beyond 2^53 is refused, not rounded. */
function bigIntegerAsDouble(name: string, width: 8 | 16): ColumnPlan {
  const arrowType = new Float64();
  return {
    arrowType,
    build: (chunks, column, rows, validity) => {
      const out = new Float64Array(rows);
      eachChunk(chunks, (chunk, first) => {
        const count = chunk.rowCount;
        if (width === 8) {
          const bytes = duckdb.vector_get_data(vectorOf(chunk, column), count * 8);
          const ints = new BigInt64Array(bytes.buffer, bytes.byteOffset, count);
          // Null slots hold whatever was in memory: skip them rather than judge their size.
          for (let i = 0; i < count; i++) out[first + i] = isValid(validity, first + i) ? toSafeNumber(ints[i]!, name) : 0;
        } else {
          const values = chunk.getColumnVector(column);
          for (let i = 0; i < count; i++) {
            const value = values.getItem(i);
            out[first + i] = typeof value === 'bigint' ? toSafeNumber(value, name) : 0;
          }
        }
      });
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
  build: (chunks, column, rows, validity) => {
    // One byte per value in DuckDB, one bit in Arrow: gather the bytes, then pack them in one loop.
    const bytes = new Uint8Array(rows);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(duckdb.vector_get_data(vectorOf(chunk, column), chunk.rowCount), offset);
      offset += chunk.rowCount;
    }
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
  build: (chunks, column, rows, validity) => {
    const entries = chunks.map((chunk) => duckdb.vector_get_data(vectorOf(chunk, column), chunk.rowCount * 16));
    const offsets = new Int32Array(rows + 1);
    let total = 0;
    let row = 0;
    for (const chunkEntries of entries) {
      const view = new DataView(chunkEntries.buffer, chunkEntries.byteOffset, chunkEntries.byteLength);
      for (let i = 0; i < chunkEntries.byteLength / 16; i++, row++) {
        if (isValid(validity, row)) total += view.getUint32(i * 16, true);
        offsets[row + 1] = total;
      }
    }
    const data = new Uint8Array(total);
    row = 0;
    for (const chunkEntries of entries) {
      for (let i = 0; i < chunkEntries.byteLength / 16; i++, row++) {
        const start = offsets[row]!;
        const length = offsets[row + 1]! - start;
        if (length > 12) data.set(duckdb.get_data_from_pointer(chunkEntries.buffer as ArrayBuffer, chunkEntries.byteOffset + i * 16 + 8, length), start);
        // Short strings sit in the entry itself; a byte loop beats making a view per value.
        else for (let b = 0, from = i * 16 + 4; b < length; b++) data[start + b] = chunkEntries[from + b]!;
      }
    }
    return makeData({ type: new Utf8(), length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, valueOffsets: offsets, data });
  },
};

const decimalPlan: ColumnPlan = {
  arrowType: new Float64(),
  build: (chunks, column, rows, validity) => {
    const out = new Float64Array(rows);
    eachChunk(chunks, (chunk, first) => {
      const values = chunk.getColumnVector(column);
      for (let i = 0; i < chunk.rowCount; i++) {
        const value = values.getItem(i) as { toDouble(): number } | null;
        out[first + i] = value ? value.toDouble() : 0;
      }
    });
    return makeData({ type: new Float64(), length: rows, nullCount: validity.nullCount, nullBitmap: validity.bitmap, data: out });
  },
};

/** Timestamps are microseconds in DuckDB; Plot reads milliseconds. */
function timestampPlan(): ColumnPlan {
  const arrowType = new TimestampMillisecond();
  return {
    arrowType,
    build: (chunks, column, rows, validity) => {
      const millis = new BigInt64Array(rows);
      eachChunk(chunks, (chunk, first) => {
        const bytes = duckdb.vector_get_data(vectorOf(chunk, column), chunk.rowCount * 8);
        const micros = new BigInt64Array(bytes.buffer, bytes.byteOffset, chunk.rowCount);
        for (let i = 0; i < chunk.rowCount; i++) millis[first + i] = isValid(validity, first + i) ? floorDiv(micros[i]!, 1000n) : 0n;
      });
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
