// Fictional names for the district's schools and community partners (unique at any district size).
import type { Level } from './types';

export const DISTRICT_NAME = 'Riverside Unified School District';

const NAMESAKES = [
  'Harriet Tubman', 'Maple Grove', 'César Chávez', 'Cedar Ridge', 'Frederick Douglass', 'Lakeview',
  'Mary McLeod Bethune', 'Hillcrest', 'Roberto Clemente', 'Riverside', 'Sequoyah', 'Sunnyside',
  'Dolores Huerta', 'Westwood', 'Fred Korematsu', 'Oak Park', 'Patsy Mink', 'Eastgate', 'Ida B. Wells',
  'Willow Creek', 'Thurgood Marshall', 'Bayview', 'Rosa Parks', 'Northgate', 'Sylvia Méndez',
  'Southridge', 'Wilma Mankiller', 'Meadowbrook', 'Jackie Robinson', 'Highland', 'Grace Lee Boggs',
  'Pine Hollow', 'Ruby Bridges', 'Brookside', 'Duke Kahanamoku', 'Fairview', 'Ellen Ochoa', 'Kingsley',
  'Bayard Rustin', 'Orchard Hill', 'Shirley Chisholm', 'Stonebridge', 'Mae Jemison', 'Clearwater',
  'Langston Hughes', 'Redwood', 'Yuri Kochiyama', 'Silver Lake',
];

const SUFFIX: Record<Level, string> = {
  elementary: 'Elementary School',
  middle: 'Middle School',
  high: 'High School',
};

/** The n-th name of a level; levels start at different offsets so one namesake is not every level's. */
export function schoolName(level: Level, n: number): string {
  const offset = level === 'elementary' ? 0 : level === 'middle' ? 17 : 31;
  const base = NAMESAKES[(n + offset) % NAMESAKES.length];
  const round = Math.floor(n / NAMESAKES.length);
  // Very large synthetic districts reuse namesakes with a campus number, as real ones do.
  return round === 0 ? `${base} ${SUFFIX[level]}` : `${base} ${SUFFIX[level]} Campus ${round + 1}`;
}

export const COMMUNITY_PARTNERS = [
  'Communities In Schools of Riverside',
  'Eastside Family Resource Center',
  'Boys & Girls Club of Harbor County',
  'Familias Unidas',
  'YMCA of the Valley',
  'Riverside Community Health Partners',
  'United Way of Harbor County',
  'Urban League of Riverside',
];
