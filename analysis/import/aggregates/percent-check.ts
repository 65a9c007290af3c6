// A report card's percent beside its count and total is a check, never the source of a figure: where
// the published percent differs from count / total by more than rounding, the quality report says so.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { QualityIssue } from '../../api';
import type { Slot } from '../mapping/plan/slots';
import { STAGE_TABLE } from '../mapping/plan/stage-sql';

/** Half a percentage point: a percent rounded to a whole number is never further off than this. */
const ROUNDING = 0.5;

interface Triple {
  label: string;
  numerator: string;
  denominator: string;
  percent: string;
}

function triples(slots: readonly Slot[]): Triple[] {
  const plain = (field: string) => slots.find((s) => s.field.field === field && !s.group);
  const total = plain('denominator') ?? slots.find((s) => s.field.field === 'denominator' && s.group?.groupType === 'all' && !slots.some((o) => o.group?.groupType === 'all' && o.field.field !== 'denominator'));
  const found: Triple[] = [];
  const n = plain('numerator');
  const p = plain('percent');
  if (n && p && total) found.push({ label: p.source, numerator: `v_${n.id}`, denominator: `v_${total.id}`, percent: `v_${p.id}` });
  const keys = new Set(slots.filter((s) => s.group).map((s) => `${s.group!.groupType}:${s.group!.groupValue}`));
  for (const key of keys) {
    const of = (field: string) => slots.find((s) => s.group && `${s.group.groupType}:${s.group.groupValue}` === key && s.field.field === field);
    const num = of('numerator');
    const pct = of('percent');
    const den = of('denominator') ?? total;
    if (num && pct && den && den !== pct) found.push({ label: pct.source, numerator: `v_${num.id}`, denominator: `v_${den.id}`, percent: `v_${pct.id}` });
  }
  return found;
}

export async function percentMismatches(connection: DuckDBConnection, slots: readonly Slot[], percentScale: number): Promise<QualityIssue[]> {
  const checks = triples(slots);
  if (checks.length === 0) return [];
  const off = checks.map((t) => `count(*) FILTER (WHERE ${t.denominator} > 0 AND abs(${t.percent} * (100 / ${percentScale}) - 100 * ${t.numerator} / ${t.denominator}) > ${ROUNDING})`);
  const reader = await connection.runAndReadAll(`SELECT ${off.join(', ')} FROM ${STAGE_TABLE}`);
  const counts = (reader.getRowsJS()[0] ?? []).map(Number);
  return checks.flatMap((t, i): QualityIssue[] =>
    (counts[i] ?? 0) > 0
      ? [
          {
            check: 'derived',
            severity: 'warning',
            column: t.label,
            count: counts[i]!,
            message: `${counts[i]!.toLocaleString('en-US')} row(s) give a percent that differs from count / total by more than rounding: the count and the total are used, the percent only checked.`,
            lines: [],
          },
        ]
      : [],
  );
}
