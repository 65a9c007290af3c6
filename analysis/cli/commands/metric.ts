// `equitylens metric <project> <metric-id> --by G[,G] [--year Y] [--school S] [--reference R]
//  [--internal] [--json|--csv]`: one metric broken down by one or two group types, suppressed unless --internal.
//
// --json prints { "format": 1, "metric": MetricInfo, "request": MetricTableRequest, "internal": boolean,
// "rows": Row[] } where each row holds every column of the service's getMetricTable table
// (analysis/api.ts) in camelCase: schoolYear, facetType, facetValue, facetLabel, groupType, groupValue,
// groupLabel, groupOrder, isTotal, unit, internal, numerator, numeratorCoded, denominator,
// denominatorCoded, value, valueLower, valueUpper, valueCoded, valueNote, referenceLabel, referenceValue,
// gap, gapNote, comparisonValue, riskRatio, riskRatioNote, stateComparisonValue, alternateRiskRatio,
// alternateRiskRatioNote, weightedRiskRatio, weightedRiskRatioNote, riskRatioMethod, groupCellTest,
// groupNTest, comparisonCellTest, comparisonNTest, yearsOverThreshold, flagged, flagNote, outcomeShare,
// populationShare, compositionIndex, compositionNote, cohensD, hedgesG, effectSizeNote, priorValue,
// change, changeNote, funnelTarget, funnelLower95, funnelUpper95, funnelLower998, funnelUpper998,
// funnelPosition, funnelNote, suppressed, suppressionReason. Rates are fractions (0.123), not percents;
// a null figure always has a *Note or *Coded saying why. --csv prints the same columns in snake_case.
import path from 'node:path';
import type { MetricGroupType, MetricInfo, MetricTableRequest } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';
import { filtersFrom, parseList, parseReference } from '../metric-options';
import { arrowRows, camelRow, formatCountCell, formatGap, formatRatio, formatValue, textTable, toCsv, type Row } from '../table-output';

export const METRIC_JSON_FORMAT = 1;

export async function metricCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const [project, metricId] = command.positionals as [string, string];
  if (command.flag('json') && command.flag('csv')) throw usageError('Choose one of --json and --csv.');
  const groupBy = parseList(command.option('by'));
  if (!groupBy) throw usageError('--by is required: one or two group types, such as --by race_ethnicity or --by race_ethnicity,swd.');
  unwrap(await service.openProject({ path: path.resolve(project) }));
  const catalog = unwrap(await service.listMetrics({}));
  // A measure only the aggregates table holds is read too; the service says which exist when it is not there.
  const metric = catalog.metrics.find((m) => m.id === metricId) ?? aggregatesMeasureInfo(metricId);
  const request: MetricTableRequest = {
    metricId,
    groupBy: groupBy as MetricGroupType[],
    filters: filtersFrom(command.option),
    internal: command.flag('internal'),
  };
  const reference = parseReference(command.option('reference'));
  if (reference) request.reference = reference;
  const { columns, rows } = arrowRows(unwrap(await service.getMetricTable(request)));
  if (command.flag('json')) io.out(JSON.stringify({ format: METRIC_JSON_FORMAT, metric, request, internal: request.internal === true, rows: rows.map(camelRow) }, null, 2));
  else if (command.flag('csv')) io.out(toCsv(columns, rows));
  else io.out(metricText(metric, rows, request.internal === true));
}

function aggregatesMeasureInfo(measure: string): MetricInfo {
  return {
    id: measure,
    label: measure,
    domain: 1,
    topic: 'report card',
    kind: 'proportion',
    unit: 'percent',
    direction: 'lower_is_better',
    defaultReference: 'all_others',
    population: 'students',
    groupTypes: [],
    aggregatesMeasure: measure,
    definition: `The report-card measure "${measure}" as loaded: numerator over denominator.`,
    methods: 'Read from report-card counts.',
  };
}

function metricText(metric: MetricInfo, rows: Row[], internal: boolean): string {
  const unit = metric.unit;
  const proportion = metric.kind === 'proportion';
  const headers = ['Year', 'Within', 'Group', 'n', ...(metric.kind === 'mean' ? [] : ['Count']), 'Value', '95% interval', 'Gap', ...(proportion ? ['Risk ratio', 'Flag'] : []), 'Note'];
  const cells = rows.map((row) => {
    const value = row.value as number | null;
    const interval = row.value_lower === null ? '' : `${formatValue(row.value_lower as number, unit)} to ${formatValue(row.value_upper as number, unit)}`;
    const flag = row.flagged ? `flagged (${row.years_over_threshold} yrs)` : row.years_over_threshold ? `${row.years_over_threshold} yr over` : '';
    return [
      String(row.school_year),
      String(row.facet_label ?? ''),
      String(row.group_label ?? ''),
      formatCountCell(row.denominator as number | null, row.denominator_coded as string | null),
      ...(metric.kind === 'mean' ? [] : [formatCountCell(row.numerator as number | null, row.numerator_coded as string | null)]),
      (row.value_coded as string | null) ?? formatValue(value, unit),
      interval,
      formatGap(row.gap as number | null, unit),
      ...(proportion ? [row.is_total ? '' : formatRatio(row.risk_ratio as number | null) || String(row.risk_ratio_note ?? '').replace(/_/g, ' '), flag] : []),
      row.suppression_reason ? String(row.suppression_reason).replace(/_/g, ' ') : '',
    ];
  });
  // Without a second group type the "Within" column would be empty.
  const faceted = rows.some((row) => row.facet_label !== null);
  if (!faceted) {
    headers.splice(1, 1);
    cells.forEach((row) => row.splice(1, 1));
  }
  const right = headers.map((h) => ['n', 'Count', 'Value', 'Gap', 'Risk ratio'].includes(h));
  const reference = rows.find((r) => !r.is_total)?.reference_label;
  return [
    `${metric.label}${internal ? ' (INTERNAL VIEW: unsuppressed, not for export)' : ''}`,
    metric.definition,
    reference ? `Gaps are measured against: ${reference}.` : '',
    '',
    textTable(headers, cells, right),
  ].join('\n');
}
