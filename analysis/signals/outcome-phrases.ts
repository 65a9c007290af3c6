// How a sentence names each rate's outcome: the verb for the group ("were suspended out of school")
// and the noun for counting students ("students suspended out of school").
import type { MetricDefinition } from '../metrics/registry/metric-types';

export interface OutcomePhrase {
  verb: string;
  counted: string;
}

const PHRASES: Record<string, OutcomePhrase> = {
  out_of_school_suspension: { verb: 'were suspended out of school', counted: 'students suspended out of school' },
  in_school_suspension: { verb: 'were given in-school suspensions', counted: 'students given an in-school suspension' },
  expulsion: { verb: 'were expelled', counted: 'students expelled' },
  law_enforcement_referral: { verb: 'were referred to law enforcement', counted: 'students referred to law enforcement' },
  special_education_identification: { verb: 'were identified for special education', counted: 'students identified for special education' },
  gifted_identification: { verb: 'were identified as gifted', counted: 'students identified as gifted' },
  advanced_course_enrollment: { verb: 'took advanced courses', counted: 'students in advanced courses' },
  ap_ib_enrollment: { verb: 'took AP or IB courses', counted: 'students in AP or IB courses' },
  algebra_grade_8: { verb: 'took Algebra I in grade 8', counted: 'students taking Algebra I in grade 8' },
  graduation_4_year: { verb: 'graduated in four years', counted: 'graduates' },
  cohort_dropout: { verb: 'dropped out', counted: 'dropouts' },
  ela_proficiency: { verb: 'were proficient in ELA', counted: 'students proficient in ELA' },
  math_proficiency: { verb: 'were proficient in math', counted: 'students proficient in math' },
  chronic_absenteeism: { verb: 'were chronically absent', counted: 'chronically absent students' },
  chronic_absenteeism_15_days: { verb: 'missed 15 or more days', counted: 'students missing 15 or more days' },
  novice_teachers: { verb: 'were novices', counted: 'novice teachers' },
  teacher_certification: { verb: 'were fully certified', counted: 'certified teachers' },
  anti_bias_training_staff: { verb: 'had completed anti-bias training', counted: 'staff trained' },
  new_hire_training_90_days: { verb: 'were trained within 90 days of hire', counted: 'new hires trained on time' },
};

export function outcomePhrase(metric: MetricDefinition): OutcomePhrase {
  return PHRASES[metric.id] ?? { verb: `had the outcome "${metric.label}"`, counted: `students counted in "${metric.label}"` };
}
