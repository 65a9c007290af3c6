// How groups, group types and populations read inside a sentence: "English learners", "Black or African
// American students with disabilities", "by English learner status", "1,072 teachers".
import { inSentence } from '../../../../analysis/shared/text';

/** Flag groups whose label is not a noun phrase on its own: what to call them, and how they qualify another group. */
const FLAG_WORDS: Record<string, { noun: string; qualifier: string }> = {
  'ell:true': { noun: 'English learners', qualifier: 'who are English learners' },
  'ell:false': { noun: 'students who are not English learners', qualifier: 'who are not English learners' },
  'swd:true': { noun: 'students with disabilities', qualifier: 'with disabilities' },
  'swd:false': { noun: 'students without disabilities', qualifier: 'without disabilities' },
  'section_504:true': { noun: 'students with a Section 504 plan', qualifier: 'with a Section 504 plan' },
  'section_504:false': { noun: 'students without a Section 504 plan', qualifier: 'without a Section 504 plan' },
  'econ_disadv:true': { noun: 'economically disadvantaged students', qualifier: 'who are economically disadvantaged' },
  'econ_disadv:false': { noun: 'students who are not economically disadvantaged', qualifier: 'who are not economically disadvantaged' },
  'homeless:true': { noun: 'students experiencing homelessness', qualifier: 'experiencing homelessness' },
  'homeless:false': { noun: 'students not experiencing homelessness', qualifier: 'not experiencing homelessness' },
  'foster:true': { noun: 'students in foster care', qualifier: 'in foster care' },
  'foster:false': { noun: 'students not in foster care', qualifier: 'not in foster care' },
  'migrant:true': { noun: 'migrant students', qualifier: 'who are migrant students' },
  'migrant:false': { noun: 'students who are not migrant students', qualifier: 'who are not migrant students' },
  'race_ethnicity:two_or_more': { noun: 'students of two or more races', qualifier: 'of two or more races' },
  'race_ethnicity:not_reported': { noun: 'students whose race/ethnicity was not reported', qualifier: 'whose race/ethnicity was not reported' },
};

/** "by race/ethnicity", never "by english learner". */
const GROUP_TYPE_PHRASES: Record<string, string> = {
  race_ethnicity: 'race/ethnicity',
  sex: 'sex',
  ell: 'English learner status',
  swd: 'disability status',
  section_504: 'Section 504 status',
  econ_disadv: 'economic disadvantage',
  homeless: 'housing status',
  foster: 'foster care status',
  migrant: 'migrant status',
  grade: 'grade',
  school: 'school',
  school_level: 'school level',
  community_school: 'community-school status',
  pathway: 'culture-and-climate pathway',
  implementation_phase: 'implementation phase',
  poverty_quartile: 'school poverty',
  staff_role: 'staff role',
  respondent_type: 'respondent',
};

export function groupTypePhrase(groupType: string, label: string): string {
  return GROUP_TYPE_PHRASES[groupType] ?? inSentence(label);
}

/** Who a metric counts, as a plural noun: "students tested", "teachers", "respondents". */
export function populationNoun(population: string): string {
  switch (population) {
    case 'tested':
      return 'students tested';
    case 'cohort':
      return 'students in the cohort';
    case 'teachers_and_students':
      return 'teachers';
    default:
      return population.replace(/_/g, ' ');
  }
}

const HAS_NOUN = /\b(students|learners|teachers|staff|families|respondents|schools|administrators|counselors|quarter)\b/i;

/** A group as the subject of a sentence: "Black or African American students", "English learners", "Families". */
export function groupNoun(groupType: string, code: string, label: string, population = 'students'): string {
  const noun = population === 'teachers_and_students' ? 'teachers' : population === 'staff' ? 'staff' : population === 'respondents' ? 'respondents' : 'students';
  const flag = FLAG_WORDS[`${groupType}:${code}`];
  if (flag) return flag.noun.replace(/\bstudents\b/, noun);
  if (HAS_NOUN.test(label)) return label;
  return `${label} ${noun}`;
}

/** A second group narrowing the first: "with disabilities", "who are English learners", "(Female)". */
export function groupQualifier(groupType: string, code: string, label: string): string {
  const flag = FLAG_WORDS[`${groupType}:${code}`];
  if (flag) return flag.qualifier;
  return `(${label})`;
}

/** A sentence's first word takes a capital whatever the label starts with. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Common words lose their capital inside a sentence; names of groups ("Black", "English", "Hispanic") keep it. */
const COMMON_START = /^(All|Students|Families|Staff|Teachers|Respondents|Grade|Kindergarten|Female|Male|Nonbinary|Elementary|Middle|High|Other|Community|Administrators|Counselors|Support|Second|Third|Lowest|Highest|Share|Economically|Migrant|Experiencing|In|Not|Two|No)\b/;

export function midSentence(noun: string): string {
  return COMMON_START.test(noun) ? noun.charAt(0).toLowerCase() + noun.slice(1) : noun;
}
