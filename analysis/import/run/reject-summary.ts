// Counts and groups the rejected rows of an import for its report: rows rejected (each row once), rows per
// reason, and one issue per reason and column with example lines.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { QualityCheck, QualityIssue, RejectReason } from '../../api';
import { STAGE_TABLE } from '../mapping/plan/stage-sql';
import { EXAMPLE_LINES, type LineOf } from '../validate/issues';
import { REJECTS } from '../validate/reject-table';

export interface RejectSummary {
  parseRejected: number;
  stagedRejected: number;
  byReason: { reason: RejectReason; count: number }[];
  issues: QualityIssue[];
}

/** The rejects with their lines, for storing with the import. */
export function rejectsWithLinesSql(lineOf: LineOf): string {
  return `SELECT r._row, coalesce(r.line, ${lineOf('r._row', 'st._line')}) AS line, r.field, r.reason, r.message
          FROM ${REJECTS} r LEFT JOIN ${STAGE_TABLE} st ON st.rowid = r._row`;
}

const REASON_TEXT: Record<RejectReason, (count: string) => string> = {
  parse_error: (n) => `${n} line(s) could not be read as rows of this file.`,
  missing_required: (n) => `${n} row(s) have no value for this required field.`,
  invalid_value: (n) => `${n} row(s) have a value that cannot be read for this required field.`,
  unmapped_code: (n) => `${n} row(s) have a code that is not mapped in this required field.`,
  duplicate_key: (n) => `${n} row(s) repeat the key of another record.`,
  impossible_value: (n) => `${n} row(s) have an impossible value.`,
  excluded: (n) => `${n} row(s) are not records of this kind (excluded by their status).`,
};

const CHECK_OF: Record<RejectReason, QualityCheck> = {
  parse_error: 'parse',
  missing_required: 'missing_required',
  invalid_value: 'invalid_value',
  unmapped_code: 'unmapped_code',
  duplicate_key: 'duplicate_key',
  impossible_value: 'impossible_value',
  excluded: 'excluded',
};

export async function summarizeRejects(connection: DuckDBConnection, lineOf: LineOf): Promise<RejectSummary> {
  const counts = await connection.runAndReadAll(
    `SELECT count(DISTINCT line) FILTER (WHERE _row IS NULL), count(DISTINCT _row) FILTER (WHERE _row IS NOT NULL) FROM ${REJECTS}`,
  );
  const [parseRejected, stagedRejected] = (counts.getRowsJS()[0] ?? [0, 0]).map(Number) as [number, number];
  const byReason = await connection.runAndReadAll(
    `SELECT reason, count(DISTINCT coalesce(_row, -line)) FROM ${REJECTS} GROUP BY reason ORDER BY 2 DESC, reason`,
  );
  const grouped = await connection.runAndReadAll(
    `SELECT reason, field, count(DISTINCT coalesce(_row, -line)), list(line ORDER BY line)[1:${EXAMPLE_LINES}], any_value(message)
     FROM (${rejectsWithLinesSql(lineOf)}) GROUP BY reason, field ORDER BY 3 DESC, 1, 2`,
  );
  return {
    parseRejected,
    stagedRejected,
    byReason: byReason.getRowsJS().map(([reason, count]) => ({ reason: String(reason) as RejectReason, count: Number(count) })),
    issues: grouped.getRowsJS().map(([reason, field, count, lines, example]) => {
      const r = String(reason) as RejectReason;
      const n = Number(count).toLocaleString('en-US');
      // Messages that name a code or a rule are specific; say the first one as an example.
      const detail = r === 'unmapped_code' || r === 'impossible_value' || r === 'parse_error' ? ` For example: ${String(example)}` : '';
      return {
        check: CHECK_OF[r],
        // Rows set aside by their status (an unfinished training session) are expected, not a fault in the file.
        severity: r === 'excluded' ? ('info' as const) : ('error' as const),
        column: field === null ? null : String(field),
        count: Number(count),
        message: `${REASON_TEXT[r](n)} Not loaded.${detail}`,
        lines: Array.isArray(lines) ? lines.map(Number) : [],
      };
    }),
  };
}
