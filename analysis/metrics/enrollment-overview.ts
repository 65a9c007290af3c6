// Enrollment by school year and one student group: the overview's first chart.
import type { ArrowBytes, EnrollmentGroupType } from '../api';
import { queryToArrow } from '../arrow/duckdb-to-arrow';
import { RACE_ETHNICITY_GROUPS, SCHOOL_LEVELS, SEXES } from '../shared/codes';
import type { ProjectDatabase } from '../engine/project-database';
import { publishCountTable } from '../privacy/publish';
import type { SuppressionSettings } from '../privacy/suppression';

interface GroupDefinition {
  /** A fixed SQL expression over `e` (enrollment) and `s` (schools); never built from a request. */
  expression: string;
  labels: readonly { code: string; label: string }[];
}

const GRADE_LABELS = [{ code: '-1', label: 'Pre-K' }, { code: '0', label: 'Kindergarten' }].concat(
  Array.from({ length: 12 }, (_, i) => ({ code: String(i + 1), label: `Grade ${i + 1}` })),
);

const GROUPS: Record<EnrollmentGroupType, GroupDefinition> = {
  race_ethnicity: { expression: 'e.race_ethnicity', labels: RACE_ETHNICITY_GROUPS },
  sex: { expression: 'e.sex', labels: SEXES },
  grade: { expression: 'CAST(e.grade AS VARCHAR)', labels: GRADE_LABELS },
  school_level: { expression: 's.level', labels: SCHOOL_LEVELS },
};

export async function enrollmentByGroup(database: ProjectDatabase, groupType: EnrollmentGroupType, settings: SuppressionSettings): Promise<ArrowBytes> {
  const group = GROUPS[groupType];
  const labelRows = group.labels.map((_, i) => `($${2 * i + 1}, $${2 * i + 2}, ${i})`).join(', ');
  const sql = `
    WITH labels(code, label, sort_order) AS (VALUES ${labelRows})
    SELECT e.school_year, coalesce(${group.expression}, 'not_reported') AS group_value,
           coalesce(any_value(labels.label), 'Not reported') AS group_label,
           count(*)::DOUBLE AS students
    FROM enrollment e
    LEFT JOIN schools s USING (school_id)
    LEFT JOIN labels ON labels.code = ${group.expression}
    GROUP BY ALL
    ORDER BY e.school_year, min(coalesce(labels.sort_order, 999)), group_value`;
  const table = await queryToArrow(database.connection, sql, group.labels.flatMap((g) => [g.code, g.label]));
  return publishCountTable(table, { countColumn: 'students', partitionBy: ['school_year'] }, settings);
}
