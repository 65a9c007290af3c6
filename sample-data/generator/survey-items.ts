// The climate survey's items (one export column each), grouped by respondent type and construct.

export type RespondentType = 'student' | 'family' | 'staff';

export interface SurveyItem {
  /** Column name in the survey platform's export. */
  readonly code: string;
  readonly respondent: RespondentType;
  readonly construct: string;
  readonly text: string;
}

const item = (code: string, respondent: RespondentType, construct: string, text: string): SurveyItem => ({
  code, respondent, construct, text,
});

/** Every item is answered on a 1-4 agreement scale: 1 Strongly disagree ... 4 Strongly agree. */
export const SURVEY_ITEMS: readonly SurveyItem[] = [
  item('BEL_01', 'student', 'belonging', 'I feel like I belong at this school.'),
  item('BEL_02', 'student', 'belonging', 'Students like me are respected here.'),
  item('BEL_03', 'student', 'belonging', 'I am happy to be at this school.'),
  item('SAF_01', 'student', 'safety', 'I feel safe at school.'),
  item('SAF_02', 'student', 'safety', 'I feel safe going to and from school.'),
  item('REL_01', 'student', 'relationships', 'There is an adult at this school who cares about me.'),
  item('REL_02', 'student', 'relationships', 'My teachers believe I can do well.'),
  item('FAIR_01', 'student', 'fairness', 'School rules are applied fairly.'),
  item('FAIR_02', 'student', 'fairness', 'Students of all races are treated equally when they break the rules.'),
  item('CR_01', 'student', 'cultural_responsiveness', 'I see people like me in what I learn.'),
  item('FENG_01', 'family', 'family_engagement', 'The school asks for my opinion about decisions.'),
  item('FENG_02', 'family', 'family_engagement', 'I know how to help my child learn at home.'),
  item('FCOM_01', 'family', 'communication', 'The school communicates with me in a language I understand.'),
  item('FCOM_02', 'family', 'communication', 'I hear from the school about good things my child does.'),
  item('FWEL_01', 'family', 'welcoming', 'Families like mine are welcome at this school.'),
  item('SLEAD_01', 'staff', 'leadership', 'School leaders set a clear direction.'),
  item('SLEAD_02', 'staff', 'leadership', 'I trust the leadership of this school.'),
  item('SCOL_01', 'staff', 'collaboration', 'Staff here work together to improve instruction.'),
  item('SEQ_01', 'staff', 'equity_climate', 'This school addresses bias when it occurs.'),
  item('SEQ_02', 'staff', 'equity_climate', 'Staff of all backgrounds are valued here.'),
];

/** Export label of each respondent type. */
export const RESPONDENT_LABEL: Record<RespondentType, string> = {
  student: 'Student',
  family: 'Parent/Guardian',
  staff: 'Staff',
};
