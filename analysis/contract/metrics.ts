// Metrics (issue 4): the catalog, metric and disparity table requests, and metric settings.
// Types only (no runtime imports): part of the contract that analysis/api.ts re-exports.

/** Group types a metric can be broken down by (analysis/metrics/registry/group-types.ts). */
export type MetricGroupType =
  | 'race_ethnicity'
  | 'sex'
  | 'ell'
  | 'swd'
  | 'section_504'
  | 'econ_disadv'
  | 'homeless'
  | 'foster'
  | 'migrant'
  | 'grade'
  | 'school'
  | 'school_level'
  | 'community_school'
  | 'pathway'
  | 'implementation_phase'
  | 'poverty_quartile'
  | 'staff_role'
  | 'respondent_type';

export interface MetricFilters {
  /** School years (ending year). Earlier years are read too, for trends, but not returned. */
  years?: number[];
  schoolIds?: string[];
  /** Districts (LEA or division ids) of report-card aggregates that cover several. */
  districtIds?: string[];
  schoolLevels?: string[];
  grades?: number[];
  /** Only community-partnership schools (true) or only the others (false). */
  communitySchool?: boolean;
  /** Culture-and-climate pathways: pbis, restorative_practices, mental_wellness, anti_racism. */
  pathways?: string[];
  /** exploration, installation, initial_implementation, full_implementation. */
  implementationPhases?: string[];
  /** Survey constructs (belonging, fairness, ...); climate metrics only. */
  constructs?: string[];
}

/** What each group's gap is measured against; a named group is { kind: 'group', group: 'white' }. */
export type MetricReference = { kind: 'all_students' | 'all_others' | 'highest_performing' } | { kind: 'group'; group: string };

export interface MetricTableRequest {
  metricId: string;
  /** Zero, one or two group types. With two, the first is compared within each value of the second. */
  groupBy: MetricGroupType[];
  filters?: MetricFilters;
  /** Defaults to the metric's own default (usually all other students). */
  reference?: MetricReference;
  /** 'auto' reads student-level tables when they have rows, else the aggregates table. */
  source?: 'auto' | 'students' | 'aggregates';
  /** Unsuppressed figures, for on-screen review only: every row carries internal = true. */
  internal?: boolean;
}

export interface DisparityTableRequest {
  /** A metric id, or any measure name present in the aggregates table. */
  measure: string;
  groupType: MetricGroupType;
  filters?: MetricFilters;
  /** The risk ratio's comparison group: all other students (the IDEA default) or a named group such as white. */
  reference?: MetricReference;
  internal?: boolean;
}

export interface MetricInfo {
  id: string;
  label: string;
  domain: 1 | 2 | 3 | 4;
  topic: string;
  kind: 'proportion' | 'mean' | 'representation';
  unit: 'percent' | 'per_100' | 'scale_score' | 'years';
  direction: 'higher_is_better' | 'lower_is_better';
  defaultReference: string;
  /** Who is counted (students, tested students, staff, respondents, ...). */
  population: string;
  groupTypes: MetricGroupType[];
  /** The measure name it reads in the aggregates table, when it can. */
  aggregatesMeasure: string | null;
  definition: string;
  methods: string;
}

export interface MetricCatalog {
  metrics: MetricInfo[];
  groupTypes: { id: MetricGroupType; label: string; category: string }[];
  /** Methods text for every statistic in a metric table, for the report's appendix. */
  statistics: { id: string; label: string; methods: string }[];
  /** What each note code in a metric table means. */
  notes: { code: string; text: string }[];
  /** Measures present in the project's aggregates table (usable by getDisparityTable). */
  aggregatesMeasures: string[];
}

export interface MetricSettingsInfo {
  /** Counts below this are shown as "<N"; rates and averages of smaller groups are withheld. */
  minimumN: number;
  riskRatio: {
    minimumCellSize: number;
    minimumNSize: number;
    threshold: number;
    consecutiveYears: number;
    /** The state's standard for reasonable progress (34 CFR 300.647(d)(2)); 'none' when it does not use the flexibility. */
    reasonableProgress: 'none' | 'any_reduction' | 'percent_reduction';
    /** For 'percent_reduction': the least reduction in each of the two years, in percent of the year before's ratio. */
    progressPercent: number;
  };
  chronicAbsence: { definition: 'ten_percent' | 'fifteen_days'; minimumDaysEnrolled: number };
  /** Top and bottom coding of rates by group size (fixed; listed for the report). */
  codingBands: { minimumN: number; percent: number }[];
}

export interface UpdateMetricSettingsRequest {
  minimumN?: number;
  riskRatio?: Partial<MetricSettingsInfo['riskRatio']>;
  chronicAbsence?: Partial<MetricSettingsInfo['chronicAbsence']>;
}
