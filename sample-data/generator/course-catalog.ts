// The district course catalog: standard, honors, AP, IB, dual-enrollment and gifted courses by grade.

/** SIS course-level codes (courses.csv CourseLevel). */
export type CourseLevel = 'STD' | 'HON' | 'AP' | 'IB' | 'DE' | 'GT';

export interface Course {
  readonly code: string;
  readonly title: string;
  readonly level: CourseLevel;
  /** Subject area: a student takes at most one course per area at one level of rigor. */
  readonly area: 'EN' | 'MA' | 'SC' | 'SS' | 'CS' | 'WL' | 'GT';
}

const c = (code: string, title: string, level: CourseLevel, area: Course['area']): Course => ({ code, title, level, area });

/** Math course by middle-school grade. */
export const MIDDLE_MATH: Record<number, Course> = {
  6: c('MA0600', 'Math 6', 'STD', 'MA'),
  7: c('MA0700', 'Math 7', 'STD', 'MA'),
  8: c('MA0800', 'Math 8', 'STD', 'MA'),
};
/** Algebra I; taken in grade 8 it is the "algebra in grade 8" course type. */
export const ALGEBRA_I = c('MA1200', 'Algebra I', 'STD', 'MA');
export const GIFTED_SEMINAR = c('GT0100', 'Gifted Enrichment Seminar', 'GT', 'GT');

export const HIGH_STANDARD: Record<number, readonly Course[]> = {
  9: [c('EN0900', 'English 9', 'STD', 'EN'), ALGEBRA_I, c('SC1100', 'Biology', 'STD', 'SC'), c('SS0900', 'World Geography', 'STD', 'SS')],
  10: [c('EN1000', 'English 10', 'STD', 'EN'), c('MA1300', 'Geometry', 'STD', 'MA'), c('SC1200', 'Chemistry', 'STD', 'SC'), c('SS1000', 'World History', 'STD', 'SS')],
  11: [c('EN1100', 'English 11', 'STD', 'EN'), c('MA1400', 'Algebra II', 'STD', 'MA'), c('SC1300', 'Physics', 'STD', 'SC'), c('SS1100', 'U.S. History', 'STD', 'SS')],
  12: [c('EN1200', 'English 12', 'STD', 'EN'), c('MA1500', 'Pre-Calculus', 'STD', 'MA'), c('SC1400', 'Environmental Science', 'STD', 'SC'), c('SS1200', 'Government and Economics', 'STD', 'SS')],
};

export const HONORS: Record<number, readonly Course[]> = {
  9: [c('EN0905H', 'Honors English 9', 'HON', 'EN'), c('MA1305H', 'Honors Geometry', 'HON', 'MA'), c('SC1105H', 'Honors Biology', 'HON', 'SC')],
  10: [c('EN1005H', 'Honors English 10', 'HON', 'EN'), c('MA1405H', 'Honors Algebra II', 'HON', 'MA'), c('SC1205H', 'Honors Chemistry', 'HON', 'SC')],
  11: [c('EN1105H', 'Honors American Literature', 'HON', 'EN'), c('MA1505H', 'Honors Pre-Calculus', 'HON', 'MA')],
  12: [c('EN1205H', 'Honors British Literature', 'HON', 'EN'), c('SC1305H', 'Honors Physics', 'HON', 'SC')],
};

/** In order of how commonly schools offer them: a school offering n AP courses offers the first n. */
export const AP_COURSES: readonly Course[] = [
  c('AP0110', 'AP English Language and Composition', 'AP', 'EN'),
  c('AP0210', 'AP U.S. History', 'AP', 'SS'),
  c('AP0310', 'AP Biology', 'AP', 'SC'),
  c('AP0410', 'AP Calculus AB', 'AP', 'MA'),
  c('AP0120', 'AP English Literature and Composition', 'AP', 'EN'),
  c('AP0510', 'AP Psychology', 'AP', 'SS'),
  c('AP0420', 'AP Statistics', 'AP', 'MA'),
  c('AP0610', 'AP Computer Science Principles', 'AP', 'CS'),
  c('AP0320', 'AP Chemistry', 'AP', 'SC'),
  c('AP0220', 'AP World History: Modern', 'AP', 'SS'),
  c('AP0710', 'AP Spanish Language and Culture', 'AP', 'WL'),
  c('AP0430', 'AP Calculus BC', 'AP', 'MA'),
  c('AP0330', 'AP Environmental Science', 'AP', 'SC'),
  c('AP0230', 'AP Human Geography', 'AP', 'SS'),
];

export const IB_COURSES: readonly Course[] = [
  c('IB0110', 'IB English A: Literature HL', 'IB', 'EN'),
  c('IB0410', 'IB Mathematics: Analysis and Approaches SL', 'IB', 'MA'),
  c('IB0310', 'IB Biology HL', 'IB', 'SC'),
  c('IB0210', 'IB History of the Americas HL', 'IB', 'SS'),
  c('IB0910', 'IB Theory of Knowledge', 'IB', 'CS'),
];

export const DUAL_ENROLLMENT: readonly Course[] = [
  c('DE1010', 'ENG 101 Composition I (Riverside Community College)', 'DE', 'EN'),
  c('DE1210', 'MAT 121 College Algebra (Riverside Community College)', 'DE', 'MA'),
  c('DE1510', 'PSY 101 Introduction to Psychology (Riverside Community College)', 'DE', 'SS'),
];
