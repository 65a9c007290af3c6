// The answer to a signals request: every cell tested and ranked, the family stated, and the rows
// published through the one choke point.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ArrowBytes, SignalFamily, SignalsRequest, SignalsResult } from '../api';
import { findMetric } from '../metrics/registry';
import type { MetricSettings } from '../metrics/metric-settings';
import { publishSignalTable } from '../privacy/publish';
import { ServiceFailure } from '../service/envelope';
import { findSignals, type FoundSignals, type PublishableCell } from './find-signals';
import type { MetricDefinition } from '../metrics/registry/metric-types';
import type { SignalSettings } from './signal-settings';
import { signalSentence } from './signal-sentence';

export async function signalsResult(connection: DuckDBConnection, metricSettings: MetricSettings, settings: SignalSettings, request: SignalsRequest): Promise<SignalsResult> {
  requestedMetric(request);
  const found = await findSignals(connection, metricSettings, settings, { year: request.year ?? null, internal: request.internal === true });
  return signalsAnswer(found, settings, request);
}

/** The metric a request names (null for all), refused when it is not one of the gaps signals test. */
export function requestedMetric(request: SignalsRequest): MetricDefinition | null {
  const metric = request.metricId === undefined ? null : findMetric(request.metricId);
  if (metric === undefined) throw new ServiceFailure('bad_request', `"${request.metricId!.slice(0, 80)}" is not a metric id (equitylens metrics lists them).`);
  if (metric && !(metric.domain === 1 || metric.domain === 2) || metric?.kind === 'representation') {
    throw new ServiceFailure('bad_request', `${metric!.label} is not one of the Domain 1 and 2 gaps that signals test.`);
  }
  return metric;
}

/** Signals already found (for the request's year and internal flag), filtered and published. */
export function signalsAnswer(found: FoundSignals, settings: SignalSettings, request: SignalsRequest): SignalsResult {
  const metric = requestedMetric(request);
  const internal = request.internal === true;
  const family = describeFamily(found, settings, internal);
  const rows = found.cells.filter((c) => (!metric || c.metric.id === metric.id) && (!request.signalsOnly || (c.signal && (internal || !c.withheld))));
  return { family, rows: publishSignals(found, settings, rows, internal) };
}

/** Cells through the one publishing point, each with its sentence. */
export function publishSignals(found: FoundSignals, settings: SignalSettings, cells: readonly PublishableCell[], internal: boolean): ArrowBytes {
  const context = { falseDiscoveryRate: settings.falseDiscoveryRate, floorRatio: settings.floorRatio, schoolNames: found.schoolNames };
  return publishSignalTable(cells, { internal, schoolNames: found.schoolNames, sentence: (cell) => signalSentence(cell, context) });
}

export function describeFamily(found: FoundSignals, settings: SignalSettings, internal: boolean): SignalFamily {
  const gapTests = found.cells.filter((c) => c.kind === 'gap' && Number.isFinite(c.test.p)).length;
  const trendTests = found.cells.filter((c) => c.kind === 'trend' && Number.isFinite(c.test.p)).length;
  const tests = gapTests + trendTests;
  const signals = found.cells.filter((c) => c.signal && (internal || !c.withheld)).length;
  const withheld = internal ? 0 : found.cells.filter((c) => c.withheld).length;
  const description =
    tests === 0
      ? 'Nothing could be tested: signals compare student groups (and staff) from student-level records, and this project has none with outcomes yet. Report-card aggregates alone are not enough.'
      : `Every Domain 1 and 2 metric was compared, for every student group, with all other students (or staff) in the district and within each school: ` +
        `rates by a two-proportion z test (Fisher's exact test when an expected count is below 5), means and ratios of sums by Welch's t test, and, for rates, ` +
        `the change in each gap since the first year by a z test on the difference of two gaps (with Agresti-Caffo adjusted variances). These ${tests.toLocaleString('en-US')} tests ` +
        `(${gapTests.toLocaleString('en-US')} gaps and ${trendTests.toLocaleString('en-US')} trends, over ${found.metrics.length} metrics and ${found.groupTypes.length} kinds of group) ` +
        `form one family, and the Benjamini-Hochberg procedure keeps the expected share of false discoveries among the signals at ${settings.falseDiscoveryRate * 100}% or below. ` +
        `A gap is a signal only when its q-value is below ${settings.falseDiscoveryRate} and it is large enough to matter: at least ${settings.floorPoints} percentage points ` +
        `or a risk ratio of ${settings.floorRatio} (or 1/${settings.floorRatio}), or for scores and years a standardized difference of ${settings.floorEffectSize}. ` +
        `Small groups are kept: each rate is shown beside an empirical-Bayes (beta-binomial) estimate shrunk toward its school's or the district's rate.`;
  return { tests, gapTests, trendTests, metrics: found.metrics, groupTypes: found.groupTypes, years: found.years, signals, withheld, settings: { ...settings }, description };
}
