// Assembles everything the Review screen shows from the project: one read of the review's state.
import type {
  CriterionRating,
  EvidenceCategory,
  EvidenceItem,
  EvidenceKind,
  MetricViewDescriptor,
  RatingLevel,
  ReviewState,
  RollupOverride,
  RollupResult,
  RollupRule,
  RubricTemplate,
  Triangulation,
} from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import type { SuppressionSettings } from '../privacy/suppression';
import { EVIDENCE_CATEGORIES, EVIDENCE_KIND_CATEGORY } from '../shared/review-levels';
import { migrateViewDescriptor } from '../shared/view-descriptor';
import { lastUndoableChange } from './audit-log';
import { readSnapshot } from './review-records';
import { readOwnRatings, readTeamState } from '../review-team/team-state';
import { distributionOf, domainInputs, rollUp } from './rollup-rules';
import { isoTimestamp, parseJson, readRows, stringOrNull } from './sql-rows';
import { suggestionsFor } from './suggestions';
import { getTemplate } from './template-store';
import { allCriteria } from './template-walk';
import { readBaseline } from './baseline-records';

export interface ReviewContext {
  database: ProjectDatabase;
  suppression: SuppressionSettings;
  /** The reviewer who last said who they are on this computer: this review's reviewer until someone else says. */
  rememberedReviewer: string | null;
}

export async function currentTemplate(database: ProjectDatabase): Promise<{ template: RubricTemplate; templateId: string; version: number; name: string; rollupRule: RollupRule }> {
  const settings = (await readSnapshot(database.connection, 'review', 'review'))!;
  const record = await getTemplate(database.connection, String(settings.templateId), Number(settings.templateVersion));
  return { template: record.template, templateId: record.templateId, version: record.version, name: record.name, rollupRule: settings.rollupRule as RollupRule };
}

/** The name changes are recorded under: the project's reviewer setting, else the one remembered on this computer. */
export async function effectiveReviewer(context: ReviewContext): Promise<string | null> {
  const stored = await readSnapshot(context.database.connection, 'reviewer', 'reviewer');
  return stored ? String(stored.name) : context.rememberedReviewer;
}

function storedView(value: unknown): MetricViewDescriptor | null {
  const view = parseJson(value) as MetricViewDescriptor | null;
  return view ? migrateViewDescriptor(view) : null;
}

export async function readEvidence(database: ProjectDatabase): Promise<EvidenceItem[]> {
  const rows = await readRows(
    database.connection,
    `SELECT e.evidence_id, e.kind, e.title, e.note, e.source, strftime(e.evidence_date, '%Y-%m-%d') AS evidence_date, e.reference, e.view::VARCHAR AS view,
            e.created_by, ${isoTimestamp('e.created_at')} AS created_at,
            list(l.criterion_id ORDER BY l.criterion_id) FILTER (WHERE l.criterion_id IS NOT NULL) AS criterion_ids
     FROM app.evidence e LEFT JOIN app.evidence_links l USING (evidence_id)
     GROUP BY ALL ORDER BY e.evidence_id`,
  );
  return rows.map((row) => {
    const kind = String(row.kind) as EvidenceKind;
    return {
      evidenceId: Number(row.evidence_id),
      kind,
      category: EVIDENCE_KIND_CATEGORY[kind],
      title: String(row.title),
      note: stringOrNull(row.note),
      source: stringOrNull(row.source),
      date: stringOrNull(row.evidence_date),
      reference: stringOrNull(row.reference),
      // Links stored before descriptors named registry metrics are read in today's form.
      view: storedView(row.view),
      criterionIds: Array.isArray(row.criterion_ids) ? row.criterion_ids.map(String) : [],
      createdBy: String(row.created_by),
      createdAt: String(row.created_at),
    };
  });
}

async function readRatings(database: ProjectDatabase): Promise<CriterionRating[]> {
  const rows = await readRows(
    database.connection,
    `SELECT criterion_id, level, rationale, suggested_level, reviewer, ${isoTimestamp('rated_at')} AS rated_at FROM app.ratings ORDER BY criterion_id`,
  );
  return rows.map((row) => ({
    criterionId: String(row.criterion_id),
    level: String(row.level) as RatingLevel,
    rationale: String(row.rationale),
    suggestedLevel: stringOrNull(row.suggested_level) as RatingLevel | null,
    reviewer: String(row.reviewer),
    ratedAt: String(row.rated_at),
  }));
}

async function readOverrides(database: ProjectDatabase): Promise<Map<string, RollupOverride>> {
  const rows = await readRows(database.connection, `SELECT scope, scope_id, level, reason, reviewer, ${isoTimestamp('overridden_at')} AS at FROM app.rollup_overrides`);
  return new Map(
    rows.map((row) => [`${String(row.scope)}:${String(row.scope_id)}`, { level: String(row.level) as RatingLevel, reason: String(row.reason), reviewer: String(row.reviewer), at: String(row.at) }]),
  );
}

/** Cluster and domain roll-ups: both apply the rule to the criterion ratings inside them. */
export function computeRollups(template: RubricTemplate, rule: RollupRule, ratings: ReadonlyMap<string, RatingLevel>, overrides: ReadonlyMap<string, RollupOverride>): RollupResult[] {
  const result = (scope: 'cluster' | 'domain', id: string, criterionIds: string[], inputs?: (RatingLevel | null)[]): RollupResult => {
    const levels = criterionIds.map((c) => ratings.get(c) ?? null);
    const computed = rollUp(rule, inputs ?? levels);
    const override = overrides.get(`${scope}:${id}`) ?? null;
    return { scope, id, computed, override, effective: override?.level ?? computed, distribution: distributionOf(levels) };
  };
  return template.domains.flatMap((domain) => {
    const clusters = domain.clusters.map((cluster) => ({ id: cluster.id, criterionIds: cluster.criteria.map((c) => c.id) }));
    // Cluster overrides flow up into the domain's computed level.
    const inputs = domainInputs(clusters, (c) => ratings.get(c) ?? null, (c) => overrides.get(`cluster:${c}`)?.level ?? null);
    return [...clusters.map((c) => result('cluster', c.id, c.criterionIds)), result('domain', domain.id, clusters.flatMap((c) => c.criterionIds), inputs)];
  });
}

export function triangulate(template: RubricTemplate, evidence: readonly EvidenceItem[]): Triangulation[] {
  return allCriteria(template).map(({ criterion }) => {
    const present = EVIDENCE_CATEGORIES.filter((category) => evidence.some((e) => e.category === category && e.criterionIds.includes(criterion.id)));
    const missing = EVIDENCE_CATEGORIES.filter((category) => !present.includes(category));
    const missingExpected = missing.filter((category: EvidenceCategory) => criterion.evidenceTypes.includes(category));
    return { criterionId: criterion.id, present, missing, missingExpected };
  });
}

/**
 * The review as the current reviewer sees it. `asTeam` reads the team's ratings even in blind mode: the
 * report is the team's product, never one reviewer's private view.
 */
export async function readReviewState(context: ReviewContext, options: { asTeam?: boolean } = {}): Promise<ReviewState> {
  const { database } = context;
  const current = await currentTemplate(database);
  const inTemplate = new Set(allCriteria(current.template).map((p) => p.criterion.id));
  const stored = await readSnapshot(database.connection, 'reviewer', 'reviewer');
  const viewer = stored ? String(stored.name) : context.rememberedReviewer;
  const team = await readTeamState(database.connection, inTemplate);
  // Blind rating: a reviewer sees (and rolls up) only their own ratings until the lead turns it off.
  const ratings = (team.blind && !options.asTeam ? await readOwnRatings(database.connection, viewer) : await readRatings(database)).filter((r) => inTemplate.has(r.criterionId));
  const evidence = await readEvidence(database);
  const levels = new Map(ratings.map((r) => [r.criterionId, r.level]));
  return {
    template: current.template,
    templateRef: { templateId: current.templateId, version: current.version, name: current.name },
    reviewer: viewer,
    suggestedReviewer: context.rememberedReviewer,
    rollupRule: current.rollupRule,
    ratings,
    suggestions: await suggestionsFor(database, current.template),
    evidence,
    triangulation: triangulate(current.template, evidence),
    rollups: computeRollups(current.template, current.rollupRule, levels, await readOverrides(database)),
    progress: current.template.domains.map((domain) => {
      const ids = domain.clusters.flatMap((c) => c.criteria.map((k) => k.id));
      return { domainId: domain.id, rated: ids.filter((id) => levels.has(id)).length, total: ids.length };
    }),
    lastChange: await lastUndoableChange(database.connection),
    team,
    baseline: await readBaseline(database),
  };
}
