// A review team through the real service and DuckDB: three reviewers rate on separate copies of one
// project, the lead merges their work, agreement matches an independent computation, blind mode hides
// others' ratings, and reconciliation puts the consensus into roll-ups and the report.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RatingLevel, Result } from '../../analysis/api';
import { BUILT_SAMPLE_DIR, SAMPLE_DATA_DIR } from '../../analysis/app-paths';
import { createService, type EquityLensService } from '../../analysis/service/create-service';
import { makeTempDir } from '../support/temp-dir';

const temp = makeTempDir();
const base = path.join(temp.dir, 'base.duckdb');
const CRITERIA = ['1.1.1', '1.1.2', '1.2.1', '1.2.2', '1.2.3', '2.1.1', '2.1.2', '3.1.1'];
const LEVELS: RatingLevel[] = ['initiating', 'developing', 'established'];
// Each reviewer's level index per criterion (null: did not rate it).
const PLAN: Record<string, (number | null)[]> = {
  'Ana Ruiz': [0, 1, 1, 2, 0, 1, 2, 1],
  'Ben Cole': [0, 1, 2, 2, 1, null, 2, 0],
  'Chi Park': [1, 1, 2, 2, 0, 1, null, 2],
};

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const services: EquityLensService[] = [];
function newService(name: string): EquityLensService {
  const service = createService({ dataDir: path.join(temp.dir, `data-${name}`), sampleDataDir: SAMPLE_DATA_DIR, builtSampleDir: BUILT_SAMPLE_DIR, appVersion: 'test', host: 'cli' });
  services.push(service);
  return service;
}

beforeAll(async () => {
  const setup = newService('setup');
  ok(await setup.createProject({ path: base, name: 'Team review', districtName: 'Riverside' }));
  ok(await setup.getReview({}));
  ok(await setup.closeProject({}));
});
afterAll(async () => {
  for (const service of services) await service.dispose();
  temp.remove();
});

/** Krippendorff's alpha by its pairwise definition (average squared difference of pairable values
 *  within units over that across all pairable values), written apart from the coincidence-matrix code. */
function pairwiseOrdinalAlpha(units: number[][]): number {
  const values = units.filter((u) => u.length >= 2).flat();
  const counts = [0, 1, 2].map((k) => values.filter((v) => v === k).length);
  const distance = (a: number, b: number) => {
    if (a === b) return 0;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    let between = 0;
    for (let g = lo; g <= hi; g++) between += counts[g]!;
    return (between - (counts[a]! + counts[b]!) / 2) ** 2;
  };
  let within = 0;
  for (const unit of units.filter((u) => u.length >= 2)) {
    let sum = 0;
    unit.forEach((a, i) => unit.forEach((b, j) => i !== j && (sum += distance(a, b))));
    within += sum / (unit.length - 1);
  }
  let across = 0;
  values.forEach((a, i) => values.forEach((b, j) => i !== j && (across += distance(a, b))));
  const n = values.length;
  return 1 - (within / n) / (across / (n * (n - 1)));
}

describe('review team', () => {
  it('merges three reviewers who rated on separate copies, touching only each reviewer own ratings', async () => {
    const files: string[] = [];
    for (const [reviewer, plan] of Object.entries(PLAN)) {
      const copy = path.join(temp.dir, `${reviewer.split(' ')[0]}.duckdb`);
      fs.copyFileSync(base, copy);
      const service = newService(reviewer);
      ok(await service.openProject({ path: copy }));
      for (const [i, level] of plan.entries()) {
        if (level !== null) ok(await service.rateCriterion({ criterionId: CRITERIA[i]!, level: LEVELS[level]!, rationale: `${reviewer} on ${CRITERIA[i]}`, reviewer }));
      }
      const exported = ok(await service.exportReviewerWork({ reviewer }));
      const file = path.join(temp.dir, exported.fileName);
      fs.writeFileSync(file, exported.json);
      files.push(file);
      ok(await service.closeProject({}));
    }
    const lead = newService('lead');
    ok(await lead.openProject({ path: base }));
    ok(await lead.setReviewer({ name: 'Ana Ruiz' }));
    const reports = [];
    for (const file of files) reports.push(ok(await lead.mergeReviewerWork({ json: fs.readFileSync(file, 'utf8') })));
    expect(reports.map((r) => [r.reviewer, r.added, r.updated, r.conflicts.length])).toEqual([
      ['Ana Ruiz', 8, 0, 0],
      ['Ben Cole', 7, 0, 0],
      ['Chi Park', 7, 0, 0],
    ]);
    // Merging the same file again changes nothing.
    expect(ok(await lead.mergeReviewerWork({ json: fs.readFileSync(files[1]!, 'utf8') }))).toMatchObject({ added: 0, updated: 0, unchanged: 7 });

    const review = ok(await lead.getReview({}));
    expect(review.team.reviewers).toEqual(['Ana Ruiz', 'Ben Cole', 'Chi Park']);
    // Unanimous criteria carry the team's level; the others wait for the lead.
    const unanimous = CRITERIA.filter((_, i) => new Set(Object.values(PLAN).map((p) => p[i]).filter((l) => l !== null)).size === 1);
    expect(review.ratings.map((r) => r.criterionId).sort()).toEqual(unanimous.sort());
    expect(review.team.awaitingReconciliation).toEqual(CRITERIA.filter((id) => !unanimous.includes(id)));

    const agreement = ok(await lead.getAgreement({}));
    const overall = agreement.scopes.find((s) => s.scope === 'overall')!;
    const units = CRITERIA.map((_, i) => Object.values(PLAN).map((p) => p[i]).filter((l): l is number => l !== null));
    const value = (id: string) => overall.figures.find((f) => f.id === id)!.value!;
    expect(overall.items).toBe(8);
    // Exact agreement: share of agreeing reviewer pairs, averaged over criteria.
    const pairShare = (u: number[]) => {
      let agree = 0;
      let pairs = 0;
      u.forEach((a, i) => u.forEach((b, j) => { if (i < j) { pairs += 1; if (a === b) agree += 1; } }));
      return agree / pairs;
    };
    expect(value('exact_agreement')).toBeCloseTo(units.reduce((s, u) => s + pairShare(u), 0) / units.length, 10);
    // Fleiss' kappa from pooled category shares.
    const shares = [0, 1, 2].map((k) => units.reduce((s, u) => s + u.filter((v) => v === k).length / u.length, 0) / units.length);
    const pe = shares.reduce((s, p) => s + p * p, 0);
    const pa = units.reduce((s, u) => s + pairShare(u), 0) / units.length;
    expect(value('fleiss_kappa')).toBeCloseTo((pa - pe) / (1 - pe), 10);
    expect(value('krippendorff_alpha_ordinal')).toBeCloseTo(pairwiseOrdinalAlpha(units), 10);
    for (const f of overall.figures) if (f.lower !== null) expect(f.lower).toBeLessThanOrEqual(f.upper!);
    // Criteria come largest spread first: 3.1.1 was rated Initiating, Developing and Established.
    expect(agreement.criteria[0]).toMatchObject({ criterionId: '3.1.1', spread: 2 });
    ok(await lead.closeProject({}));
  });

  it('hides other reviewers in blind mode, and reconciliation sets the consensus the report prints', async () => {
    const lead = newService('lead2');
    ok(await lead.openProject({ path: base }));
    ok(await lead.setReviewer({ name: 'Ben Cole' }));
    const blind = ok(await lead.setBlindRating({ on: true }));
    expect(blind.team.blind).toBe(true);
    // Ben sees his own seven ratings only, his Established on 1.2.1 included though the team disagrees.
    expect(blind.ratings.map((r) => r.reviewer)).toEqual(new Array(7).fill('Ben Cole'));
    expect(blind.ratings.find((r) => r.criterionId === '1.2.1')!.level).toBe('established');
    const open = ok(await lead.setBlindRating({ on: false }));
    expect(open.ratings.find((r) => r.criterionId === '1.2.1')).toBeUndefined();

    const reconciled = ok(await lead.reconcileCriterion({ criterionId: '1.2.1', level: 'developing', reason: 'Only two schools show the practice consistently.' }));
    expect(reconciled.ratings.find((r) => r.criterionId === '1.2.1')).toMatchObject({ level: 'developing', rationale: 'Only two schools show the practice consistently.', reviewer: 'Ben Cole' });
    expect(reconciled.team.awaitingReconciliation).not.toContain('1.2.1');
    const refused = await lead.reconcileCriterion({ criterionId: '1.1.1', level: 'developing', reason: ' ' });
    expect(refused.ok).toBe(false);

    const report = ok(await lead.getReportModel({}));
    const criterion = report.domains.flatMap((d) => d.clusters.flatMap((c) => c.criteria)).find((c) => c.criterionId === '1.2.1')!;
    expect(criterion.level).toBe('developing');
    // The methods appendix states the team, its agreement and how disagreements were settled.
    expect(report.methods.reviewTeam).toMatchObject({ reviewers: ['Ana Ruiz', 'Ben Cole', 'Chi Park'], items: 8, reconciled: 1 });
    expect(report.methods.reviewTeam!.disagreed).toBe(ok(await lead.getReview({})).team.awaitingReconciliation.length + 1);
    expect(report.methods.reviewTeam!.sentences.join(' ')).toMatch(/^3 reviewers \(Ana Ruiz, Ben Cole, Chi Park\) rated the criteria independently; 8 criteria were rated by two or more of them\./);
    // The individual ratings stay on record beside the consensus.
    const agreement = ok(await lead.getAgreement({}));
    expect(agreement.criteria.find((c) => c.criterionId === '1.2.1')).toMatchObject({ consensus: { level: 'developing' }, ratings: [{ reviewer: 'Ana Ruiz', level: 'developing' }, { reviewer: 'Ben Cole', level: 'established' }, { reviewer: 'Chi Park', level: 'established' }] });
    // Undo takes the consensus back, and the criterion waits again.
    const undone = ok(await lead.undoLastChange({}));
    expect(undone.ratings.find((r) => r.criterionId === '1.2.1')).toBeUndefined();
    const log = ok(await lead.listAuditLog({}));
    expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['merge', 'blind_on', 'blind_off', 'reconcile', 'undo']));
    // One process may hold a project open once: the next test opens it again.
    ok(await lead.closeProject({}));
  });

  it('refuses a file that is not a reviewer export, with the reason, and changes nothing', async () => {
    const lead = newService('lead3');
    ok(await lead.openProject({ path: base }));
    const before = ok(await lead.listAuditLog({})).length;
    const result = await lead.mergeReviewerWork({ json: '{"format":1,"kind":"something-else"}' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/not a reviewer's ratings exported by EquityLens/);
    expect(ok(await lead.listAuditLog({})).length).toBe(before);
  });
});
