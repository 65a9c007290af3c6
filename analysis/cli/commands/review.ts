// `equitylens review <project> [--json]`: ratings, rationales, evidence counts, roll-ups and progress; in a follow-up
// review, each criterion's baseline rating beside the current one. `review follow-up <project> --label L --reviewer NAME`
// starts a follow-up: the review so far becomes its read-only baseline.
//
// --json prints one object (format 1; a field changes meaning or disappears only with a new format):
// {
//   "format": 1,
//   "project": { "path", "name", "districtName" },
//   "template": { "templateId", "version", "name" },
//   "reviewer": string | null,
//   "team": { "blind": boolean, "reviewers": [string], "people": [{ "name", "role", "organisation" }], "awaitingReconciliation": [criterion id] },
//   "rollupRule": "median" | "rounded_mean" | "lowest",
//   "baseline": { "label", "startedAt", "startedBy", "dataThrough", "counts": { "findings", "recommendations", "actionItems" } } | null,
//   "progress": { "rated", "total", "domains": [{ "domainId", "rated", "total" }] },
//   "domains": [{
//     "id", "number", "name",
//     "rollup": { "computed", "effective", "override": { "level", "reason", "reviewer", "at" } | null,
//                 "distribution": { "initiating", "developing", "established", "unrated" } },
//     "clusters": [{ "id", "name", "rollup": (as above), "criteria": [{
//       "id", "title",
//       "rating": { "level", "rationale", "suggestedLevel", "reviewer", "ratedAt" } | null,
//       "baselineLevel": level | null (in a follow-up: the rating in the baseline review),
//       "suggestion": { "level": level | null, "reason" } | null,
//       "evidence": { "total", "quantitative", "stakeholder_voice", "observation_document" },
//       "missingEvidence": ["quantitative" | "stakeholder_voice" | "observation_document", ...]
//     }] }]
//   }],
//   "evidence": { "total", "byKind": { "<kind>": count } }
// }
// Levels are "initiating" | "developing" | "established"; times are ISO 8601.
import path from 'node:path';
import type { ProjectInfo, ReviewState, RollupResult } from '../../api';
import { EVIDENCE_CATEGORIES, LEVEL_LABELS, ROLLUP_RULE_LABELS } from '../../shared/review-levels';
import { schoolYearLabel } from '../../shared/codes';
import type { EquityLensService } from '../../service/create-service';
import { unwrap, usageError } from '../cli-errors';
import { PEOPLE_ACTIONS, reviewPeopleCommand } from './review-people';
import { reviewTeamCommand, TEAM_ACTIONS } from './review-team';
import type { CommandIo, ParsedCommand } from '../command';

export const REVIEW_JSON_FORMAT = 1;

export async function reviewCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  if ((TEAM_ACTIONS as readonly string[]).includes(command.positionals[0]!)) return reviewTeamCommand(service, command, io);
  if ((PEOPLE_ACTIONS as readonly string[]).includes(command.positionals[0]!)) return reviewPeopleCommand(service, command, io);
  if (command.positionals[0] === 'follow-up') return followUpCommand(service, command, io);
  if (command.positionals.length > 1) throw usageError('Usage: equitylens review <project.duckdb> [--json], or review rate|export|merge|agreement|reconcile|blind|reviewer|calibrate|calibration|follow-up ...');
  const info = unwrap(await service.openProject({ path: path.resolve(command.positionals[0]!) }));
  const review = unwrap(await service.getReview({}));
  if (command.flag('json')) io.out(JSON.stringify(reviewJson(info, review), null, 2));
  else io.out(reviewText(info, review));
}

const rollupJson = (r: RollupResult | undefined) =>
  r ? { computed: r.computed, effective: r.effective, override: r.override, distribution: r.distribution } : null;

export function reviewJson(info: ProjectInfo, review: ReviewState) {
  const rollup = (scope: 'cluster' | 'domain', id: string) => rollupJson(review.rollups.find((r) => r.scope === scope && r.id === id));
  const byKind: Record<string, number> = {};
  for (const item of review.evidence) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  return {
    format: REVIEW_JSON_FORMAT,
    project: { path: info.path, name: info.name, districtName: info.districtName },
    template: review.templateRef,
    reviewer: review.reviewer,
    team: review.team,
    rollupRule: review.rollupRule,
    baseline: review.baseline ? { label: review.baseline.label, startedAt: review.baseline.startedAt, startedBy: review.baseline.startedBy, dataThrough: review.baseline.dataThrough, counts: review.baseline.counts } : null,
    progress: {
      rated: review.progress.reduce((n, p) => n + p.rated, 0),
      total: review.progress.reduce((n, p) => n + p.total, 0),
      domains: review.progress,
    },
    domains: review.template.domains.map((domain) => ({
      id: domain.id,
      number: domain.number,
      name: domain.name,
      rollup: rollup('domain', domain.id),
      clusters: domain.clusters.map((cluster) => ({
        id: cluster.id,
        name: cluster.name,
        rollup: rollup('cluster', cluster.id),
        criteria: cluster.criteria.map((criterion) => {
          const rating = review.ratings.find((r) => r.criterionId === criterion.id);
          const suggestion = review.suggestions.find((s) => s.criterionId === criterion.id);
          const linked = review.evidence.filter((e) => e.criterionIds.includes(criterion.id));
          return {
            id: criterion.id,
            title: criterion.title,
            rating: rating ? { level: rating.level, rationale: rating.rationale, suggestedLevel: rating.suggestedLevel, reviewer: rating.reviewer, ratedAt: rating.ratedAt } : null,
            baselineLevel: review.baseline?.ratings.find((r) => r.criterionId === criterion.id)?.level ?? null,
            suggestion: suggestion ? { level: suggestion.level, reason: suggestion.reason } : null,
            evidence: {
              total: linked.length,
              ...Object.fromEntries(EVIDENCE_CATEGORIES.map((c) => [c, linked.filter((e) => e.category === c).length])),
            },
            missingEvidence: review.triangulation.find((t) => t.criterionId === criterion.id)?.missing ?? [],
          };
        }),
      })),
    })),
    evidence: { total: review.evidence.length, byKind },
  };
}

function reviewText(info: ProjectInfo, review: ReviewState): string {
  const level = (value: string | null | undefined) => (value ? LEVEL_LABELS[value as keyof typeof LEVEL_LABELS] : 'not rated');
  const rollupLine = (r: RollupResult | undefined) =>
    r ? `${level(r.effective)}${r.override ? ` (override; computed ${level(r.computed)}: ${r.override.reason})` : ''}` : 'not rated';
  const lines = [
    `${info.name} - ${info.districtName}`,
    `Template: ${review.templateRef.name} (${review.templateRef.templateId} v${review.templateRef.version}); roll-up rule: ${ROLLUP_RULE_LABELS[review.rollupRule]}; reviewer: ${review.reviewer ?? 'not set'}`,
    `Evidence items: ${review.evidence.length}`,
    ...(review.baseline ? [`Follow-up of "${review.baseline.label}" (data through ${review.baseline.dataThrough === null ? 'no year' : schoolYearLabel(review.baseline.dataThrough)}): each criterion shows its baseline rating -> its rating now`] : []),
  ];
  for (const domain of review.template.domains) {
    const progress = review.progress.find((p) => p.domainId === domain.id)!;
    lines.push('', `Domain ${domain.number}: ${domain.name} - ${rollupLine(review.rollups.find((r) => r.scope === 'domain' && r.id === domain.id))} (${progress.rated} of ${progress.total} rated)`);
    for (const cluster of domain.clusters) {
      lines.push(`  ${cluster.name} - ${rollupLine(review.rollups.find((r) => r.scope === 'cluster' && r.id === cluster.id))}`);
      for (const criterion of cluster.criteria) {
        const rating = review.ratings.find((r) => r.criterionId === criterion.id);
        const evidence = review.evidence.filter((e) => e.criterionIds.includes(criterion.id)).length;
        const before = review.baseline ? `${level(review.baseline.ratings.find((r) => r.criterionId === criterion.id)?.level).padEnd(11)} -> ` : '';
        lines.push(`    ${criterion.id.padEnd(6)} ${before}${level(rating?.level).padEnd(11)} ${criterion.title} [${evidence} evidence]`);
        if (rating?.rationale) lines.push(`           ${rating.rationale}`);
      }
    }
  }
  return lines.join('\n');
}

/** `review follow-up <project> --label L --reviewer NAME`: the review so far becomes the follow-up's read-only baseline. */
async function followUpCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const project = command.positionals[1];
  if (!project || command.positionals.length > 2) throw usageError('Usage: equitylens review follow-up <project.duckdb> --label "2023-24 review" --reviewer NAME');
  const label = command.option('label');
  if (!label?.trim()) throw usageError('Name the baseline: --label "2023-24 review".');
  const reviewer = command.option('reviewer');
  if (!reviewer?.trim()) throw usageError('Say who starts the follow-up: --reviewer NAME.');
  unwrap(await service.openProject({ path: path.resolve(project) }));
  unwrap(await service.setReviewer({ name: reviewer }));
  const review = unwrap(await service.startFollowUp({ label }));
  const baseline = review.baseline!;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  io.out(`Started a follow-up of "${baseline.label}": ${n(baseline.ratings.length, 'rating')}, ${n(baseline.counts.findings, 'finding')} and ${n(baseline.counts.actionItems, 'action item')} are its baseline. Import the new school years into this project, then re-rate.`);
}
