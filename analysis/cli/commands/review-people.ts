// The team-member forms of `equitylens review`: who the reviewers are, and calibration before the review.
//   review reviewer <project> [NAME [--role ROLE] [--organisation ORG]] [--json]
//       with NAME: records who is reviewing (the project's reviewer) and their role and organisation
//       (--organization is accepted too);
//       without: lists the team. --json prints { "format": 1, "reviewer", "people": [{ "name", "role", "organisation" }] }
//   review calibrate <project> <vignette-id> <initiating|developing|established|not_rated> --reviewer NAME
//   review calibration <project> [--json]   each reviewer's distance from the agreed answers
// --json for calibration prints { "format": 1, "vignettes": [{ "id", "criterionId", "criterionTitle",
// "scenario", "agreedLevel", "reason" }], "reviewers": [{ "reviewer", "rated", "exactMatches",
// "meanAbsoluteDistance", "answers": [{ "vignetteId", "level", "distance" }] }] }.
import path from 'node:path';
import type { CalibrationReport, RatingLevel } from '../../api';
import type { EquityLensService } from '../../service/create-service';
import { LEVEL_LABELS, RATING_LEVELS } from '../../shared/review-levels';
import { describeReviewer } from '../../shared/reviewer-text';
import { unwrap, usageError } from '../cli-errors';
import type { CommandIo, ParsedCommand } from '../command';

export const PEOPLE_ACTIONS = ['reviewer', 'calibrate', 'calibration'] as const;
export const PEOPLE_JSON_FORMAT = 1;

function levelArgument(word: string | undefined): RatingLevel | null {
  if (word === 'not_rated') return null;
  if (RATING_LEVELS.includes(word as RatingLevel)) return word as RatingLevel;
  throw usageError(`"${word ?? ''}" is not a rating: use initiating, developing, established or not_rated.`);
}

const levels = (n: number) => `${n} level${n === 1 ? '' : 's'}`;

export async function reviewPeopleCommand(service: EquityLensService, command: ParsedCommand, io: CommandIo): Promise<void> {
  const [action, project, ...rest] = command.positionals as [string, string | undefined, ...string[]];
  if (!project) throw usageError(`Usage: equitylens review ${action} <project.duckdb> ...`);
  const reviewer = command.option('reviewer')?.trim();
  const role = command.option('role');
  const organisation = command.option('organisation') ?? command.option('organization');
  if (action === 'reviewer' && rest.length > 1) throw usageError('Usage: equitylens review reviewer <project.duckdb> [NAME [--role ROLE] [--organisation ORG]] [--json]');
  if (action === 'reviewer' && rest.length === 0 && (role !== undefined || organisation !== undefined)) throw usageError('Name the reviewer whose role or organisation this is: review reviewer <project> NAME --role ROLE.');
  if (action === 'calibrate') {
    if (rest.length !== 2) throw usageError('Usage: equitylens review calibrate <project.duckdb> <vignette-id> <initiating|developing|established|not_rated> --reviewer NAME');
    if (!reviewer) throw usageError('review calibrate needs --reviewer NAME: every calibration rating records who made it.');
  }
  if (action === 'calibration' && rest.length !== 0) throw usageError('Usage: equitylens review calibration <project.duckdb> [--json]');
  unwrap(await service.openProject({ path: path.resolve(project) }));
  switch (action) {
    case 'reviewer': {
      const review = rest[0] ? unwrap(await service.setReviewer({ name: rest[0], ...(role !== undefined ? { role } : {}), ...(organisation !== undefined ? { organisation } : {}) })) : unwrap(await service.getReview({}));
      if (command.flag('json')) io.out(JSON.stringify({ format: PEOPLE_JSON_FORMAT, reviewer: review.reviewer, people: review.team.people }, null, 2));
      else if (rest[0]) {
        const profile = review.team.people.find((p) => p.name === review.reviewer);
        io.out(`The reviewer is ${profile ? describeReviewer(profile) : review.reviewer}.`);
      } else {
        io.out(review.team.people.length === 0 ? 'Nobody is on the review team yet.' : ['The review team:', ...review.team.people.map((p) => `  ${describeReviewer(p)}`)].join('\n'));
      }
      return;
    }
    case 'calibrate': {
      const level = levelArgument(rest[1]);
      const report = unwrap(await service.rateCalibration({ vignetteId: rest[0]!, level, reviewer }));
      const vignette = report.vignettes.find((v) => v.id === rest[0])!;
      if (level === null) io.out(`${reviewer} cleared their calibration rating of ${vignette.id}.`);
      else {
        const distance = Math.abs(RATING_LEVELS.indexOf(level) - RATING_LEVELS.indexOf(vignette.agreedLevel));
        io.out(`${reviewer} rated ${vignette.id} ${LEVEL_LABELS[level]}; the agreed answer is ${LEVEL_LABELS[vignette.agreedLevel]}${distance === 0 ? ' (a match)' : ` (${levels(distance)} apart)`}.`);
      }
      return;
    }
    case 'calibration': {
      const report = unwrap(await service.getCalibration({}));
      io.out(command.flag('json') ? JSON.stringify({ format: PEOPLE_JSON_FORMAT, ...report }, null, 2) : calibrationText(report));
      return;
    }
    default:
      throw usageError(`Unknown review action "${action}".`);
  }
}

function calibrationText(report: CalibrationReport): string {
  if (report.vignettes.length === 0) return "This review's template has no calibration vignettes.";
  const lines = ['Calibration vignettes (agreed answers):'];
  for (const v of report.vignettes) lines.push(`  ${v.id.padEnd(8)} ${v.criterionId.padEnd(7)} ${LEVEL_LABELS[v.agreedLevel].padEnd(11)} ${v.criterionTitle}`);
  lines.push('');
  if (report.reviewers.length === 0) lines.push('Nobody has rated the vignettes yet.');
  for (const r of report.reviewers) {
    lines.push(`${r.reviewer}: ${r.exactMatches} of ${r.rated} rated match the agreed answer; mean absolute distance ${r.meanAbsoluteDistance!.toFixed(2)} levels`);
    for (const a of r.answers) lines.push(`  ${a.vignetteId.padEnd(8)} ${LEVEL_LABELS[a.level].padEnd(11)} ${a.distance === 0 ? 'match' : `${levels(a.distance)} apart`}`);
  }
  return lines.join('\n');
}
