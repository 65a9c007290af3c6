// "Seed from Initiating criteria": one draft action item per criterion rated Initiating that has none yet.
// A criterion whose rating rule reads a metric gets a benchmark on that metric for the worst-placed group,
// with its baseline from the published figures; the reviewer edits owners, timelines and targets after.
import type { BenchmarkSpec, MetricGroupType, MetricRule, RubricCriterion } from '../api';
import { applyChange } from '../review/audit-log';
import { requireReviewer } from '../review/review-changes';
import { currentTemplate, type ReviewContext } from '../review/review-state';
import { readRow, readRows } from '../review/sql-rows';
import { allCriteria } from '../review/template-walk';
import type { MetricSettings } from '../metrics/metric-settings';
import { readMetricSettings } from '../report/metric-settings-read';
import { schoolYearLabel } from '../shared/codes';
import { gapFromShortfall, shortfall } from '../shared/gap-sign';
import { SUGGESTION_METRICS } from '../shared/suggestion-metrics';
import { benchmarkBaseline } from './benchmark-baseline';
import { FINDINGS_RECORDS } from './findings-records';
import { latestSchoolYear } from '../engine/school-years';

const sentenceStart = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The rule's candidate groups, worst published baseline first; the worst one becomes the benchmark. */
async function ruleBenchmark(context: ReviewContext, rule: MetricRule, settings: MetricSettings, baselineYear: number, targetYear: number): Promise<BenchmarkSpec | null> {
  const { metricId, benchmark: statistic, direction } = SUGGESTION_METRICS[rule.metric];
  const candidates = rule.groups.map((group) =>
    rule.groupType === 'race_ethnicity' ? { groupType: 'race_ethnicity' as MetricGroupType, group } : { groupType: group as MetricGroupType, group: 'true' },
  );
  let worst: { spec: BenchmarkSpec; value: number } | null = null;
  for (const candidate of candidates) {
    const spec: BenchmarkSpec = { metricId, statistic, ...candidate, target: 0, targetYear, baselineYear };
    const baseline = await benchmarkBaseline(context.database.connection, spec, settings, false).catch(() => null);
    if (!baseline || baseline.value === null) continue;
    // A gap's badness is how far the group is worse off (the shared sign convention), not its size alone.
    const badness = statistic === 'gap' ? shortfall(baseline.value, direction) : baseline.value;
    if (!worst || badness > worst.value) worst = { spec, value: badness };
  }
  if (!worst) return null;
  const target = statistic === 'risk_ratio' ? Math.min(rule.thresholds.developing, worst.value) : rule.metric === 'advanced_course_composition' ? Math.round(worst.value * 5) / 10 : rule.thresholds.developing;
  // The target is a shortfall too; stored as a signed gap it reads the same way as the baseline ("10.0 pts below").
  const signed = statistic === 'gap' ? gapFromShortfall(target, direction) : target;
  return { ...worst.spec, target: Math.round(signed * 10) / 10 };
}

async function draftFor(context: ReviewContext, criterion: RubricCriterion, settings: MetricSettings, latestYear: number) {
  const targetYear = latestYear + 3;
  const rule = criterion.metricRules?.[0];
  return {
    criterionId: criterion.id,
    title: `Address ${sentenceStart(criterion.title)}`,
    owner: 'To be assigned',
    timeline: `${schoolYearLabel(latestYear + 1)} to ${schoolYearLabel(targetYear)}`,
    status: 'draft',
    benchmark: rule ? await ruleBenchmark(context, rule, settings, latestYear, targetYear) : null,
  };
}

/** Returns how many draft items were made (0 when every Initiating criterion already has one). */
export async function seedActionPlan(context: ReviewContext): Promise<number> {
  const actor = await requireReviewer(context);
  const { database } = context;
  const { template } = await currentTemplate(database);
  const initiating = new Set((await readRows(database.connection, "SELECT criterion_id FROM app.ratings WHERE level = 'initiating'")).map((r) => String(r.criterion_id)));
  const covered = new Set((await readRows(database.connection, 'SELECT DISTINCT criterion_id FROM app.action_items WHERE criterion_id IS NOT NULL')).map((r) => String(r.criterion_id)));
  const places = allCriteria(template).filter((p) => initiating.has(p.criterion.id) && !covered.has(p.criterion.id));
  if (places.length === 0) return 0;
  const settings = await readMetricSettings(database);
  const latestYear = await latestSchoolYear(database.connection);
  const drafts: Record<string, unknown>[] = [];
  for (const place of places) drafts.push({ domainId: place.domain.id, ...(await draftFor(context, place.criterion, settings, latestYear)) });
  const ids: number[] = [];
  for (let i = 0; i < drafts.length; i++) ids.push(Number((await readRow(database.connection, "SELECT nextval('app.action_item_id_seq') AS id"))!.id));
  await applyChange(database, {
    actor,
    action: 'seed_action_plan',
    targetKind: 'action_plan',
    targetId: 'action_plan',
    summary: `Seeded ${drafts.length} draft action item${drafts.length === 1 ? '' : 's'} from criteria rated Initiating (${places.map((p) => p.criterion.id).join(', ')})`,
    apply: async (connection, at) => {
      for (const [i, draft] of drafts.entries()) await FINDINGS_RECORDS.action_item.write(connection, String(ids[i]), { ...draft, author: actor, updatedAt: at });
    },
  });
  return drafts.length;
}
