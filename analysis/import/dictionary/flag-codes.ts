// Yes/no codes -> true/false: the general spellings (Y/N, 1/0, TRUE/FALSE, Yes/No, X), and the flags whose
// exports use codes of their own (lunch status, course marks, certification, test results, completion).
import { codeList, type CodeEntry } from './code-list';

const YES = ['Y', 'Yes', '1', '01', '1.0', 'TRUE', 'T', 'X', 'On'];
const NO = ['N', 'No', '0', '00', '0.0', 'FALSE', 'F', 'Off'];
const NOT_REPORTED = ['Unknown', 'U', 'Not reported', 'Not applicable', 'N/A'];
const BOOLEAN = [
  { code: 'true', label: 'Yes' },
  { code: 'false', label: 'No' },
];

const generic: CodeEntry[] = [
  { keys: YES, value: 'true' },
  { keys: NO, value: 'false' },
  { keys: NOT_REPORTED, value: null, note: 'Means "not reported": loaded as missing.' },
];

export const FLAG_CODES = codeList('flag', BOOLEAN, generic);

/** Texas PEIMS ECONOMIC-DISADVANTAGE-CODE and lunch-status exports: any free, reduced or other disadvantage is yes. */
export const ECON_FLAG_CODES = codeList('flag_econ', BOOLEAN, [
  { keys: ['2', '02'], value: 'true', note: 'Eligible for reduced-price meals (Texas PEIMS code 02).' },
  { keys: ['9', '99'], value: 'true', note: 'Other economic disadvantage (Texas PEIMS code 99).' },
  { keys: ['Free', 'Reduced', 'Free lunch', 'Reduced lunch', 'Reduced-price', 'Free/Reduced', 'FRL', 'Low income', 'Economically disadvantaged', 'ED'], value: 'true' },
  { keys: ['Paid', 'Full price', 'Not economically disadvantaged', 'Not eligible', 'Non-ED'], value: 'false' },
  ...generic,
]);

export const ELL_FLAG_CODES = codeList('flag_ell', BOOLEAN, [
  { keys: ['LEP', 'EL', 'ELL', 'English learner', 'Limited', 'Limited English proficient', 'Current EL'], value: 'true' },
  { keys: ['Non-LEP', 'NEP', 'FEP', 'RFEP', 'IFEP', 'EO', 'English only', 'Reclassified', 'Not LEP', 'Not EL', 'Monitored', 'Former EL'], value: 'false', confidence: 0.85, note: 'Not a current English learner (fluent, reclassified or English only).' },
  ...generic,
]);

export const SWD_FLAG_CODES = codeList('flag_swd', BOOLEAN, [
  { keys: ['IEP', 'SPED', 'SWD', 'Special education', 'Disabled', 'Student with disability'], value: 'true' },
  { keys: ['Non-IEP', 'Gen Ed', 'General education', 'Regular education', 'No IEP'], value: 'false' },
  ...generic,
]);

/** A course counts as completed for a passing mark or a pass; failing, withdrawing or incomplete does not. */
export const COMPLETED_FLAG_CODES = codeList('flag_completed', BOOLEAN, [
  { keys: ['A', 'A+', 'A-', 'B', 'B+', 'B-', 'C', 'C+', 'C-', 'D', 'D+', 'D-', 'P', 'Pass', 'Passed', 'Completed', 'Complete', 'CR', 'Credit', 'S', 'Satisfactory'], value: 'true' },
  { keys: ['F', 'E', 'W', 'WF', 'WP', 'Fail', 'Failed', 'Withdrew', 'Withdrawn', 'I', 'INC', 'Incomplete', 'NC', 'No credit', 'U', 'Unsatisfactory'], value: 'false' },
  { keys: ['Y', 'Yes', '1', 'TRUE', 'T'], value: 'true' },
  { keys: ['N', 'No', '0', 'FALSE'], value: 'false' },
]);

/** Certification status from HR exports; "not required" (support staff) is neither. */
export const CERTIFIED_FLAG_CODES = codeList('flag_certified', BOOLEAN, [
  { keys: ['Professional', 'Initial', 'Standard', 'Certified', 'Licensed', 'Full', 'Fully certified', 'Clear', 'Permanent', 'Advanced', 'Continuing'], value: 'true' },
  { keys: ['Provisional', 'Emergency', 'Not certified', 'Uncertified', 'Intern', 'Waiver', 'Temporary', 'Probationary', 'Substitute permit', 'Out of field'], value: 'false' },
  { keys: ['Not required', 'Not applicable', 'N/A', 'NA', 'None required'], value: null, note: 'No certification applies (for example support staff): loaded as missing.' },
  ...generic,
]);

export const PROFICIENT_FLAG_CODES = codeList('flag_proficient', BOOLEAN, [
  { keys: ['Proficient', 'Advanced', 'Met', 'Meets', 'Exceeds', 'Exceeded', 'Met standard', 'Meets expectations', 'Exceeds expectations', 'Masters', 'Mastered', 'Distinguished'], value: 'true' },
  { keys: ['Not proficient', 'Below', 'Basic', 'Below basic', 'Not met', 'Did not meet', 'Partially met', 'Approaching', 'Approaches', 'Does not meet'], value: 'false' },
  ...generic,
]);

/** Professional-learning logs list registrations and no-shows too: only completions are training records. */
export const COMPLETION_CODES = codeList(
  'completion',
  [
    { code: 'completed', label: 'Completed (loaded)' },
    { code: 'not_completed', label: 'Not completed (not loaded)' },
  ],
  [
    { keys: ['Completed', 'Complete', 'Attended', 'Passed', 'Finished', 'Done', 'Y', 'Yes', '1', 'TRUE'], value: 'completed' },
    { keys: ['No Show', 'No-show', 'Noshow', 'Incomplete', 'Registered', 'Enrolled', 'Cancelled', 'Canceled', 'Withdrawn', 'Dropped', 'Not started', 'In progress', 'Absent', 'Failed', 'N', 'No', '0', 'FALSE'], value: 'not_completed' },
  ],
);
