// The import commands' mapping options, applied over the suggested mapping: --map "Column=field"
// (repeatable; "Column=" leaves a column out), --code "field:value=code" (repeatable; "field:value=" marks a
// value as not reported), and --measure, --level, --group-type (one value for every row).
import type { ImportMapping } from '../api';
import { usageError } from './cli-errors';

export interface MappingOptions {
  map: string[];
  code: string[];
  measure?: string;
  level?: string;
  groupType?: string;
}

export function mappingOptionsFrom(command: { option(name: string): string | undefined; options(name: string): string[] }): MappingOptions | null {
  const options: MappingOptions = {
    map: command.options('map'),
    code: command.options('code'),
    measure: command.option('measure'),
    level: command.option('level'),
    groupType: command.option('group-type'),
  };
  const any = options.map.length > 0 || options.code.length > 0 || options.measure !== undefined || options.level !== undefined || options.groupType !== undefined;
  return any ? options : null;
}

/** Splits "left=right" at the last "=", so a column name may itself hold "=". */
function pair(text: string, option: string, shape: string): [string, string] {
  const at = text.lastIndexOf('=');
  if (at <= 0) throw usageError(`${option} takes ${shape}, not "${text.slice(0, 60)}".`);
  return [text.slice(0, at), text.slice(at + 1).trim()];
}

const FIELD = /^[a-z][a-z0-9_]{0,60}$/;

/** The suggested mapping with the user's choices on top: an explicit choice always wins. */
export function applyMappingOptions(mapping: ImportMapping, options: MappingOptions, fields: readonly string[]): ImportMapping {
  const columns = mapping.columns.map((c) => ({ ...c }));
  for (const text of options.map) {
    const [column, field] = pair(text, '--map', '"Column=field" (or "Column=" to leave it out)');
    if (field && !fields.includes(field)) throw usageError(`--map: "${field}" is not a field of ${mapping.kind}. Fields: ${fields.join(', ')}.`);
    const target = columns.find((c) => c.source === column) ?? columns.find((c) => c.source.trim().toLowerCase() === column.trim().toLowerCase());
    if (!target) throw usageError(`--map: the file has no column "${column.slice(0, 60)}". Columns: ${columns.map((c) => c.source).slice(0, 30).join(', ')}.`);
    // The same field from two columns would count twice: the earlier column gives it up.
    if (field) for (const other of columns) if (other !== target && other.target === field && !other.group) other.target = null;
    target.target = field || null;
    delete target.group;
    delete target.item;
  }
  const codes = [...mapping.codes];
  for (const text of options.code) {
    const [left, code] = pair(text, '--code', '"field:value=code"');
    const colon = left.indexOf(':');
    if (colon <= 0) throw usageError(`--code takes "field:value=code", such as "group:None=all:all", not "${text.slice(0, 60)}".`);
    const field = left.slice(0, colon);
    if (!FIELD.test(field)) throw usageError(`--code: "${field.slice(0, 40)}" is not a field name.`);
    const value = left.slice(colon + 1);
    const at = codes.findIndex((c) => c.field === field && c.code === value);
    if (at >= 0) codes.splice(at, 1);
    codes.push({ field, code: value, value: code || null });
  }
  const constants = mapping.constants.filter((c) => !(c.field === 'measure' && options.measure) && !(c.field === 'level' && options.level) && !(c.field === 'group_type' && options.groupType));
  if (options.measure) constants.push({ field: 'measure', value: options.measure });
  if (options.level) constants.push({ field: 'level', value: options.level });
  if (options.groupType) constants.push({ field: 'group_type', value: options.groupType });
  const wide = columns.some((c) => c.group && c.target);
  return { ...mapping, layout: mapping.kind === 'aggregates' && !wide ? 'rows' : mapping.layout, columns, codes, constants };
}
