// Where a chart's figures come from, in words: the school or district, and every filter that narrows it.
// Titles, headlines and exports all name the place, so a school's figure is never passed off as the district's.
import { SCHOOL_LEVELS } from '../../../../analysis/shared/codes';
import { GRADE_BANDS, type ExploreView } from '../../../../analysis/shared/explore-view';

export interface PlaceSchool {
  schoolId: string;
  schoolName: string;
}

export interface ChartPlace {
  /** "Lincoln High School" or "Riverside Unified": what the figures describe. */
  name: string;
  /** True when one school is chosen. */
  school: boolean;
  /** The filters in words ("high schools", "grades 9-12"), empty when none. */
  filters: string[];
  /** "Lincoln High School" or "Riverside Unified, high schools, grades 9-12": for titles. */
  label: string;
  /** "at Lincoln High School" or "in Riverside Unified (high schools; grades 9-12)": inside a sentence. */
  phrase: string;
}

const PATHWAY_WORDS: Record<string, string> = {
  pbis: 'PBIS schools',
  restorative_practices: 'restorative-practices schools',
  mental_wellness: 'mental-wellness schools',
  anti_racism: 'anti-racism schools',
};

type PlaceFilters = Pick<ExploreView, 'schoolId' | 'schoolLevel' | 'communitySchool' | 'pathway' | 'implementationPhase' | 'gradeBand'>;

export function filterWords(view: PlaceFilters): string[] {
  const words: string[] = [];
  if (view.schoolLevel) {
    const level = SCHOOL_LEVELS.find((l) => l.code === view.schoolLevel)?.label ?? view.schoolLevel;
    words.push(`${level.toLowerCase()} schools`);
  }
  if (view.communitySchool !== null) words.push(view.communitySchool ? 'community schools' : 'schools that are not community schools');
  if (view.pathway) words.push(PATHWAY_WORDS[view.pathway] ?? `${view.pathway.replace(/_/g, ' ')} schools`);
  if (view.implementationPhase) words.push(`schools in ${view.implementationPhase.replace(/_/g, ' ')}`);
  if (view.gradeBand) words.push(GRADE_BANDS[view.gradeBand].label.replace(/^Grades/, 'grades'));
  return words;
}

export function chartPlace(view: PlaceFilters, districtName: string, schools: readonly PlaceSchool[]): ChartPlace {
  const school = view.schoolId ? (schools.find((s) => s.schoolId === view.schoolId)?.schoolName ?? `school ${view.schoolId}`) : null;
  // A chosen school makes school-level filters redundant; grades still narrow it.
  const filters = filterWords(school ? { ...view, schoolLevel: null, communitySchool: null, pathway: null, implementationPhase: null } : view);
  const name = school ?? districtName;
  return {
    name,
    school: school !== null,
    filters,
    label: [name, ...filters].join(', '),
    phrase: `${school ? 'at' : 'in'} ${name}${filters.length > 0 ? ` (${filters.join('; ')})` : ''}`,
  };
}
