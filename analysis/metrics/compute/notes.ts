// Why a figure is missing: every statistic that cannot be shown carries one of these codes instead
// of a bare null. Stored per cell as a small integer; published as text.

export const NOTE_CODES = [
  null, // computed and shown
  'suppressed', // hidden to protect small groups (the suppression columns say why)
  'no_units', // nobody in the group is counted
  'too_few_units', // an interval or effect size needs at least two
  'insufficient_cell_size', // fewer with the outcome than the risk-ratio minimum cell size
  'insufficient_n_size', // fewer in the group than the risk-ratio minimum n-size
  'comparison_below_minimum', // the comparison group fails a risk-ratio minimum
  'no_comparison_group', // nobody else to compare with
  'zero_comparison_risk', // nobody in the comparison group has the outcome
  'no_state_data', // no state aggregates for this measure, year and group
  'not_applicable', // the statistic does not apply to this kind of metric
  'is_total', // the row is the total the others are compared with
  'is_reference', // the row is the reference group itself
  'reference_unavailable', // the reference group is absent, too small, or suppressed
  'no_prior_year', // no figure for the same group the year before
  'not_school_comparison', // funnel limits are for comparing schools
  'no_variation', // every unit has the same value
  'no_outcomes', // nobody in the whole partition has the outcome
  'input_withheld', // computed from a figure that is withheld, so withheld too rather than recomputed without it
] as const;

export type NoteCode = Exclude<(typeof NOTE_CODES)[number], null>;

const INDEX = new Map<string, number>(NOTE_CODES.map((code, i) => [code ?? '', i]));

export const NOTE: { [K in NoteCode]: number } = Object.fromEntries(NOTE_CODES.filter((c) => c !== null).map((c) => [c, INDEX.get(c)!])) as never;

export const noteIndex = (code: NoteCode | null): number => (code === null ? 0 : INDEX.get(code)!);

/** Plain-language meaning of each note, for tables, the command line and the methods appendix. */
export const NOTE_TEXT: { [K in NoteCode]: string } = {
  suppressed: 'hidden to protect the privacy of a small group',
  no_units: 'no one in this group is counted',
  too_few_units: 'too few to estimate',
  insufficient_cell_size: 'fewer students with the outcome than the minimum cell size',
  insufficient_n_size: 'fewer students in the group than the minimum n-size',
  comparison_below_minimum: 'the comparison group is below the minimum cell size or n-size (see the alternate risk ratio)',
  no_comparison_group: 'there is no comparison group',
  zero_comparison_risk: 'no one in the comparison group has the outcome',
  no_state_data: 'no state figures are loaded for this measure',
  not_applicable: 'does not apply to this metric',
  is_total: 'this is the total',
  is_reference: 'this is the reference group',
  reference_unavailable: 'the reference group has no figure to compare with',
  no_prior_year: 'no figure for the year before',
  not_school_comparison: 'funnel limits are computed when comparing schools',
  no_variation: 'every value is the same',
  no_outcomes: 'no one has the outcome',
  input_withheld: 'withheld because a group it is computed from is withheld; a figure computed without that group would be a different statistic',
};
