// The calibration report: the template's vignettes and, for each reviewer who rated them, how far their
// ratings lie from the agreed answers.
import type { CalibrationReport, RatingLevel } from '../api';
import type { ProjectDatabase } from '../engine/project-database';
import { currentTemplate } from '../review/review-state';
import { allCriteria } from '../review/template-walk';
import { readCalibrationRatings } from './calibration-records';
import { calibrationDistances } from './calibration-distance';

export async function calibrationReport(database: ProjectDatabase): Promise<CalibrationReport> {
  const { template } = await currentTemplate(database);
  const titles = new Map(allCriteria(template).map((p) => [p.criterion.id, p.criterion.title]));
  const vignettes = template.calibration ?? [];
  const ratings = await readCalibrationRatings(database.connection);
  return {
    vignettes: vignettes.map((v) => ({ ...v, criterionTitle: titles.get(v.criterionId) ?? v.criterionId })),
    reviewers: calibrationDistances(vignettes, ratings.map((r) => ({ reviewer: r.reviewer, vignetteId: r.vignetteId, level: r.level as RatingLevel }))),
  };
}
