// The units a metric counts (students, tested students, cohort members, staff, survey respondents):
// fixed SQL over the canonical tables, each exposing school_year, one column per group type it
// supports (named by the group type id) and the outcome columns metric definitions refer to.
import type { CanonicalTableName } from '../../engine/canonical-schema';
import type { GroupTypeId } from './group-types';

export type PopulationId = 'students' | 'tested' | 'cohort' | 'staff' | 'teachers_and_students' | 'respondents';

/** Optional per-student outcome tables joined onto the students population only when a metric needs them. */
export type ExtensionId = 'attendance' | 'discipline' | 'courses';

export interface PopulationDefinition {
  id: PopulationId;
  /** Plural noun for the unit, as in "12 students". */
  unit: string;
  totalLabel: string;
  groupTypes: readonly GroupTypeId[];
  /** The table whose rows are the units: without rows there, a metric reads the aggregates table. */
  table: CanonicalTableName;
  /** The SELECT producing one row per unit. `filter` is an extra WHERE inside it (survey constructs). */
  sql(extensions: readonly ExtensionId[], filter: string | null): string;
}

const SCHOOL_ATTRIBUTES: readonly GroupTypeId[] = ['school', 'school_level', 'community_school', 'pathway', 'implementation_phase', 'poverty_quartile'];
const STUDENT_GROUPS: readonly GroupTypeId[] = ['race_ethnicity', 'sex', 'ell', 'swd', 'section_504', 'econ_disadv', 'homeless', 'foster', 'migrant'];

/** A school's share of economically disadvantaged students ranks it into quarters, each year. */
export const SCHOOL_POVERTY_CTE = `school_poverty AS (
  SELECT school_id, school_year,
         ntile(4) OVER (PARTITION BY school_year ORDER BY avg(CASE WHEN econ_disadv THEN 1.0 ELSE 0.0 END), school_id) AS poverty_quartile
  FROM enrollment GROUP BY school_id, school_year)`;

/** School attributes of school id expression `id` in year `year`, from `s` (schools) and `sp` (poverty). */
const schoolColumns = (id: string) =>
  `${id} AS school, s.level AS school_level, s.community_school, s.pathway, s.implementation_phase, sp.poverty_quartile`;
const schoolJoins = (id: string, year: string) =>
  `LEFT JOIN schools s ON s.school_id = ${id} LEFT JOIN school_poverty sp ON sp.school_id = ${id} AND sp.school_year = ${year}`;
const studentColumns = (e: string) =>
  `${e}.race_ethnicity, ${e}.sex, ${e}.ell, ${e}.swd, ${e}.section_504, ${e}.econ_disadv, ${e}.homeless, ${e}.foster, ${e}.migrant`;

const EXTENSIONS: Record<ExtensionId, { columns: string; join: string }> = {
  // A student can attend two schools in a year: their days add up.
  attendance: {
    columns: 'att.days_enrolled, att.days_absent',
    join: `LEFT JOIN (SELECT student_id, school_year, sum(days_enrolled) AS days_enrolled, sum(days_absent) AS days_absent
                      FROM attendance GROUP BY student_id, school_year) att
             ON att.student_id = e.student_id AND att.school_year = e.school_year`,
  },
  discipline: {
    columns: 'coalesce(d.oss_actions, 0) AS oss_actions, coalesce(d.iss_actions, 0) AS iss_actions, coalesce(d.expulsions, 0) AS expulsions, coalesce(d.law_enforcement_referrals, 0) AS law_enforcement_referrals, coalesce(d.removals, 0) AS removals',
    join: `LEFT JOIN (SELECT student_id, school_year,
                        count(*) FILTER (WHERE action_type = 'out_of_school_suspension') AS oss_actions,
                        count(*) FILTER (WHERE action_type = 'in_school_suspension') AS iss_actions,
                        count(*) FILTER (WHERE action_type = 'expulsion') AS expulsions,
                        count(*) FILTER (WHERE action_type = 'law_enforcement_referral') AS law_enforcement_referrals,
                        count(*) FILTER (WHERE action_type IN ('out_of_school_suspension', 'in_school_suspension', 'expulsion')) AS removals
                      FROM discipline GROUP BY student_id, school_year) d
             ON d.student_id = e.student_id AND d.school_year = e.school_year`,
  },
  courses: {
    columns: 'coalesce(c.advanced_course, false) AS advanced_course, coalesce(c.ap_ib_course, false) AS ap_ib_course, coalesce(c.algebra_grade8, false) AS algebra_grade8',
    join: `LEFT JOIN (SELECT student_id, school_year,
                        bool_or(course_type IN ('ap', 'ib', 'dual_enrollment', 'honors')) AS advanced_course,
                        bool_or(course_type IN ('ap', 'ib')) AS ap_ib_course,
                        bool_or(course_type = 'algebra_grade8') AS algebra_grade8
                      FROM courses GROUP BY student_id, school_year) c
             ON c.student_id = e.student_id AND c.school_year = e.school_year`,
  },
};

export const POPULATIONS: readonly PopulationDefinition[] = [
  {
    id: 'students',
    unit: 'students',
    totalLabel: 'All students',
    table: 'enrollment',
    groupTypes: [...STUDENT_GROUPS, 'grade', ...SCHOOL_ATTRIBUTES],
    sql: (extensions) => `
      SELECT e.school_year, ${studentColumns('e')}, e.grade, e.gifted, ${schoolColumns('e.school_id')}
             ${extensions.map((x) => `, ${EXTENSIONS[x].columns}`).join('')}
      FROM enrollment e ${schoolJoins('e.school_id', 'e.school_year')}
      ${extensions.map((x) => EXTENSIONS[x].join).join('\n')}`,
  },
  {
    // Demographics come from the enrollment record of the same year; the school is where they tested.
    id: 'tested',
    unit: 'tested students',
    totalLabel: 'All tested students',
    table: 'assessments',
    groupTypes: [...STUDENT_GROUPS, 'grade', ...SCHOOL_ATTRIBUTES],
    sql: () => `
      SELECT a.school_year, a.subject, a.scale_score, a.proficient, coalesce(a.grade, e.grade) AS grade,
             ${studentColumns('e')}, ${schoolColumns('coalesce(a.school_id, e.school_id)')}
      FROM assessments a
      LEFT JOIN enrollment e ON e.student_id = a.student_id AND e.school_year = a.school_year
      ${schoolJoins('coalesce(a.school_id, e.school_id)', 'a.school_year')}`,
  },
  {
    // A cohort member's groups are those of their latest enrollment record up to the cohort year.
    id: 'cohort',
    unit: 'cohort members',
    totalLabel: 'All cohort members',
    table: 'graduation',
    groupTypes: [...STUDENT_GROUPS, ...SCHOOL_ATTRIBUTES],
    sql: () => `
      SELECT g.cohort_year AS school_year, g.outcome, ${studentColumns('e')},
             ${schoolColumns('coalesce(g.school_id, e.school_id)')}
      FROM graduation g
      ASOF LEFT JOIN enrollment e ON e.student_id = g.student_id AND g.cohort_year >= e.school_year
      ${schoolJoins('coalesce(g.school_id, e.school_id)', 'g.cohort_year')}`,
  },
  {
    id: 'staff',
    unit: 'staff',
    totalLabel: 'All staff',
    table: 'staff',
    groupTypes: ['race_ethnicity', 'sex', 'staff_role', ...SCHOOL_ATTRIBUTES],
    sql: () => `
      SELECT st.school_year, st.role AS staff_role, st.race_ethnicity, st.sex, st.years_experience, st.certified, st.hire_date,
             tr.first_anti_bias, ${schoolColumns('st.school_id')}
      FROM staff st
      LEFT JOIN (SELECT staff_id, min(completed_date) AS first_anti_bias FROM training WHERE program = 'anti_bias' GROUP BY staff_id) tr
        ON tr.staff_id = st.staff_id
      ${schoolJoins('st.school_id', 'st.school_year')}`,
  },
  {
    // Teachers and students side by side, so a group's share of each can be compared.
    id: 'teachers_and_students',
    unit: 'teachers and students',
    totalLabel: 'All teachers and students',
    table: 'staff',
    groupTypes: ['race_ethnicity', 'sex', ...SCHOOL_ATTRIBUTES],
    sql: () => `
      SELECT u.school_year, u.is_teacher, u.race_ethnicity, u.sex, ${schoolColumns('u.school_id')}
      FROM (SELECT school_year, school_id, race_ethnicity, sex, true AS is_teacher FROM staff WHERE role = 'teacher'
            UNION ALL
            SELECT school_year, school_id, race_ethnicity, sex, false AS is_teacher FROM enrollment) u
      ${schoolJoins('u.school_id', 'u.school_year')}`,
  },
  {
    // One row per respondent (over the constructs asked about), so n counts people, not answers.
    id: 'respondents',
    unit: 'respondents',
    totalLabel: 'All respondents',
    table: 'surveys',
    groupTypes: ['respondent_type', 'race_ethnicity', ...SCHOOL_ATTRIBUTES],
    sql: (_extensions, filter) => `
      SELECT r.school_year, r.respondent_type, r.race_ethnicity, r.items_answered, r.items_favorable, ${schoolColumns('r.school_id')}
      FROM (SELECT respondent_id, school_year, school_id, respondent_type, any_value(respondent_race_ethnicity) AS race_ethnicity,
                   count(favorable) AS items_answered, count(*) FILTER (WHERE favorable) AS items_favorable
            FROM surveys ${filter ? `WHERE ${filter}` : ''}
            GROUP BY respondent_id, school_year, school_id, respondent_type) r
      ${schoolJoins('r.school_id', 'r.school_year')}`,
  },
];

export function population(id: PopulationId): PopulationDefinition {
  return POPULATIONS.find((p) => p.id === id)!;
}
