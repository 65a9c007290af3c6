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

/** What report-card files count, recognised from a measure column or the file's name. */
export const MEASURE_CODES = codeList(
  'measure',
  [
    { code: 'chronic_absenteeism', label: 'Chronic absenteeism' },
    { code: 'out_of_school_suspension', label: 'Out-of-school suspension' },
    { code: 'graduation', label: 'Graduation' },
    { code: 'proficiency_ela', label: 'ELA proficiency' },
    { code: 'proficiency_math', label: 'Math proficiency' },
    { code: 'enrollment', label: 'Enrollment' },
  ],
  [],
  {
    open: true,
    patterns: [
      { pattern: /chronic(ally)?[ _-]*absen/i, value: 'chronic_absenteeism', confidence: 0.95 },
      { pattern: /out[ _-]*of[ _-]*school[ _-]*suspension|\boss\b/i, value: 'out_of_school_suspension', confidence: 0.9 },
      { pattern: /graduation|grad[ _-]*rate|cohort/i, value: 'graduation', confidence: 0.85 },
      { pattern: /(ela|english|reading).*(proficien|pass)|(proficien|pass).*(ela|english|reading)/i, value: 'proficiency_ela', confidence: 0.85 },
      { pattern: /math.*(proficien|pass)|(proficien|pass).*math/i, value: 'proficiency_math', confidence: 0.85 },
      { pattern: /enrol(l)?ment|membership/i, value: 'enrollment', confidence: 0.8 },
    ],
  },
);
