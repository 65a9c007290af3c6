// Open code lists: values the metrics look for (a training program, a survey construct, a report-card
// measure) are recognised from their words; anything else is loaded as written and listed as such.
import { codeList } from './code-list';

export const PROGRAM_CODES = codeList(
  'program',
  [
    { code: 'anti_bias', label: 'Anti-bias' },
    { code: 'pbis', label: 'PBIS' },
    { code: 'restorative_practices', label: 'Restorative practices' },
    { code: 'mental_wellness', label: 'Mental wellness' },
    { code: 'anti_racism', label: 'Anti-racism' },
  ],
  [],
  {
    open: true,
    patterns: [
      { pattern: /anti[- ]?racis/i, value: 'anti_racism', confidence: 0.9 },
      { pattern: /anti[- ]?bias|implicit bias|unconscious bias/i, value: 'anti_bias', confidence: 0.9 },
      { pattern: /\bPBIS\b|positive behavio/i, value: 'pbis', confidence: 0.9 },
      { pattern: /restorative/i, value: 'restorative_practices', confidence: 0.9 },
      { pattern: /mental health|mental wellness|wellness|\bSEL\b|social[- ]emotional/i, value: 'mental_wellness', confidence: 0.85 },
    ],
  },
);

/** Survey item prefixes (BEL_01 -> BEL) and construct names -> constructs. */
export const CONSTRUCT_CODES = codeList(
  'construct',
  [
    { code: 'belonging', label: 'Belonging' },
    { code: 'safety', label: 'Safety' },
    { code: 'relationships', label: 'Relationships' },
    { code: 'fairness', label: 'Fairness' },
    { code: 'cultural_responsiveness', label: 'Cultural responsiveness' },
    { code: 'family_engagement', label: 'Family engagement' },
    { code: 'communication', label: 'Communication' },
    { code: 'welcoming', label: 'Welcoming' },
    { code: 'leadership', label: 'Leadership' },
    { code: 'collaboration', label: 'Collaboration' },
    { code: 'equity_climate', label: 'Equity climate' },
  ],
  [
    { keys: ['BEL', 'Belonging', 'Sense of belonging', 'School belonging'], value: 'belonging' },
    { keys: ['SAF', 'Safety', 'School safety'], value: 'safety' },
    { keys: ['REL', 'Relationships', 'Teacher-student relationships'], value: 'relationships' },
    { keys: ['FAIR', 'Fairness', 'Rules and fairness'], value: 'fairness' },
    { keys: ['CR', 'Cultural responsiveness', 'Culturally responsive'], value: 'cultural_responsiveness' },
    { keys: ['FENG', 'Family engagement', 'Engagement'], value: 'family_engagement' },
    { keys: ['FCOM', 'Communication', 'School communication'], value: 'communication' },
    { keys: ['FWEL', 'Welcoming', 'Welcoming environment'], value: 'welcoming' },
    { keys: ['SLEAD', 'Leadership', 'School leadership'], value: 'leadership' },
    { keys: ['SCOL', 'Collaboration', 'Staff collaboration'], value: 'collaboration' },
    { keys: ['SEQ', 'Equity climate', 'Equity'], value: 'equity_climate' },
  ],
  { open: true },
);

/**
 * Registry measures a report-card file may count, recognised from a file's name or a measure's own words.
 * Codes are the registry's aggregates measure ids, so a suggestion reads straight into its metric. A
 * measure column's values are never rewritten with these: they are kept as the file names them, and a
 * match is only suggested (with its confidence) for the user to confirm with --measure.
 */
export const MEASURE_CODES = codeList(
  'measure',
  [
    { code: 'chronic_absenteeism', label: 'Chronic absenteeism' },
    { code: 'out_of_school_suspension', label: 'Out-of-school suspension' },
    { code: 'in_school_suspension', label: 'In-school suspension' },
    { code: 'expulsion', label: 'Expulsion' },
    { code: 'law_enforcement_referral', label: 'Law-enforcement referral' },
    { code: 'graduation_4_year', label: 'Four-year graduation' },
    { code: 'cohort_dropout', label: 'Cohort dropout' },
    { code: 'ela_proficiency', label: 'ELA proficiency' },
    { code: 'math_proficiency', label: 'Math proficiency' },
    { code: 'special_education_identification', label: 'Special education identification' },
    { code: 'gifted_identification', label: 'Gifted identification' },
    { code: 'advanced_course_enrollment', label: 'Advanced course enrollment' },
    { code: 'enrollment', label: 'Enrollment' },
  ],
  [],
  {
    open: true,
    patterns: [
      { pattern: /chronic(ally)?[ _-]*absen/i, value: 'chronic_absenteeism', confidence: 0.95 },
      { pattern: /out[ _-]*of[ _-]*school[ _-]*suspension|\boss\b/i, value: 'out_of_school_suspension', confidence: 0.9 },
      { pattern: /in[ _-]*school[ _-]*suspension|\biss\b/i, value: 'in_school_suspension', confidence: 0.9 },
      { pattern: /expul/i, value: 'expulsion', confidence: 0.85 },
      { pattern: /law[ _-]*enforcement|referral/i, value: 'law_enforcement_referral', confidence: 0.8 },
      { pattern: /drop[ _-]*out/i, value: 'cohort_dropout', confidence: 0.85 },
      { pattern: /graduat|grad[ _-]*rate|cohort/i, value: 'graduation_4_year', confidence: 0.85 },
      { pattern: /(ela|english|reading).*(proficien|pass)|(proficien|pass).*(ela|english|reading)/i, value: 'ela_proficiency', confidence: 0.85 },
      { pattern: /math.*(proficien|pass)|(proficien|pass).*math/i, value: 'math_proficiency', confidence: 0.85 },
      { pattern: /special[ _-]*ed|disabilit|\bidea\b|\biep\b/i, value: 'special_education_identification', confidence: 0.75 },
      { pattern: /gifted|talented/i, value: 'gifted_identification', confidence: 0.8 },
      { pattern: /advanced[ _-]*course|\bap\b|\bib\b/i, value: 'advanced_course_enrollment', confidence: 0.75 },
      { pattern: /enrol(l)?ment|membership|demographic/i, value: 'enrollment', confidence: 0.8 },
    ],
  },
);
