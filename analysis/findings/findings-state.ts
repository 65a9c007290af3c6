// Reads findings, recommendations, the action plan (with baselines computed now) and the report cover.
import type { ActionItem, BenchmarkSpec, Finding, FindingsState, FindingType, Recommendation, RecommendationPriority, ReportCover, ActionItemStatus } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { readMetricSettings } from '../report/metric-settings-read';
import { lastUndoableChange } from '../review/audit-log';
import { readRows } from '../review/sql-rows';
import { benchmarkBaseline } from './benchmark-baseline';
import { actionSnapshot, FINDINGS_RECORDS, findingSnapshot, readActionRows, readFindingRows, readRecommendationRows, recommendationSnapshot } from './findings-records';

export const DEFAULT_REPORT_TITLE = 'Systems Quality Review Through the Lens of Equity';

export async function readFindings(database: ProjectDatabase): Promise<Finding[]> {
  return (await readFindingRows(database.connection)).map((row) => {
    const s = findingSnapshot(row);
    return { findingId: Number(row.finding_id), ...s, type: s.type as FindingType };
  });
}

export async function readRecommendations(database: ProjectDatabase): Promise<Recommendation[]> {
  return (await readRecommendationRows(database.connection)).map((row) => {
    const s = recommendationSnapshot(row);
    return { recommendationId: Number(row.recommendation_id), ...s, priority: s.priority as RecommendationPriority };
  });
}

/** Action items with their baselines; `internal` reads unsuppressed figures (for an internal report only). */
export async function readActionItems(database: ProjectDatabase, internal = false): Promise<ActionItem[]> {
  const settings = await readMetricSettings(database);
  const items: ActionItem[] = [];
  for (const row of await readActionRows(database.connection)) {
    const s = actionSnapshot(row);
    const benchmark = s.benchmark as BenchmarkSpec | null;
    let baseline: ActionItem['baseline'] = null;
    if (benchmark) {
      // A benchmark whose metric has no data (or was dropped) still shows, with its baseline explained.
      baseline = await benchmarkBaseline(database.connection, benchmark, settings, internal).catch((error: unknown) => ({
        year: null,
        value: null,
        text: error instanceof Error && error.name === 'ServiceFailure' ? `not available: ${error.message}` : 'not available',
        suppressed: false,
        metricLabel: benchmark.metricId,
        groupLabel: benchmark.group ?? 'All students',
        statisticLabel: benchmark.statistic,
      }));
    }
    items.push({ actionId: Number(row.action_id), ...s, status: s.status as ActionItemStatus, benchmark, baseline });
  }
  return items;
}

/** The cover as saved, with what the review records filling anything left unset. */
export async function readCover(database: ProjectDatabase): Promise<ReportCover> {
  const saved = ((await FINDINGS_RECORDS.report_cover.read(database.connection, 'report_cover')) ?? {}) as Partial<ReportCover>;
  const actors = await readRows(
    database.connection,
    "SELECT actor FROM app.audit_log WHERE action NOT IN ('undo', 'set_reviewer') GROUP BY actor ORDER BY min(audit_id)",
  );
  return {
    title: saved.title?.trim() || DEFAULT_REPORT_TITLE,
    // The review period is what the reviewer sets: the day the project was made or first edited is not it.
    reviewStart: saved.reviewStart ?? null,
    reviewEnd: saved.reviewEnd ?? null,
    reviewers: saved.reviewers && saved.reviewers.length > 0 ? saved.reviewers : actors.map((r) => String(r.actor)),
    preparedFor: saved.preparedFor ?? null,
    siteVisitStart: saved.siteVisitStart ?? null,
    siteVisitEnd: saved.siteVisitEnd ?? null,
  };
}

export async function readFindingsState(database: ProjectDatabase): Promise<FindingsState> {
  return {
    findings: await readFindings(database),
    recommendations: await readRecommendations(database),
    actionItems: await readActionItems(database),
    cover: await readCover(database),
    lastChange: await lastUndoableChange(database.connection),
  };
}
