// The data behind each Explore chart, twice: as text for the on-screen table, and as numbers for CSV and
// XLSX (value, lower, upper, count and n in their own columns, so a spreadsheet can compute with them).
import { schoolYearLabel } from '../../../../analysis/shared/codes';
import type { ViewKind } from '../../../../analysis/shared/explore-view';
import type { ValueFormat } from './explore-data';
import { formatGap } from './gap-dots-spec';
import { noteText, type MetricRow } from './metric-rows';
import { withheldLabel } from './withheld';

/** The on-screen table: text as printed. */
export interface DataTableSpec {
  columns: string[];
  rows: (string | number)[][];
}

export interface ExportTable {
  columns: string[];
  /** Numbers stay numbers; null is an empty cell. */
  rows: (string | number | null)[][];
}

const positionText = (position: string | null) => (position ? position.replace(/_/g, ' ').replace('998', '99.8%').replace(' 95', ' 95%') : null);

function rowNote(r: MetricRow, notes: ReadonlyMap<string, string>): string {
  return r.is_total ? 'All students' : (noteText(r.value_note, notes) ?? flagNote(r));
}

/** A flagged group in words: identified or showing reasonable progress, and how far it is in students. */
function flagNote(r: MetricRow): string {
  if (!r.flagged) return '';
  // Students needed counts fewer students with an adverse outcome, or more with an opportunity.
  const away = r.students_needed ? ` (${r.students_needed.toLocaleString('en-US')} student${r.students_needed === 1 ? '' : 's'} from the threshold)` : '';
  if (r.identified) return `Identified: past the risk-ratio threshold, without reasonable progress${away}.`;
  if (r.identified === false) return `Flagged, with reasonable progress over the two prior years${away}.`;
  return `Flagged: past the risk-ratio threshold${away}.`;
}

export function exploreTable(view: ViewKind, rows: readonly MetricRow[], format: ValueFormat, notes: ReadonlyMap<string, string>, secondaryHeading: string, minimumN: number): DataTableSpec {
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
    r.value !== null ? format.format(r.value) : (withheldLabel(r, minimumN) ?? r.value_coded ?? '—'),
    r.value_lower !== null && r.value_upper !== null ? `${format.format(r.value_lower)} to ${format.format(r.value_upper)}` : '',
    r.numerator_coded ?? (r.numerator !== null ? r.numerator.toLocaleString('en-US') : ''),
    r.denominator_coded ?? (r.denominator !== null ? r.denominator.toLocaleString('en-US') : ''),
    ...(view === 'funnel'
      ? [positionText(r.funnel_position) ?? noteText(r.gap_note, notes) ?? '']
      : [r.gap !== null ? formatGap(r.gap, format) : '', r.risk_ratio !== null ? r.risk_ratio.toFixed(2) : '']),
    rowNote(r, notes),
  ]);
  return { columns, rows: body };
}

const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

/** The same rows as numbers: rates in percent (8.6, not "8.6%"), counts as integers, withheld cells empty with the reason beside them. */
export function exploreExportTable(view: ViewKind, rows: readonly MetricRow[], format: ValueFormat, notes: ReadonlyMap<string, string>, secondaryHeading: string, minimumN: number): ExportTable {
  const withFacet = rows.some((r) => r.facet_label !== null);
  const unit = format.scale === 100 ? ' (%)' : '';
  const scaled = (value: number | null) => round(value === null ? null : value * format.scale, 3);
  const columns = [
    view === 'funnel' ? 'School' : 'Group',
    ...(withFacet ? [secondaryHeading] : []),
    'School year',
    `Value${unit}`,
    `Lower 95%${unit}`,
    `Upper 95%${unit}`,
    'Count',
    'N',
    `Gap (${format.gapUnit})`,
    'Risk ratio',
    ...(view === 'funnel' ? ['Against the limits'] : []),
    'Withheld',
    'Note',
  ];
  const body = rows.map((r) => [
    r.group_label,
    ...(withFacet ? [r.facet_label ?? ''] : []),
    schoolYearLabel(r.school_year),
    scaled(r.value),
    scaled(r.value_lower),
    scaled(r.value_upper),
    r.numerator,
    r.denominator,
    scaled(r.gap),
    round(r.risk_ratio, 3),
    ...(view === 'funnel' ? [positionText(r.funnel_position)] : []),
    withheldLabel(r, minimumN),
    rowNote(r, notes) || null,
  ]);
  return { columns, rows: body };
}
