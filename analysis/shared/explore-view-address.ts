// Reads and writes an Explore view as an address query ("metric=...&school=101,102"): the form saved views,
// evidence links (their descriptor's filters) and the report's redraws all keep, so it must read old ones too.
import { z } from 'zod';
import type { MetricGroupType } from '../api';
import { IMPLEMENTATION_PHASES, PATHWAYS, SCHOOL_LEVELS } from './codes';
import { DEFAULT_VIEW, GRADE_BANDS, VIEW_KINDS, type ExploreView, type GradeBand } from './explore-view';

/**
 * A filter's values are one comma-separated parameter rather than a repeated key, because evidence
 * descriptors keep the address as a plain key-to-value record. A comma or percent sign inside a value is
 * percent-escaped so it survives the split.
 */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');
}

export function splitList(text: string): string[] {
  return text.split(',').map((v) => v.replace(/%2C/gi, ',').replace(/%25/g, '%'));
}

/**
 * Views saved before filters took several values hold one value per key ("school=101"), and one value is
 * a list of one, so they read unchanged. Unknown codes (a hand-edited address) are dropped rather than
 * sent to the service, empty items are ignored and repeats counted once.
 */
const list = (allowed?: readonly { code: string }[]) =>
  z
    .preprocess(
      (value) => (typeof value === 'string' ? splitList(value) : Array.isArray(value) ? value : []),
      z.array(z.string()).transform((items) => [...new Set(items.filter((v) => v !== '' && (!allowed || allowed.some((a) => a.code === v))))]),
    )
    .catch([]);

const text = z.string().min(1);

const addressSchema = z.object({
  metric: text.catch(DEFAULT_VIEW.metricId),
  view: z.enum(VIEW_KINDS).catch(DEFAULT_VIEW.view),
  by: text.catch(DEFAULT_VIEW.groupBy),
  by2: text.catch(DEFAULT_VIEW.groupBy2),
  year: z.coerce.number().int().gt(1900).nullable().catch(null),
  school: list(),
  district: list(),
  level: list(SCHOOL_LEVELS),
  community: z.enum(['yes', 'no']).nullable().catch(null),
  pathway: list(PATHWAYS),
  phase: list(IMPLEMENTATION_PHASES),
  grades: z.enum(Object.keys(GRADE_BANDS) as [GradeBand, ...GradeBand[]]).nullable().catch(null),
  ref: text.nullable().catch(null),
  internal: z.literal('1').nullable().catch(null),
  source: z.enum(['auto', 'students', 'aggregates']).catch(DEFAULT_VIEW.source),
});

export function parseView(search: string): ExploreView {
  const a = addressSchema.parse(Object.fromEntries(new URLSearchParams(search)));
  return {
    metricId: a.metric,
    view: a.view,
    groupBy: a.by as MetricGroupType,
    groupBy2: a.by2 as MetricGroupType,
    year: a.year,
    schoolIds: a.school,
    districtIds: a.district,
    schoolLevels: a.level,
    communitySchool: a.community === null ? null : a.community === 'yes',
    pathways: a.pathway,
    implementationPhases: a.phase,
    gradeBand: a.grades,
    reference: a.ref,
    internal: a.internal === '1',
    source: a.source,
  };
}

/** Only what differs from the defaults goes into the address, so links stay short; lists are sorted so one choice has one address. */
export function serializeView(view: ExploreView): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | null, fallback: string | null = null) => value !== null && value !== fallback && p.set(key, value);
  const putList = (key: string, values: readonly string[]) => values.length > 0 && p.set(key, joinList([...new Set(values)].sort()));
  put('metric', view.metricId);
  put('view', view.view, DEFAULT_VIEW.view);
  put('by', view.groupBy);
  if (view.view === 'intersection') put('by2', view.groupBy2);
  put('year', view.year === null ? null : String(view.year));
  putList('school', view.schoolIds);
  putList('district', view.districtIds);
  putList('level', view.schoolLevels);
  put('community', view.communitySchool === null ? null : view.communitySchool ? 'yes' : 'no');
  putList('pathway', view.pathways);
  putList('phase', view.implementationPhases);
  put('grades', view.gradeBand);
  put('ref', view.reference);
  if (view.internal) p.set('internal', '1');
  put('source', view.source, DEFAULT_VIEW.source);
  return p.toString();
}
