// Where a chart's figures come from, in words: the schools, districts or district, and every filter that
// narrows it. Titles, headlines and exports all name the place, so a school's figure is never passed off
// as the district's, nor two schools' pooled figure as one school's.
import type { SchoolSummary } from '../../../../analysis/api';
import { IMPLEMENTATION_PHASES, SCHOOL_LEVELS } from '../../../../analysis/shared/codes';
import { GRADE_BANDS, type ExploreView } from '../../../../analysis/shared/explore-view';

/** A school as the place names it; the attributes, when known, tell whether a chosen school passes the filters. */
export type PlaceSchool = Pick<SchoolSummary, 'schoolId' | 'schoolName'> & Partial<Omit<SchoolSummary, 'schoolId' | 'schoolName'>>;

export interface ChartPlace {
  /** "Lincoln High School", "Lincoln High School and Bayview Middle", "5 schools", "district ACPS" or the project's district. */
  name: string;
  /** True when the place is narrower than the project's district, so captions add the district's name. */
  school: boolean;
  /** Every school the figures pool, by name (empty when no school is chosen). */
  schools: string[];
  /** "Schools: A, B, C, and D." when the name only counts them, so captions still say which; else null. */
  roster: string | null;
  /** The filters in words ("high schools", "grades 9-12"), empty when none. */
  filters: string[];
  /** "Lincoln High School" or "Riverside Unified, high schools, grades 9-12": for titles. */
  label: string;
  /** "at Lincoln High School", "across Lincoln High School and Bayview Middle" or "in Riverside Unified (high schools)". */
  phrase: string;
}

/** Beyond this many, a title says "5 schools" and the caption lists them. */
const NAMED_IN_TITLE = 3;

const and = new Intl.ListFormat('en-US', { type: 'conjunction' });
const or = new Intl.ListFormat('en-US', { type: 'disjunction' });

const PATHWAY_WORDS: Record<string, string> = {
  pbis: 'PBIS',
  restorative_practices: 'restorative-practices',
  mental_wellness: 'mental-wellness',
  anti_racism: 'anti-racism',
};

type PlaceFilters = Pick<ExploreView, 'schoolIds' | 'districtIds' | 'schoolLevels' | 'communitySchool' | 'pathways' | 'implementationPhases' | 'gradeBand'>;

/** Codes in their list's order, so one choice always reads the same. */
const inOrder = (codes: readonly string[], list: readonly { code: string }[]) => [...codes].sort((a, b) => rank(a, list) - rank(b, list));
const rank = (code: string, list: readonly { code: string }[]) => {
  const i = list.findIndex((c) => c.code === code);
  return i < 0 ? list.length : i;
};

/** Within one filter the values are alternatives; the filters narrow together. */
export function filterWords(view: PlaceFilters): string[] {
  const words: string[] = [];
  if (view.districtIds.length > 0) words.push(districtWords(view.districtIds));
  if (view.schoolLevels.length > 0) {
    const levels = inOrder(view.schoolLevels, SCHOOL_LEVELS).map((code) => (SCHOOL_LEVELS.find((l) => l.code === code)?.label ?? code).toLowerCase());
    words.push(`${and.format(levels)} schools`);
  }
  if (view.communitySchool !== null) words.push(view.communitySchool ? 'community schools' : 'schools that are not community schools');
  if (view.pathways.length > 0) words.push(`${and.format([...view.pathways].sort().map((p) => PATHWAY_WORDS[p] ?? p.replace(/_/g, ' ')))} schools`);
  if (view.implementationPhases.length > 0) words.push(`schools in ${or.format(inOrder(view.implementationPhases, IMPLEMENTATION_PHASES).map((p) => p.replace(/_/g, ' ')))}`);
  if (view.gradeBand) words.push(GRADE_BANDS[view.gradeBand].label.replace(/^Grades/, 'grades'));
  return words;
}

/** Report-card files key districts by the publisher's LEA or division id, which is all there is to name them by. */
function districtWords(ids: readonly string[]): string {
  if (ids.length === 1) return `district ${ids[0]}`;
  if (ids.length > NAMED_IN_TITLE) return `${ids.length} districts`;
  return `districts ${and.format([...ids].sort())}`;
}

/**
 * Whether a school passes the view's filters as the service applies them: an attribute the caller did not
 * give (undefined) is not held against it; a school with none (null) has no level or pathway to match.
 */
function passes(school: PlaceSchool, view: PlaceFilters): boolean {
  const known = (value: string | null | undefined, test: (v: string) => boolean) => value === undefined || (value !== null && test(value));
  return (
    (view.schoolLevels.length === 0 || known(school.level, (l) => view.schoolLevels.includes(l))) &&
    (view.communitySchool === null || school.communitySchool === undefined || (school.communitySchool ?? false) === view.communitySchool) &&
    (view.pathways.length === 0 || known(school.pathway, (p) => view.pathways.includes(p))) &&
    (view.implementationPhases.length === 0 || known(school.implementationPhase, (p) => view.implementationPhases.includes(p)))
  );
}

export function chartPlace(view: PlaceFilters, districtName: string, schools: readonly PlaceSchool[]): ChartPlace {
  const chosen = view.schoolIds
    .map((id) => schools.find((s) => s.schoolId === id) ?? { schoolId: id, schoolName: `school ${id}` })
    .sort((a, b) => a.schoolName.localeCompare(b.schoolName));
  // The figures pool only the chosen schools that pass the other filters; if none does, the screen says so.
  const passing = chosen.filter((s) => passes(s, view));
  const named = (passing.length > 0 ? passing : chosen).map((s) => s.schoolName);
  if (named.length > 0) {
    // The chosen schools make the school-attribute filters redundant; districts and grades still narrow them.
    const filters = filterWords({ ...view, schoolLevels: [], communitySchool: null, pathways: [], implementationPhases: [] });
    const name = named.length > NAMED_IN_TITLE ? `${named.length} schools` : and.format(named);
    return placeOf(name, named.length === 1 ? 'at' : 'across', filters, true, named);
  }
  if (view.districtIds.length > 0) {
    const filters = filterWords({ ...view, districtIds: [] });
    return placeOf(districtWords(view.districtIds), view.districtIds.length === 1 ? 'in' : 'across', filters, true, []);
  }
  return placeOf(districtName, 'in', filterWords(view), false, []);
}

function placeOf(name: string, preposition: string, filters: string[], school: boolean, schools: string[]): ChartPlace {
  return {
    name,
    school,
    schools,
    filters,
    roster: schools.length > NAMED_IN_TITLE ? `Schools: ${and.format(schools)}.` : null,
    label: [name, ...filters].join(', '),
    phrase: `${preposition} ${name}${filters.length > 0 ? ` (${filters.join('; ')})` : ''}`,
  };
}
