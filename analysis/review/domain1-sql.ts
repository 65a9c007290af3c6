// Interim Domain 1 figures for suggestion rules, in our own SQL (bound parameters only).
// SWITCH TO THE METRICS ENGINE: once analysis/metrics/ serves these figures (getDisparityTable and
// friends), review-metric-source.ts should read them there and this file should go.
import type { SuggestionGroupType, SuggestionMetricId } from '../api';

/**
 * Per student and year: the groups a student belongs to. A student enrolled at two schools in a year
 * is one student; yes/no programmes count when any record says yes.
 */
const STUDENTS = `
  students AS (
    SELECT student_id, school_year, grade,
           race_ethnicity, swd, ell, econ_disadv, homeless
    FROM (
      SELECT student_id, school_year, max(grade) AS grade, any_value(race_ethnicity) AS race_ethnicity,
             coalesce(bool_or(swd), false) AS swd, coalesce(bool_or(ell), false) AS ell,
             coalesce(bool_or(econ_disadv), false) AS econ_disadv, coalesce(bool_or(homeless), false) AS homeless
      FROM enrollment GROUP BY student_id, school_year
    )
  )`;

/**
 * Membership of a population row `p` in the group `g.code`: fixed SQL, the code itself is bound. A
 * student whose group is unknown counts among "all other students", never in neither.
 */
const MEMBERSHIP: Record<SuggestionGroupType, string> = {
  race_ethnicity: `coalesce(p.race_ethnicity = g.code, false)`,
  program: `coalesce(CASE g.code WHEN 'swd' THEN p.swd WHEN 'ell' THEN p.ell WHEN 'econ_disadv' THEN p.econ_disadv WHEN 'homeless' THEN p.homeless END, false)`,
};

/**
 * For each metric: a `population` CTE with one row per counted student and year (school_year, the
 * group columns of `students`, and `outcome` 0/1). Everything after it is shared.
 */
const POPULATIONS: Record<SuggestionMetricId, string> = {
  // Enrolled students; outcome: at least one out-of-school suspension that school year.
  oss_risk_ratio: `
    population AS (
      SELECT s.*, (d.student_id IS NOT NULL)::INTEGER AS outcome
      FROM students s
      LEFT JOIN (SELECT DISTINCT student_id, school_year FROM discipline WHERE action_type = 'out_of_school_suspension') d
        USING (student_id, school_year)
    )`,
  // Students tested in the subject; outcome: proficient (any proficient result that year counts).
  ela_proficiency_gap: testedPopulation('ela'),
  math_proficiency_gap: testedPopulation('math'),
  // Students with attendance; outcome: absent on at least 10% of the days enrolled.
  chronic_absence_gap: `
    population AS (
      SELECT s.*, (a.days_absent / a.days_enrolled >= 0.1)::INTEGER AS outcome
      FROM students s
      JOIN (SELECT student_id, school_year, sum(days_enrolled) AS days_enrolled, sum(days_absent) AS days_absent
            FROM attendance GROUP BY ALL HAVING sum(days_enrolled) > 0) a
        USING (student_id, school_year)
    )`,
  // Students in grades 10-12; outcome: enrolled in at least one AP or IB course that year.
  advanced_course_composition: `
    population AS (
      SELECT s.*, (c.student_id IS NOT NULL)::INTEGER AS outcome
      FROM students s
      LEFT JOIN (SELECT DISTINCT student_id, school_year FROM courses WHERE course_type IN ('ap', 'ib')) c
        USING (student_id, school_year)
      WHERE s.grade BETWEEN 10 AND 12
    )`,
  // Cohort members, grouped by their latest enrollment record; the cohort year stands for the year.
  graduation_gap: `
    population AS (
      SELECT l.* EXCLUDE (school_year), gr.cohort_year AS school_year, (gr.outcome = 'graduated')::INTEGER AS outcome
      FROM (SELECT student_id, cohort_year, any_value(outcome) AS outcome FROM graduation GROUP BY ALL) gr
      LEFT JOIN (SELECT * FROM students QUALIFY row_number() OVER (PARTITION BY student_id ORDER BY school_year DESC) = 1) l
        USING (student_id)
    )`,
};

function testedPopulation(subject: 'ela' | 'math'): string {
  return `
    population AS (
      SELECT s.*, t.outcome
      FROM students s
      JOIN (SELECT student_id, school_year, bool_or(proficient)::INTEGER AS outcome
            FROM assessments WHERE subject = '${subject}' AND proficient IS NOT NULL GROUP BY ALL) t
        USING (student_id, school_year)
    )`;
}

/**
 * Counts per group code ($1, a list) and year: group students and outcomes, all other students and
 * their outcomes. Turning counts into ratios, gaps and suppression happens in TypeScript, where it is
 * tested against hand-computed figures.
 */
export function groupCountsSql(metric: SuggestionMetricId, groupType: SuggestionGroupType): string {
  return `
    WITH ${STUDENTS},
    ${POPULATIONS[metric]},
    codes AS (SELECT unnest($1::VARCHAR[]) AS code),
    flagged AS (SELECT g.code, p.school_year, p.outcome, ${MEMBERSHIP[groupType]} AS member
                FROM population p CROSS JOIN codes g)
    SELECT code, school_year::INTEGER AS year,
           count(*) FILTER (WHERE member)::DOUBLE AS n_group,
           coalesce(sum(outcome) FILTER (WHERE member), 0)::DOUBLE AS x_group,
           count(*) FILTER (WHERE NOT member)::DOUBLE AS n_other,
           coalesce(sum(outcome) FILTER (WHERE NOT member), 0)::DOUBLE AS x_other
    FROM flagged
    WHERE school_year IS NOT NULL
    GROUP BY code, school_year
    ORDER BY code, school_year`;
}

export interface GroupCounts {
  code: string;
  year: number;
  nGroup: number;
  xGroup: number;
  nOther: number;
  xOther: number;
}
