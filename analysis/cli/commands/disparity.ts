// `equitylens disparity <project> --measure M --group-type G [--year Y] [--school S] [--district D]
// [--reference others|GROUP] [--internal] [--json]`: the IDEA-style table (risk, comparison risk, risk
// ratio, alternate and weighted risk ratios, the minimum cell and n-size tests, flags) for a metric id or
// any measure in the aggregates table. The risk ratio compares with all other students in the district
// (the IDEA default), or with a named group (--reference white: the civil-rights convention); the
// alternate ratio always compares with all other students in the state. Suppressed unless --internal.
//
// --json prints { "format": 1, "measure": string, "groupType": string, "settings": MetricSettingsInfo,
// "reference": "all_others" | group code, "internal": boolean, "rows": [{ schoolYear, groupValue, groupLabel, isTotal, numerator, numeratorCoded, denominator,
// denominatorCoded, risk, riskCoded, comparisonRisk, riskRatio, riskRatioNote, stateComparisonRisk,
// alternateRiskRatio, alternateRiskRatioNote, weightedRiskRatio, weightedRiskRatioNote, riskRatioMethod,
// groupCellTest, groupNTest, comparisonCellTest, comparisonNTest, yearsOverThreshold, flagged, flagNote,
// studentsNeeded, loweredTwoYears, loweredTwoYearsByPercent, identified,
// suppressed, suppressionReason }] }. Risks are fractions (0.123).
import path from 'node:path';
import type { MetricGroupType, MetricSettingsInfo } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { filtersFrom, parseReference } from '../metric-options';
import { progressStandardText } from '../../shared/figure-settings';
import { arrowRows, formatCountCell, formatRatio, formatValue, textTable, type Row } from '../table-output';

export const DISPARITY_JSON_FORMAT = 1;

export async function disparityCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const measure = command.option('measure');
  const groupType = command.option('group-type');
  if (!measure) throw usageError('--measure is required: a metric id or a measure in the aggregates table.');
  if (!groupType) throw usageError('--group-type is required, such as --group-type race_ethnicity.');
  unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  const settings = unwrap(await service.getMetricSettings({}));
  const reference = parseReference(command.option('reference'));
  if (reference && reference.kind !== 'group' && reference.kind !== 'all_others') throw usageError('--reference takes others (the default) or a group code such as white.');
  const internal = command.flag('internal');
  const bytes = unwrap(
    await service.getDisparityTable({
      measure,
      groupType: groupType as MetricGroupType,
      filters: filtersFrom(command.option),
      ...(reference ? { reference } : {}),
      ...(internal ? { internal } : {}),
    }),
  );
  const rows = arrowRows(bytes).rows.map(ideaRow);
  const against = reference?.kind === 'group' ? reference.group! : 'all_others';
  if (command.flag('json')) io.out(JSON.stringify({ format: DISPARITY_JSON_FORMAT, measure, groupType, reference: against, internal, settings, rows }, null, 2));
  else io.out(disparityText(measure, settings, rows, rows.find((r) => !r.isTotal)?.referenceLabel as string | undefined, internal));
}

function ideaRow(row: Row): Row {
  return {
    schoolYear: row.school_year,
    groupValue: row.group_value,
    groupLabel: row.group_label,
    isTotal: row.is_total,
    numerator: row.numerator,
    numeratorCoded: row.numerator_coded,
    denominator: row.denominator,
    denominatorCoded: row.denominator_coded,
    risk: row.value,
    riskCoded: row.value_coded,
    comparisonRisk: row.comparison_value,
    referenceLabel: row.reference_label,
    riskRatio: row.risk_ratio,
    riskRatioNote: row.risk_ratio_note,
    stateComparisonRisk: row.state_comparison_value,
    alternateRiskRatio: row.alternate_risk_ratio,
    alternateRiskRatioNote: row.alternate_risk_ratio_note,
    weightedRiskRatio: row.weighted_risk_ratio,
    weightedRiskRatioNote: row.weighted_risk_ratio_note,
    riskRatioMethod: row.risk_ratio_method,
    groupCellTest: row.group_cell_test,
    groupNTest: row.group_n_test,
    comparisonCellTest: row.comparison_cell_test,
    comparisonNTest: row.comparison_n_test,
    yearsOverThreshold: row.years_over_threshold,
    flagged: row.flagged,
    flagNote: row.flag_note,
    studentsNeeded: row.students_needed,
    loweredTwoYears: row.lowered_two_years,
    loweredTwoYearsByPercent: row.lowered_two_years_by_percent,
    identified: row.identified,
    suppressed: row.suppressed,
    suppressionReason: row.suppression_reason,
  };
}

const test = (value: Row[string]): string => (value === null ? '' : value ? 'pass' : 'fail');
const note = (value: Row[string]): string => (value === null ? '' : String(value).replace(/_/g, ' '));

function disparityText(measure: string, settings: MetricSettingsInfo, rows: Row[], referenceLabel: string | undefined, internal: boolean): string {
  const headers = ['Year', 'Group', 'n', 'Count', 'Risk', 'Comparison', 'Risk ratio', 'Alternate', 'Weighted', 'Cell test', 'n-size test', 'Method', 'Years over', 'Flagged', 'Progress', 'Identified', 'Students needed'];
  const cells = rows
    .filter((r) => !r.isTotal)
    .map((r) => [
      String(r.schoolYear),
      String(r.groupLabel),
      formatCountCell(r.denominator as number | null, r.denominatorCoded as string | null),
      formatCountCell(r.numerator as number | null, r.numeratorCoded as string | null),
      (r.riskCoded as string | null) ?? formatValue(r.risk as number | null, 'percent'),
      formatValue(r.comparisonRisk as number | null, 'percent'),
      formatRatio(r.riskRatio as number | null) || note(r.riskRatioNote),
      formatRatio(r.alternateRiskRatio as number | null) || note(r.alternateRiskRatioNote),
      formatRatio(r.weightedRiskRatio as number | null) || note(r.weightedRiskRatioNote),
      test(r.groupCellTest) && `${test(r.groupCellTest)}/${test(r.comparisonCellTest)}`,
      test(r.groupNTest) && `${test(r.groupNTest)}/${test(r.comparisonNTest)}`,
      note(r.riskRatioMethod),
      r.yearsOverThreshold === null ? '' : String(r.yearsOverThreshold),
      r.flagged ? 'yes' : '',
      progressText(r.loweredTwoYears, r.loweredTwoYearsByPercent, settings.riskRatio.progressPercent),
      r.identified ? 'yes' : '',
      r.studentsNeeded === null || r.studentsNeeded === 0 ? '' : String(r.studentsNeeded),
    ]);
  const rr = settings.riskRatio;
  return [
    `Disparity: ${measure}${internal ? ' (INTERNAL VIEW: unsuppressed, not for export)' : ''}`,
    `Risk ratio against ${referenceLabel && !referenceLabel.startsWith('All other') ? referenceLabel : 'all other students in the district'}; alternate against all other students in the state; minimum cell size ${rr.minimumCellSize}, n-size ${rr.minimumNSize} (tests: group/comparison); ` +
      `threshold ${rr.threshold} for ${rr.consecutiveYears} consecutive years; reasonable progress: ${progressStandardText(rr)}.`,
    '',
    textTable(headers, cells, headers.map((h) => ['n', 'Count', 'Risk', 'Comparison', 'Risk ratio', 'Alternate', 'Weighted', 'Years over', 'Students needed'].includes(h))),
  ].join('\n');
}

/** The ratio over the two prior years under both standards: "fell >=10% each year", "fell each year" or "no". */
function progressText(any: Row[string], byPercent: Row[string], percent: number): string {
  if (any === null) return '';
  return byPercent ? `fell >=${percent}% each year` : any ? 'fell each year' : 'no';
}
