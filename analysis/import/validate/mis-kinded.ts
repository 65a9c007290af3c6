// Signs that a file was read as the wrong kind: school ids or names that are mostly state names (a
// district or state file whose "State" column became the school), or one school id on most rows of a
// file with many rows. Warnings in the quality report, so a wrong guess does not pass as "all is well".
import { quotedIdentifier, type DuckDBConnection } from '@duckdb/node-api';
import type { ImportKind, QualityIssue } from '../../api';
import type { RecordSelect } from '../mapping/plan/record-select';
import { SqlParams } from '../mapping/plan/sql-params';
import { REJECTED_ROWS } from './reject-table';

const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'District of Columbia', 'Florida', 'Georgia', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri',
  'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia',
  'Wisconsin', 'Wyoming', 'Puerto Rico', 'Guam', 'American Samoa', 'Virgin Islands', 'Northern Mariana Islands', 'Bureau of Indian Education',
];

/** Which column of a kind's records names its schools, when it has one. */
const SCHOOL_COLUMN: Partial<Record<ImportKind, string>> = { schools: 'school_name', aggregates: 'school_id', enrollment: 'school_id' };

export async function misKindedIssues(connection: DuckDBConnection, kind: ImportKind, records: RecordSelect, recordParams: SqlParams, hasRejects: boolean): Promise<QualityIssue[]> {
  const column = SCHOOL_COLUMN[kind];
  if (!column || !records.columns.includes(column)) return [];
  const params = new SqlParams(recordParams.values);
  const states = params.text(JSON.stringify(STATES.map((s) => s.toLowerCase())));
  const col = quotedIdentifier(column);
  const filter = hasRejects ? ` AND _row NOT IN ${REJECTED_ROWS}` : '';
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FILTER (WHERE list_contains(CAST(${states} AS JSON)::VARCHAR[], lower(trim(${col})))), count(${col})
     FROM (${records.sql}) WHERE ${col} IS NOT NULL${filter}`,
    params.values,
  );
  const [named, total] = (reader.getRowsJS()[0] ?? [0, 0]).map(Number) as [number, number];
  if (total === 0 || named / total < 0.5) return [];
  return [
    {
      check: 'mis_kinded',
      severity: 'warning',
      column,
      count: named,
      message: `${named.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} records name a state as their school: this looks like a state or district file read as school rows. Check the kind and the column mapped to the school (use --map to change it).`,
      lines: [],
    },
  ];
}
