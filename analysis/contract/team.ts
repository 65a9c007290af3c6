// Contract types for review teams: blind rating, merging reviewers' work, agreement and reconciliation.
import type { RatingLevel } from './review';

/** A member of the team as the report names them: "Dana Whitfield, lead reviewer, Riverside Consulting". */
export interface ReviewerProfile {
  name: string;
  role: string | null;
  organisation: string | null;
}

export interface TeamState {
  /** While on, each reviewer sees only their own ratings and rationales (suggestions and evidence stay shared). */
  blind: boolean;
  /** Everyone who has rated in this review, in the order they first rated. */
  reviewers: string[];
  /** Everyone on the team (who has rated, calibrated or named themselves), with role and organisation. */
  people: ReviewerProfile[];
  /** Criteria whose reviewers disagree and that have no consensus yet (unrated until reconciled). */
  awaitingReconciliation: string[];
}

export interface SetBlindRatingRequest {
  on: boolean;
}

export interface ReconcileCriterionRequest {
  criterionId: string;
  /** null removes the consensus (the criterion goes back to what its reviewers' ratings say). */
  level: RatingLevel | null;
  reason: string;
}

export interface ExportReviewerWorkRequest {
  reviewer: string;
}

export interface ReviewerWorkFile {
  fileName: string;
  json: string;
}

export interface MergeReviewerWorkRequest {
  json: string;
}

export interface MergeConflict {
  criterionId: string;
  kept: { level: RatingLevel; ratedAt: string };
  incoming: { level: RatingLevel; ratedAt: string };
}

/** What a merge did: it touches only the file's reviewer's ratings, never anyone else's. */
export interface MergeReport {
  reviewer: string;
  added: number;
  updated: number;
  unchanged: number;
  /** The project held a newer, different rating by the same reviewer: it was kept. */
  conflicts: MergeConflict[];
  /** Criteria (and "calibration <id>" vignettes) the file rates that this review's template does not have. */
  skipped: string[];
  /** Calibration ratings added or updated (new here, or newer than this project's). */
  calibrationMerged: number;
  /** The file's role or organisation filled in what this project had not recorded (the lead's record wins). */
  profileFilled: boolean;
}

export interface AgreementFigure {
  id: string;
  label: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
}

export interface AgreementScope {
  scope: 'overall' | 'domain' | 'cluster';
  id: string;
  name: string;
  /** Criteria rated by at least two reviewers: the items the figures rest on. */
  items: number;
  figures: AgreementFigure[];
}

export interface CriterionDisagreement {
  criterionId: string;
  title: string;
  /** Each reviewer's rating and rationale; null where they have not rated it. */
  ratings: { reviewer: string; level: RatingLevel | null; rationale: string }[];
  /** Levels between the lowest and the highest rating (0 when all agree). */
  spread: number;
  /** Share of pairs of reviewers who gave the same level. */
  exactAgreement: number | null;
  consensus: { level: RatingLevel; reason: string; reconciledBy: string; at: string } | null;
}

export interface AgreementReport {
  reviewers: string[];
  scopes: AgreementScope[];
  /** Every criterion rated by two or more reviewers, largest spread first. */
  criteria: CriterionDisagreement[];
}

export interface RateCalibrationRequest {
  vignetteId: string;
  /** null clears the reviewer's calibration rating. */
  level: RatingLevel | null;
  /** Rate as this reviewer instead of the current one. */
  reviewer?: string;
}

/** One reviewer's rating of one vignette, and how many levels it lies from the agreed answer. */
export interface CalibrationAnswer {
  vignetteId: string;
  level: RatingLevel;
  /** |level - agreed level| on the three-level scale: 0, 1 or 2. */
  distance: number;
}

export interface ReviewerCalibration {
  reviewer: string;
  /** Vignettes this reviewer has rated. */
  rated: number;
  exactMatches: number;
  /** Mean absolute distance in levels over the vignettes rated; null before any. */
  meanAbsoluteDistance: number | null;
  answers: CalibrationAnswer[];
}

export interface CalibrationReport {
  /** The vignettes of the review's template, with the title of the criterion each illustrates. */
  vignettes: { id: string; criterionId: string; criterionTitle: string; scenario: string; agreedLevel: RatingLevel; reason: string }[];
  /** Everyone who has rated a vignette, in the order they first did. */
  reviewers: ReviewerCalibration[];
}
