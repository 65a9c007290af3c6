// The limits every reader holds to, checked before any real work starts. Each keeps one hostile file from
// taking the app down (a native crash, memory or disk exhausted, a read that never ends); README lists them.

/** Columns a file may have: wide survey and report-card exports stay far below it; 50,000 took minutes. */
export const MAX_COLUMNS = 500;
/** JSON nesting (a record inside its array is level 2): exports nest a few levels; 10,000 crashed the reader. */
export const MAX_JSON_DEPTH = 32;
/** One field's size: a longer field rejects its row (DuckDB's own line limit), never the file. */
export const MAX_FIELD_BYTES = 2 * 1024 * 1024;
/** A workbook's parts once unpacked: a zip bomb inflates a few MB into gigabytes. */
export const MAX_INFLATED_BYTES = 1536 * 1024 * 1024;
/** Shared strings are held in memory while a sheet is read, so their part has a smaller cap. */
export const MAX_SHARED_STRINGS_BYTES = 128 * 1024 * 1024;
/** Unpacked size over packed size above which a large part is a bomb (real workbooks pack 5-20 times). */
export const MAX_INFLATE_RATIO = 200;
/** Excel's own row limit per sheet. */
export const MAX_SHEET_ROWS = 1_048_576;
/** Temporary disk one import may use (a workbook's sheet as text, a re-encoded copy, DuckDB's spill files). */
export const MAX_TEMP_BYTES = 2 * 1024 ** 3;
/** Memory of the isolated reader: its DuckDB and, separately, its JavaScript heap (workbooks). */
export const READER_DUCKDB_MEMORY = '512MB';
export const READER_HEAP_MB = 640;
/** A reader that takes longer than this on the checks and the first rows is stopped. */
export const READER_TIMEOUT_MS = 120_000;

export const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 ** 2).toLocaleString('en-US')} MB`;

export const tooManyColumns = (fileName: string, count: number | null): string =>
  `${fileName} has ${count === null ? `more than ${MAX_COLUMNS}` : count.toLocaleString('en-US')} columns; EquityLens reads at most ${MAX_COLUMNS}. Export only the columns you need.`;
