// The rating scale, evidence kinds and roll-up rules in words: shared by the engine, CLI and renderer.
import type { EvidenceCategory, EvidenceKind, RatingLevel, RollupRule } from '../api';

export const RATING_LEVELS: readonly RatingLevel[] = ['initiating', 'developing', 'established'];

export const LEVEL_LABELS: Record<RatingLevel, string> = {
  initiating: 'Initiating',
  developing: 'Developing',
  established: 'Established',
};

/** 1-3, the number reviews print beside the label. */
export const LEVEL_NUMBERS: Record<RatingLevel, 1 | 2 | 3> = { initiating: 1, developing: 2, established: 3 };

export function levelFromNumber(value: number): RatingLevel {
  return RATING_LEVELS[Math.min(3, Math.max(1, Math.round(value))) - 1]!;
}

export const ROLLUP_RULE_LABELS: Record<RollupRule, string> = {
  median: 'Median',
  rounded_mean: 'Rounded mean',
  lowest: 'Lowest',
};

export const ROLLUP_RULE_DESCRIPTIONS: Record<RollupRule, string> = {
  median: 'The middle criterion rating; with an even number, the lower of the two middle ones.',
  rounded_mean: 'The average of the criterion ratings (1-3), rounded; an exact half rounds down.',
  lowest: 'The lowest criterion rating.',
};

export const EVIDENCE_CATEGORIES: readonly EvidenceCategory[] = ['quantitative', 'stakeholder_voice', 'observation_document'];

export const EVIDENCE_CATEGORY_LABELS: Record<EvidenceCategory, string> = {
  quantitative: 'Quantitative data',
  stakeholder_voice: 'Stakeholder voice',
  observation_document: 'Observation or document review',
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  metric_view: 'Chart or metric view',
  interview: 'Interview',
  focus_group: 'Focus group',
  listening_session: 'Listening session',
  observation: 'Observation',
  document_review: 'Document review',
  document: 'Document',
};

/** Which leg of the triangulation each kind of evidence stands on. */
export const EVIDENCE_KIND_CATEGORY: Record<EvidenceKind, EvidenceCategory> = {
  metric_view: 'quantitative',
  interview: 'stakeholder_voice',
  focus_group: 'stakeholder_voice',
  listening_session: 'stakeholder_voice',
  observation: 'observation_document',
  document_review: 'observation_document',
  document: 'observation_document',
};
