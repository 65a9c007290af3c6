// The SQL that reads one slot's raw text as its field's value. Coded fields map every value the profile saw
// exactly (one comparison per row); values it did not see are mapped after staging by fixUnseenCodes, once
// per distinct value. The result is text, with a marker for "not reported".
import type { ColumnProfile } from '../column-profile';
import { appliedValue, NOT_REPORTED, resolveValue, type CodeChoices } from '../../values/code-resolution';
import { dateSql, detectDateFormats } from '../../values/dates';
import { detectNumberStyle, numberSql } from '../../values/numbers';
import type { YearIs } from '../../values/school-year';
import { isNullWord, withoutNullWords } from '../../source/raw-values';
import type { Slot } from './slots';
import type { SqlParams } from './sql-params';

export interface ValueContext {
  params: SqlParams;
  profile: ColumnProfile | undefined;
  choices: CodeChoices;
  yearIs: YearIs;
  delimiter: string | null;
}

/** Ids longer than this, or starting like a spreadsheet formula, are not ids. */
const MAX_ID_LENGTH = 200;

/** A typed expression (DOUBLE, DATE, VARCHAR) for plain fields; coded fields go through codedSql. */
export function valueSql(slot: Slot, raw: string, context: ValueContext): string {
  if (slot.coded) return codedSql(slot, raw, context);
  const values = (context.profile?.values ?? []).filter((v) => !isNullWord(v.value));
  // Missing-value words are missing in value columns; a text label keeps them ("None" can be a name).
  const value = withoutNullWords(raw);
  switch (slot.field.valueKind) {
    case 'id':
      return `CASE WHEN length(${value}) <= ${MAX_ID_LENGTH} AND NOT starts_with(${value}, '=') THEN ${value} END`;
    case 'number':
    case 'percent':
      return numberSql(value, detectNumberStyle(values.map((v) => v.value), context.delimiter));
    case 'date':
      return dateSql(value, detectDateFormats(values));
    default:
      return raw;
  }
}

function codedSql(slot: Slot, raw: string, context: ValueContext): string {
  const { params, choices, yearIs } = context;
  const seen = (context.profile?.values ?? []).map(({ value }) => ({ value, applied: appliedValue(resolveValue(slot.field, value, choices, yearIs)) }));
  const arms = seen.map(({ value, applied }) => `WHEN ${params.text(value)} THEN ${params.text(applied)}`).join(' ');
  const blank = appliedValue(resolveValue(slot.field, null, choices, yearIs));
  const blankValue = blank === NOT_REPORTED ? 'CAST(NULL AS VARCHAR)' : params.text(blank);
  // A value the profile did not see stays unread here; fixUnseenCodes maps it after staging (once per value).
  return `CASE WHEN ${raw} IS NULL THEN ${blankValue} ELSE ${arms ? `CASE ${raw} ${arms} END` : 'CAST(NULL AS VARCHAR)'} END`;
}
