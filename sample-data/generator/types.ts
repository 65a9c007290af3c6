// Shared shapes of the simulated district: schools, students and one student's school year.
// The simulation works in canonical codes; each file module converts to its export's own SIS codes.

export type Level = 'elementary' | 'middle' | 'high';
export type Pathway = 'pbis' | 'restorative_practices' | 'mental_wellness' | 'anti_racism';
export type Phase = 'exploration' | 'installation' | 'initial_implementation' | 'full_implementation';
export type Race =
  | 'hispanic_latino'
  | 'american_indian_alaska_native'
  | 'asian'
  | 'black'
  | 'native_hawaiian_pacific_islander'
  | 'white'
  | 'two_or_more';
export type Sex = 'female' | 'male' | 'nonbinary';
export type CohortOutcome = 'graduated' | 'dropped_out' | 'continuing' | 'other';

export interface School {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly level: Level;
  /** Share of low-income families in the attendance area (0-1): drives composition and staffing. */
  readonly poverty: number;
  /** Expected students enrolled in a year. */
  readonly expectedEnrollment: number;
  readonly communitySchool: boolean;
  readonly partner: string;
  readonly pathway: Pathway;
  readonly phase: Phase;
  /** 0-1: how strongly the school narrows its suspension gaps over the years (see effects.ts). */
  readonly disciplineReform: number;
  /** 0-1: how strongly the school narrows its absence gaps over the years. */
  readonly absenceReform: number;
  /** Number of AP courses offered (high schools). */
  readonly apOffered: number;
  readonly offersIb: boolean;
}

export interface District {
  readonly elementary: readonly School[];
  readonly middle: readonly School[];
  readonly high: readonly School[];
  readonly all: readonly School[];
  /** Cumulative attendance-area weights of the elementary schools, for drawing a home school. */
  readonly homeWeights: Float64Array;
}

export interface Student {
  readonly index: number;
  readonly id: string;
  readonly entryYear: number;
  readonly entryGrade: number;
  /** Elementary attendance area, and the middle and high schools attended (feeder or choice). */
  readonly home: number;
  readonly middle: number;
  readonly high: number;
  readonly sex: Sex;
  readonly race: Race;
  readonly hispanic: boolean;
  /** Races reported on the second federal question, as SIS letter codes (e.g. ['BL', 'WH']). */
  readonly races: readonly string[];
  readonly econ: boolean;
  readonly swd: boolean;
  readonly section504: boolean;
  /** English learner while grade < ellExitGrade (never when -9). */
  readonly ellExitGrade: number;
  readonly gifted: boolean;
  readonly foster: boolean;
  readonly migrant: boolean;
  /** Persistent latent traits (standard-normal scale). */
  readonly achievement: number;
  readonly absenceProneness: number;
  readonly behavior: number;
  /** Last school year enrolled before moving away (Infinity when the student stays). */
  readonly lastYearBeforeMove: number;
  /** Grade in which the student drops out (0 when never). */
  readonly dropoutGrade: number;
  readonly cohortYear: number;
  /** Four-year cohort outcome, null when the student transferred out before it. */
  readonly outcome: CohortOutcome | null;
}

export interface StudentYear {
  readonly student: Student;
  readonly year: number;
  /** 0 in the first data year, 1 from the third on: how far the schools' own reforms have progressed. */
  readonly progress: number;
  readonly yearIndex: number;
  readonly grade: number;
  readonly school: School;
  readonly ell: boolean;
  readonly homeless: boolean;
  readonly gifted: boolean;
  readonly daysEnrolled: number;
}
