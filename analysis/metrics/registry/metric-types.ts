// What a metric definition is: data, not code. Its SQL fragments are fixed text over the columns of
// its population; any value that can change (a setting, a filter) enters them as a bound $parameter.
import type { GroupTypeId } from './group-types';
import type { ExtensionId, PopulationId } from './populations';

/**
 * proportion: the share of units with an outcome (rate, Wilson interval, risk ratios).
 * mean: the average of a value per unit, or a ratio of two sums when `weight` is set (t interval).
 * representation: a group's share of one kind of unit (teachers) against its share of the other (students).
 */
export type MetricKind = 'proportion' | 'mean' | 'representation';
export type MetricUnit = 'percent' | 'per_100' | 'scale_score' | 'years';
export type Direction = 'higher_is_better' | 'lower_is_better';
export type Domain = 1 | 2 | 3 | 4;

/** What each group's figure is compared with when its gap is reported. */
export type ReferenceKind = 'all_students' | 'all_others' | 'highest_performing' | 'group';

export interface MetricDefinition {
  id: string;
  label: string;
  domain: Domain;
  topic: 'academics' | 'attendance' | 'discipline' | 'identification' | 'courses' | 'graduation' | 'staff' | 'climate';
  population: PopulationId;
  /** Outcome tables the students population joins for this metric. */
  extensions?: readonly ExtensionId[];
  kind: MetricKind;
  /** Who is counted at all (the denominator): SQL boolean over the population's columns. */
  eligible?: string;
  /** proportion and representation: SQL boolean; mean: the SQL value per unit. */
  outcome: string;
  /** For a ratio of sums (attendance rate, survey favorability): the SQL weight per unit. */
  weight?: string;
  unit: MetricUnit;
  direction: Direction;
  defaultReference: ReferenceKind;
  /** Group types that make no sense for this metric (identification by the same flag). */
  excludeGroupTypes?: readonly GroupTypeId[];
  /** The measure name in the aggregates table; proportion metrics only (counts over counts). */
  aggregatesMeasure?: string;
  /** Cohen's d and Hedges' g are reported (plain means of a score). */
  effectSizes?: boolean;
  /** One or two sentences for a school board: what is counted and over whom. */
  definition: string;
  /** How it is computed and what to keep in mind, for the report's methods appendix. */
  methods: string;
}
