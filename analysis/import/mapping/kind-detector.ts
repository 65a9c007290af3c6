// Which canonical table a file belongs to: every kind's best column match is scored (fields only that kind
// has count double), plus wide-layout columns and words in the file name, minus required fields left empty.
import type { ImportKind, SuggestedColumnMapping } from '../../api';
import { KIND_SPECS } from '../kinds';
import { assignColumns, matchColumns, type ColumnMatch } from './column-matcher';
import type { ColumnProfile } from './column-profile';
import { requiredGaps } from './requirements';
import { detectGroupColumns, detectItemColumns } from './wide-layout';
import { MEASURE_CODES } from '../dictionary/open-codes';

/** Fields many kinds share: they say little about which kind a file is. */
const SHARED_FIELDS = new Set(['student_id', 'school_id', 'school_year', 'grade', 'sex', 'race_ethnicity', 'staff_id']);

const NAME_HINTS: Record<ImportKind, RegExp> = {
  schools: /(^|[^a-z])schools?([^a-z]|$)|directory|building/i,
  enrollment: /enrol|demograph|student[_ -]?(list|level|roster)|membership|roster/i,
  attendance: /attend|absen(?!teeism)/i,
  assessments: /assess|test|score|exam|staar|sbac|smarter/i,
  discipline: /disciplin|incident|suspens|behavio/i,
  courses: /course|schedul|transcript|section/i,
  graduation: /graduat|cohort/i,
  staff: /staff|employee|personnel|teacher|(^|[^a-z])hr([^a-z]|$)/i,
  training: /training|professional[_ -]?learning|(^|[^a-z])pd([^a-z]|$)|workshop|lms/i,
  surveys: /survey|climate|panorama|questionnaire/i,
  aggregates: /report[_ -]?card|aggregate|subgroup|summary|chronic|rate/i,
};

export interface KindCandidate {
  kind: ImportKind;
  score: number;
  matches: ColumnMatch[];
  wide: SuggestedColumnMapping[];
  constants: { field: string; value: string }[];
}

/** Values a file has no column for but whose value is plain: the measure named in a report card's file name. */
export function suggestConstants(kind: ImportKind, fileName: string, fields: ReadonlySet<string>): { field: string; value: string }[] {
  const constants: { field: string; value: string }[] = [];
  if (kind === 'aggregates') {
    if (!fields.has('measure')) {
      const measure = MEASURE_CODES.lookup(fileName.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' '));
      if (measure?.value) constants.push({ field: 'measure', value: measure.value });
    }
    if (!fields.has('level') && fields.has('school_id')) constants.push({ field: 'level', value: 'school' });
  }
  return constants;
}

export function scoreKind(kind: ImportKind, columns: readonly string[], profiles: ReadonlyMap<string, ColumnProfile>, fileName: string): KindCandidate {
  const spec = KIND_SPECS.find((k) => k.kind === kind)!;
  // A report card with a count (and percent) column per group: those columns are groups, whatever their
  // header also says ("All Students Count" is a count, for all students).
  const groups = spec.wide === 'groups' ? detectGroupColumns(columns, profiles) : [];
  const groupSources = new Set(groups.map((g) => g.source));
  // A total column ("Total Enrollment") beside per-group counts is every group's denominator: it stays.
  const perGroupFields = new Set(['numerator', 'percent', 'group', 'group_type', 'group_value']);
  const candidates = matchColumns(kind, columns, profiles).filter((m) => groups.length === 0 || (!groupSources.has(m.source) && !perGroupFields.has(m.field)));
  const matches = assignColumns(kind, candidates);
  const used = new Set(matches.map((m) => m.source));
  const wide = spec.wide === 'items' ? detectItemColumns(columns.filter((c) => !used.has(c)), profiles) : groups;
  const fields = new Set(matches.map((m) => m.field));
  const constants = suggestConstants(kind, fileName, fields);
  const mapping = {
    kind,
    layout: wide.length > 0 ? ('wide' as const) : ('rows' as const),
    columns: [...matches.map((m) => ({ source: m.source, target: m.field })), ...wide.map((w) => ({ source: w.source, target: w.target }))],
    constants,
  };
  let score = matches.reduce((sum, m) => sum + m.confidence * (SHARED_FIELDS.has(m.field) ? 1 : 2), 0);
  score += Math.min(wide.length, 6) * 1.5;
  score += NAME_HINTS[kind].test(fileName) ? 1.5 : 0;
  score -= 2 * requiredGaps(mapping).length;
  return { kind, score: Math.round(score * 100) / 100, matches, wide, constants };
}

export function rankKinds(columns: readonly string[], profiles: ReadonlyMap<string, ColumnProfile>, fileName: string): KindCandidate[] {
  return KIND_SPECS.map((k) => scoreKind(k.kind, columns, profiles, fileName)).sort((a, b) => b.score - a.score);
}
