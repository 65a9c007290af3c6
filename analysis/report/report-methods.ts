// The methods appendix: rating scale and roll-up rule, metric definitions and statistics, suppression
// rules and thresholds, data sources (file names, hashes, row counts, import dates) and data quality.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { MetricCatalog, ReportMethods, RollupRule } from '../api';
import { listImports } from '../import/log/import-log';
import { projectQuality } from '../import/project-quality';
import type { MetricSettings } from '../metrics/metric-settings';
import { CODING_BANDS } from '../privacy/rate-coding';
import { LEVEL_LABELS, LEVEL_NUMBERS, RATING_LEVELS, ROLLUP_RULE_DESCRIPTIONS, ROLLUP_RULE_LABELS } from '../shared/review-levels';
import { countText, plural } from './report-text';

/** The scale in the words of DESIGN.md section 1: the level of support a district needs. */
const SCALE_DESCRIPTIONS = {
  initiating: 'Some strengths, but important areas for improvement that hurt the learning of all students; below the minimum acceptable standard. Specific interventions are needed.',
  developing: 'A number of consistent, embedded strengths; minor weaknesses that do not harm students’ learning to a significant degree.',
  established: 'Major strengths with a significant positive impact on student learning; a high standard every school should be able to reach, while continuing to improve.',
} as const;

function suppressionRules(settings: MetricSettings): string[] {
  const min = settings.minimumN;
  const rr = settings.riskRatio;
  return [
    `Counts of fewer than ${min} students are shown as “<${min}”; rates and averages for groups of fewer than ${min} students are withheld.`,
    `When one cell of a table that shows a total is withheld, the next smallest is withheld too (marked “*”), so the hidden figure cannot be recovered by subtraction.`,
    `These decisions are made once for every table the review can publish for a metric (the district total, each breakdown by one student group, each breakdown by two, and each school) and reused by every chart, table and export, so a figure withheld in one table cannot be worked out by subtracting figures published in another.`,
    `A weighted risk ratio is published only when every group it averages over is published; otherwise it is withheld with a note rather than recomputed without the hidden group.`,
    `Rates near 0% or 100% are shown as a bound (for example “≤1%” or “≥99%”) so that they do not reveal nearly every student’s outcome; the bands depend on group size (below).`,
    `Risk ratios are calculated only when the group and its comparison group each have at least ${rr.minimumCellSize} students with the outcome and ${rr.minimumNSize} students in all; a ratio above ${rr.threshold} for ${plural(rr.consecutiveYears, 'year')} in a row is flagged${progressClause(rr)}.`,
    `A figure that is withheld is never zero: tables say why it is missing.`,
  ];
}

/** Messages quote their own count ("3 row(s) ..."); a small one is masked there too. */
function maskCount(message: string, count: number, min: number, internal: boolean): string {
  if (internal || count <= 0 || count >= min) return message;
  return message.replace(new RegExp(`(^|\\D)${count}(?=\\D|$)`), `$1<${min}`);
}

export async function reportMethods(
  connection: DuckDBConnection,
  input: { catalog: MetricCatalog; settings: MetricSettings; rollupRule: RollupRule; usedMetricIds: ReadonlySet<string>; internal: boolean },
): Promise<Omit<ReportMethods, 'reviewTeam' | 'signals'>> {
  const { catalog, settings, internal } = input;
  const min = settings.minimumN;
  const used = catalog.metrics.filter((m) => input.usedMetricIds.has(m.id));
  const imports = await listImports(connection);
  const quality = await projectQuality(connection);
  const issues = quality.imports.flatMap((report) =>
    report.issues.filter((i) => i.severity !== 'info').map((i) => ({ fileName: report.fileName, severity: i.severity, countText: countText(i.count, min, internal), message: maskCount(i.message, i.count, min, internal) })),
  );
  const loaded = imports.filter((i) => i.replacedBy === null);
  const rejected = loaded.reduce((n, i) => n + i.rowsRejected, 0);
  const read = loaded.reduce((n, i) => n + i.rowsRead, 0);
  return {
    ratingScale: RATING_LEVELS.map((level) => ({ level, number: LEVEL_NUMBERS[level], label: LEVEL_LABELS[level], description: SCALE_DESCRIPTIONS[level] })),
    rollupRule: { rule: input.rollupRule, label: ROLLUP_RULE_LABELS[input.rollupRule], description: ROLLUP_RULE_DESCRIPTIONS[input.rollupRule] },
    metrics: used.length > 0 ? used : catalog.metrics,
    statistics: catalog.statistics,
    notes: catalog.notes,
    suppression: {
      minimumN: min,
      codingBands: CODING_BANDS.map((b) => ({ ...b })),
      riskRatio: { ...settings.riskRatio },
      chronicAbsence: { ...settings.chronicAbsence },
      rules: suppressionRules(settings),
    },
    dataSources: imports
      .slice()
      .reverse()
      .map((i) => ({
        fileName: i.fileName,
        table: i.table,
        sha256: i.sha256,
        rowsRead: i.rowsRead,
        rowsLoaded: i.rowsLoaded,
        rowsRejectedText: countText(i.rowsRejected, min, internal),
        importedAt: i.importedAt,
        replaced: i.replacedBy !== null,
      })),
    quality: {
      summary:
        `${plural(loaded.length, 'file')} in effect: ${read.toLocaleString('en-US')} rows read, ${(read - rejected).toLocaleString('en-US')} loaded and ` +
        `${countText(rejected, min, internal)} rejected (each rejected row is kept in the project with its line and reason). ` +
        (quality.checks.length === 0 ? 'Checks across the tables found no duplicate keys, orphan records or impossible values.' : `Checks across the tables raised ${plural(quality.checks.length, 'point')} (below).`),
      issues,
      checks: quality.checks.map((c) => ({ table: c.table, severity: c.severity, countText: countText(c.count, min, internal), message: maskCount(c.message, c.count, min, internal) })),
    },
  };
}

/** The state's reasonable-progress standard, as the methods sentence continues. */
function progressClause(rr: { reasonableProgress: 'none' | 'any_reduction' | 'percent_reduction'; progressPercent: number }): string {
  if (rr.reasonableProgress === 'none') return '';
  const fall = rr.reasonableProgress === 'any_reduction' ? 'fell' : `fell by at least ${rr.progressPercent}%`;
  return `, and identified unless the ratio ${fall} in each of the two prior years (reasonable progress, 34 CFR 300.647(d)(2))`;
}
