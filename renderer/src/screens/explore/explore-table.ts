// The data table behind each Explore chart: the same published figures, as text, ready for CSV too.
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import type { DataTableSpec } from '../../components/ChartFigure';
import type { ValueFormat } from '../../charts/explore/explore-data';
import { formatGap } from '../../charts/explore/gap-dots-spec';
import { noteText, type MetricRow } from './metric-rows';
import type { ViewKind } from './view-state';

export function exploreTable(view: ViewKind, rows: readonly MetricRow[], format: ValueFormat, notes: ReadonlyMap<string, string>, secondaryHeading: string): DataTableSpec {
  const withFacet = rows.some((r) => r.facet_label !== null);
  const columns = [
    view === 'funnel' ? 'School' : 'Group',
    ...(withFacet ? [secondaryHeading] : []),
    'School year',
    'Value',
    '95% interval',
    'Count',
    'Of',
    ...(view === 'funnel' ? ['Against the limits'] : [`Gap (${format.gapUnit})`, 'Risk ratio']),
    'Note',
  ];
  const body = rows.map((r) => [
    r.group_label,
    ...(withFacet ? [r.facet_label ?? ''] : []),
    schoolYearLabel(r.school_year),
    r.value !== null ? format.format(r.value) : (r.value_coded ?? '—'),
    r.value_lower !== null && r.value_upper !== null ? `${format.format(r.value_lower)} to ${format.format(r.value_upper)}` : '',
    r.numerator_coded ?? (r.numerator !== null ? r.numerator.toLocaleString('en-US') : ''),
    r.denominator_coded ?? (r.denominator !== null ? r.denominator.toLocaleString('en-US') : ''),
    ...(view === 'funnel'
      ? [r.funnel_position ? r.funnel_position.replace(/_/g, ' ').replace('998', '99.8%').replace(' 95', ' 95%') : (noteText(r.gap_note, notes) ?? '')]
      : [r.gap !== null ? formatGap(r.gap, format) : '', r.risk_ratio !== null ? r.risk_ratio.toFixed(2) : '']),
    r.is_total ? 'All students' : (noteText(r.value_note, notes) ?? (r.flagged ? 'Flagged: past the risk-ratio threshold' : '')),
  ]);
  return { columns, rows: body };
}
