// The review-team forms of `equitylens review`:
//   review rate <project> <criterion-id> <initiating|developing|established|not_rated> --reviewer NAME [--rationale TEXT]
//   review export <project> --reviewer NAME --out FILE        one reviewer's ratings, for the lead to merge
//   review merge <project> FILE [--reviewer LEAD] [--json]    merges them by reviewer and criterion
//   review agreement <project> [--json]                       agreement per scope, criteria by disagreement
//   review reconcile <project> <criterion-id> <level|not_rated> --reason TEXT [--reviewer LEAD]
//   review blind <project> on|off [--reviewer LEAD]           independent (blind) rating mode
// --json for merge prints { "format": 1, "reviewer", "added", "updated", "unchanged", "conflicts": [...],
// "skipped": [...], "calibrationMerged", "profileFilled" }; for agreement { "format": 1, "reviewers", "scopes": [{ "scope", "id", "name",
// "items", "figures": [{ "id", "label", "value", "lower", "upper" }] }], "criteria": [{ "criterionId",
// "title", "ratings": [{ "reviewer", "level", "rationale" }], "spread", "exactAgreement", "consensus" }] }.
import fs from 'node:fs';
import path from 'node:path';
import type { AgreementReport, RatingLevel } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { LEVEL_LABELS, RATING_LEVELS } from '../../shared/review-levels';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';

export const TEAM_ACTIONS = ['rate', 'export', 'merge', 'agreement', 'reconcile', 'blind'] as const;
export const TEAM_JSON_FORMAT = 1;

function levelArgument(word: string | undefined): RatingLevel | null {
  if (word === 'not_rated') return null;
  if (RATING_LEVELS.includes(word as RatingLevel)) return word as RatingLevel;
  throw usageError(`"${word ?? ''}" is not a rating: use initiating, developing, established or not_rated.`);
}

/** The lead who merges, reconciles or switches blind mode: --reviewer, else the project's reviewer. */
async function actAs(service: EquityLensService, name: string | undefined): Promise<void> {
  if (!name) return;
  const review = unwrap(await service.getReview({}));
  if (review.reviewer !== name) unwrap(await service.setReviewer({ name }));
}

export async function reviewTeamCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const [action, project, ...rest] = command.positionals as [string, string | undefined, ...string[]];
  if (!project) throw usageError(`Usage: equitylens review ${action} <project.duckdb> ...`);
  const reviewer = command.option('reviewer')?.trim();
  const needs = (count: number, usage: string) => {
    if (rest.length !== count) throw usageError(`Usage: equitylens review ${usage}`);
  };
  if (action === 'rate' || action === 'export') {
    if (!reviewer) throw usageError(`review ${action} needs --reviewer NAME: every rating records who made it.`);
  }
  const out = command.option('out');
  if (action === 'export') {
    if (!out) throw usageError('review export needs --out FILE.');
    if (!fs.existsSync(path.dirname(path.resolve(out)))) throw usageError(`The folder ${path.dirname(path.resolve(out))} does not exist.`);
  }
  if (action === 'merge') {
    needs(1, 'merge <project.duckdb> <file.json>');
    if (!fs.existsSync(rest[0]!) || !fs.statSync(rest[0]!).isFile()) throw usageError(`There is no ratings file at ${path.resolve(rest[0]!)}.`);
  }
  unwrap(await service.openProject({ path: path.resolve(project) }));
  switch (action) {
    case 'rate': {
      needs(2, 'rate <project.duckdb> <criterion-id> <initiating|developing|established|not_rated> --reviewer NAME [--rationale TEXT]');
      const level = levelArgument(rest[1]);
      unwrap(await service.rateCriterion({ criterionId: rest[0]!, level, rationale: command.option('rationale') ?? '', reviewer }));
      io.out(level === null ? `${reviewer} cleared their rating of ${rest[0]}.` : `${reviewer} rated ${rest[0]} ${LEVEL_LABELS[level]}.`);
      return;
    }
    case 'export': {
      const file = unwrap(await service.exportReviewerWork({ reviewer: reviewer! }));
      fs.writeFileSync(path.resolve(out!), file.json);
      io.out(`Wrote ${reviewer}'s ratings to ${path.resolve(out!)}.`);
      return;
    }
    case 'merge': {
      await actAs(service, reviewer);
      const report = unwrap(await service.mergeReviewerWork({ json: fs.readFileSync(rest[0]!, 'utf8') }));
      if (command.flag('json')) io.out(JSON.stringify({ format: TEAM_JSON_FORMAT, ...report }, null, 2));
      else {
        io.out(`Merged ${report.reviewer}'s ratings: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged.`);
        for (const c of report.conflicts) io.out(`  kept ${c.criterionId}: ${LEVEL_LABELS[c.kept.level]} here (${c.kept.ratedAt}) is newer than ${LEVEL_LABELS[c.incoming.level]} in the file (${c.incoming.ratedAt})`);
        if (report.calibrationMerged > 0) io.out(`  merged ${report.calibrationMerged} calibration rating${report.calibrationMerged === 1 ? '' : 's'}`);
        if (report.profileFilled) io.out(`  recorded ${report.reviewer}'s role and organisation from the file`);
        if (report.skipped.length > 0) io.out(`  skipped what this review's template does not have: ${report.skipped.join(', ')}`);
      }
      return;
    }
    case 'agreement': {
      const report = unwrap(await service.getAgreement({}));
      io.out(command.flag('json') ? JSON.stringify({ format: TEAM_JSON_FORMAT, ...report }, null, 2) : agreementText(report));
      return;
    }
    case 'reconcile': {
      needs(2, 'reconcile <project.duckdb> <criterion-id> <initiating|developing|established|not_rated> --reason TEXT [--reviewer LEAD]');
      const level = levelArgument(rest[1]);
      await actAs(service, reviewer);
      unwrap(await service.reconcileCriterion({ criterionId: rest[0]!, level, reason: command.option('reason') ?? '' }));
      io.out(level === null ? `Removed the consensus rating of ${rest[0]}.` : `Consensus for ${rest[0]}: ${LEVEL_LABELS[level]}.`);
      return;
    }
    case 'blind': {
      needs(1, 'blind <project.duckdb> on|off [--reviewer LEAD]');
      if (rest[0] !== 'on' && rest[0] !== 'off') throw usageError('review blind takes on or off.');
      await actAs(service, reviewer);
      unwrap(await service.setBlindRating({ on: rest[0] === 'on' }));
      io.out(rest[0] === 'on' ? 'Independent rating is on: each reviewer sees only their own ratings.' : 'Independent rating is off: every rating is visible, ready to reconcile.');
      return;
    }
    default:
      throw usageError(`Unknown review action "${action}".`);
  }
}

const figure = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));

function agreementText(report: AgreementReport): string {
  if (report.reviewers.length < 2) return `Agreement needs two or more reviewers; ${report.reviewers.length === 0 ? 'nobody has' : `only ${report.reviewers[0]} has`} rated so far.`;
  const lines = [`Reviewers: ${report.reviewers.join(', ')}`];
  for (const scope of report.scopes.filter((s) => s.scope !== 'cluster')) {
    lines.push('', `${scope.name} (${scope.items} criteria rated by two or more)`);
    for (const f of scope.figures) lines.push(`  ${f.label.padEnd(34)} ${figure(f.value)}${f.lower === null ? '' : `  (95% interval ${figure(f.lower)} to ${figure(f.upper)})`}`);
  }
  lines.push('', 'Criteria by disagreement (largest spread first):');
  for (const c of report.criteria) {
    const ratings = c.ratings.map((r) => `${r.reviewer}: ${r.level ? LEVEL_LABELS[r.level] : '-'}`).join('; ');
    lines.push(`  ${c.criterionId.padEnd(7)} spread ${c.spread}  ${ratings}${c.consensus ? `  -> consensus ${LEVEL_LABELS[c.consensus.level]}` : ''}`);
  }
  return lines.join('\n');
}
