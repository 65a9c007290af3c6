// Header synonyms for each canonical field, with where they come from: Ed-Fi, OneRoster, common
// student-information-system exports, state file layouts (sid, school_code, eco_dis, lep, iep), VDOE-style
// report cards, and the sample district. Headers are compared after normalizeHeader ("Student ID" = "studentid").
import type { ImportKind } from '../../api';
import { normalizeHeader } from '../normalize';

export type SynonymSource = 'Ed-Fi' | 'OneRoster' | 'SIS' | 'state layout' | 'report card' | 'sample district' | 'common';

export interface Synonym {
  /** Normalised header. */
  header: string;
  confidence: number;
  source: SynonymSource;
  /** A single year in this column is the year the school year starts (SchoolYearStart). */
  yearIs?: 'start';
  /** One part of a total (excused absences): summed with the other parts, dropped if the total is there. */
  part?: boolean;
}

type Table = Record<string, Synonym[]>;

function s(source: SynonymSource, confidence: number, headers: string[], extra: Pick<Synonym, 'yearIs' | 'part'> = {}): Synonym[] {
  return headers.map((header) => ({ header: normalizeHeader(header), confidence, source, ...extra }));
}

/** Fields that mean the same in every kind that has them. */
const COMMON: Table = {
  student_id: [
    ...s('common', 0.95, ['student_id', 'StudentID', 'Student Number', 'Student No', 'StudentNum', 'Stu_ID', 'StuID', 'Student', 'Local Student ID', 'LocalStudentId', 'Student Local ID', 'Pupil ID', 'Learner ID', 'Student Key', 'Student Identifier']),
    ...s('Ed-Fi', 0.95, ['StudentUniqueId', 'StudentUSI']),
    ...s('state layout', 0.9, ['sid', 'ssid', 'State Student ID', 'StateStudentId', 'SASID', 'LASID', 'Student State ID', 'PEIMS ID', 'Unique ID']),
    ...s('SIS', 0.9, ['PermID', 'Perm Num', 'Student Perm ID', 'Stu Num', 'StudentNo', 'Student_Number', 'Studentnumber', 'Pupil Number']),
    ...s('OneRoster', 0.7, ['userSourcedId']),
  ],
  school_id: [
    ...s('common', 0.95, ['school_id', 'SchoolID', 'School Code', 'SchoolCode', 'School Number', 'School No', 'Sch Code', 'SchCode', 'Sch_ID', 'Building Code', 'Building ID', 'Building', 'Site ID', 'Site Code', 'School Cd', 'SchNum']),
    ...s('Ed-Fi', 0.95, ['SchoolId', 'SchoolReference']),
    ...s('state layout', 0.9, ['school_code', 'Campus', 'Campus ID', 'Campus Number', 'CampusId', 'NCES School ID', 'School LEA ID']),
    ...s('SIS', 0.85, ['Location Code', 'LocationCode', 'Location ID', 'Loc Code', 'Test School Code', 'High School Code', 'Enrolled School']),
    ...s('OneRoster', 0.7, ['schoolSourcedId', 'orgSourcedId']),
    ...s('common', 0.6, ['School']),
  ],
  school_year: [
    ...s('common', 0.95, ['school_year', 'School Year', 'SchoolYear', 'SY', 'School Yr', 'Academic Year', 'AcadYear', 'Acad Year', 'School Year End', 'End Year', 'Year End', 'Data Year', 'Report Year', 'Reporting Year']),
    ...s('Ed-Fi', 0.95, ['SchoolYearTypeReference', 'SchoolYearType']),
    ...s('SIS', 0.9, ['Fiscal Year', 'FiscalYear', 'FY', 'Test Year', 'TestYear', 'Administration Year', 'Survey Year']),
    ...s('SIS', 0.9, ['School Year Start', 'SchoolYearStart', 'Start Year', 'Year Start', 'Begin Year', 'School Year Begin'], { yearIs: 'start' }),
    ...s('common', 0.7, ['Year', 'Yr', 'AY']),
  ],
  grade: [
    ...s('common', 0.95, ['grade', 'Grade Level', 'GradeLevel', 'grade_level', 'Gr', 'Grd', 'Current Grade', 'Enrolled Grade', 'Grade Lvl', 'Grade Code', 'Grade Tested', 'Test Grade', 'Tested Grade', 'Grade Assessed']),
    ...s('Ed-Fi', 0.95, ['EntryGradeLevelDescriptor', 'GradeLevelDescriptor', 'WhenAssessedGradeLevelDescriptor']),
    ...s('OneRoster', 0.85, ['grades']),
  ],
  sex: [
    ...s('common', 0.95, ['sex', 'Gender', 'Sex Code', 'Gender Code', 'Student Gender', 'Student Sex']),
    ...s('Ed-Fi', 0.95, ['SexDescriptor', 'BirthSexDescriptor']),
    ...s('state layout', 0.8, ['male']),
  ],
  race_ethnicity: [
    ...s('common', 0.95, ['race_ethnicity', 'Race Ethnicity', 'RaceEthnicity', 'Race/Ethnicity', 'Ethnicity Race', 'EthnicityRace', 'Race Eth', 'Federal Race', 'Federal Race Ethnicity', 'Reporting Race', 'Race Ethnicity Code', 'Ethnic Race', 'Ethnic Code']),
    ...s('common', 0.85, ['Race', 'Race Code']),
    ...s('common', 0.7, ['Ethnicity']),
    ...s('Ed-Fi', 0.8, ['RaceDescriptor']),
  ],
};

const BY_KIND: Record<ImportKind, Table> = {
  schools: {
    school_name: [...s('common', 0.95, ['school_name', 'School Name', 'SchoolName', 'Site Name', 'Campus Name', 'Location Name', 'Building Name', 'School Full Name']), ...s('Ed-Fi', 0.95, ['NameOfInstitution']), ...s('common', 0.7, ['Name'])],
    level: [...s('common', 0.95, ['School Type', 'SchoolType', 'School Level', 'SchoolLevel', 'Level', 'Grade Band', 'Instructional Level', 'School Category']), ...s('Ed-Fi', 0.9, ['SchoolCategoryDescriptor'])],
    community_school: s('sample district', 0.95, ['Community School', 'CommunitySchool', 'Is Community School', 'Full Service Community School', 'Community School Flag']),
    community_partner: s('sample district', 0.95, ['Lead Partner', 'LeadPartner', 'Community Partner', 'Partner', 'Partner Organization']),
    pathway: s('sample district', 0.95, ['Climate Pathway', 'ClimatePathway', 'Pathway', 'Climate Initiative', 'Culture and Climate Pathway']),
    implementation_phase: s('sample district', 0.95, ['Implementation Phase', 'ImplementationPhase', 'Phase', 'Implementation Stage', 'Stage']),
  },
  enrollment: {
    // OneRoster demographics are keyed by the user's sourcedId.
    student_id: s('OneRoster', 0.8, ['sourcedId']),
    hispanic: [...s('Ed-Fi', 0.95, ['HispanicLatinoEthnicity', 'Hispanic Latino Ethnicity']), ...s('OneRoster', 0.95, ['hispanicOrLatinoEthnicity']), ...s('common', 0.9, ['Hispanic', 'Hispanic or Latino', 'Hispanic Latino', 'Hispanic Flag', 'Hispanic Ind', 'Is Hispanic', 'Ethnic Hispanic', 'Latino'])],
    race_american_indian: [...s('OneRoster', 0.95, ['americanIndianOrAlaskaNative']), ...s('common', 0.9, ['American Indian', 'Race American Indian', 'Race AIAN', 'AIAN', 'Native American'])],
    race_asian: [...s('OneRoster', 0.95, ['asian']), ...s('common', 0.9, ['Race Asian'])],
    race_black: [...s('OneRoster', 0.95, ['blackOrAfricanAmerican']), ...s('common', 0.9, ['Black', 'Race Black', 'African American'])],
    race_pacific_islander: [...s('OneRoster', 0.95, ['nativeHawaiianOrOtherPacificIslander']), ...s('common', 0.9, ['Pacific Islander', 'Native Hawaiian', 'Race Pacific Islander', 'Race NHPI', 'NHPI'])],
    race_white: [...s('OneRoster', 0.95, ['white']), ...s('common', 0.9, ['Race White'])],
    race_mena: s('common', 0.9, ['middleEasternOrNorthAfrican', 'Middle Eastern or North African', 'MENA', 'Race MENA']),
    race_two_or_more: s('OneRoster', 0.95, ['demographicRaceTwoOrMoreRaces', 'Two or More Races', 'Multiracial']),
    race_codes: s('sample district', 0.9, ['Race Codes', 'RaceCodes', 'Races', 'Race List', 'All Races', 'Race Code List']),
    ell: [...s('state layout', 0.95, ['lep', 'ell', 'el', 'LEP Status', 'ELL Status', 'EL Status', 'LEP Flag', 'ELL Flag', 'English Learner', 'English Language Learner', 'Limited English Proficient', 'Current EL']), ...s('Ed-Fi', 0.9, ['LimitedEnglishProficiencyDescriptor', 'LimitedEnglishProficiency'])],
    swd: s('state layout', 0.95, ['iep', 'swd', 'sped', 'Special Education', 'Special Ed', 'SpecialEd', 'SPED Status', 'SPED Flag', 'Disability', 'Student With Disability', 'Students With Disabilities', 'Has IEP', 'IEP Status', 'IDEA']),
    section_504: s('common', 0.95, ['Sec504', 'Section 504', 'Section504', '504', 'Has 504', '504 Plan', 'Plan 504', 'Section 504 Status']),
    econ_disadv: [
      ...s('state layout', 0.95, ['eco_dis', 'econ_dis', 'EconDisadv', 'Econ Disadv', 'Economically Disadvantaged', 'Economic Disadvantage', 'Eco Disadv', 'Econ Disadvantaged', 'Low Income', 'FRL', 'FRPL', 'Free Reduced Lunch', 'Free/Reduced Lunch', 'Lunch Status', 'Meal Status', 'Poverty Flag']),
      ...s('common', 0.6, ['ED', 'Econ']),
    ],
    homeless: s('common', 0.95, ['Homeless', 'Homeless Status', 'McKinney Vento', 'McKinney-Vento Homeless', 'Homeless Flag', 'Homeless Ind']),
    foster: s('common', 0.95, ['Foster', 'Foster Care', 'FosterCare', 'In Foster Care', 'Foster Status', 'Foster Flag']),
    migrant: s('state layout', 0.95, ['migrant', 'Migrant Status', 'Migrant Flag', 'Migrant Ind']),
    gifted: s('common', 0.95, ['Gifted', 'GiftedTalented', 'Gifted Talented', 'Gifted and Talented', 'GT', 'GATE', 'TAG', 'Gifted Status']),
  },
  attendance: {
    days_enrolled: s('common', 0.95, ['days_enrolled', 'Days Enrolled', 'Days in Membership', 'Membership Days', 'Days Membership', 'Enrolled Days', 'Total Days Enrolled', 'Membership', 'Possible Days', 'Days Possible']),
    days_absent: [
      ...s('common', 0.95, ['days_absent', 'Days Absent', 'Absences', 'Total Absences', 'Absent Days', 'Days Abs', 'Total Days Absent', 'Absence Days']),
      ...s('SIS', 0.85, ['ABS_EXCUSED', 'Excused Absences', 'Days Excused', 'Excused', 'ABS_UNEXCUSED', 'Unexcused Absences', 'Days Unexcused', 'Unexcused'], { part: true }),
    ],
    days_present: s('common', 0.95, ['Days Present', 'DAYS_PRESENT', 'Days Attended', 'Attendance Days', 'Days in Attendance', 'Present Days']),
  },
  assessments: {
    subject: [...s('common', 0.95, ['subject', 'Subject Area', 'Test Subject', 'Content Area', 'Academic Subject', 'Assessment Subject']), ...s('Ed-Fi', 0.9, ['AcademicSubjectDescriptor'])],
    scale_score: [...s('common', 0.95, ['scale_score', 'Scale Score', 'ScaleScore', 'Scaled Score', 'SS', 'Scale Score Value']), ...s('Ed-Fi', 0.7, ['ScoreResult']), ...s('common', 0.6, ['Score'])],
    performance_level: [...s('common', 0.95, ['perf_level', 'Performance Level', 'PerformanceLevel', 'Perf Level', 'Proficiency Level', 'Achievement Level', 'Achievement Level Code']), ...s('Ed-Fi', 0.85, ['PerformanceLevelDescriptor'])],
    proficient: s('common', 0.95, ['proficient_flag', 'Proficient', 'Is Proficient', 'Proficient Flag', 'Met Standard', 'Meets Standard', 'Proficiency']),
  },
  discipline: {
    incident_id: [...s('common', 0.95, ['IncidentID', 'Incident ID', 'Incident Number', 'Incident No', 'Incident', 'Event ID', 'Discipline Incident ID', 'Referral ID']), ...s('Ed-Fi', 0.95, ['IncidentIdentifier'])],
    incident_date: [...s('common', 0.95, ['IncidentDate', 'Incident Date', 'Date of Incident', 'Event Date', 'Referral Date', 'Offense Date']), ...s('common', 0.6, ['Date'])],
    offense: [...s('common', 0.9, ['OffenseDesc', 'Offense Description', 'Offense', 'Behavior', 'Infraction', 'Violation', 'Incident Type']), ...s('Ed-Fi', 0.85, ['BehaviorDescriptor']), ...s('common', 0.7, ['OffenseCode', 'Offense Code', 'Behavior Code'])],
    action_type: [...s('common', 0.95, ['ActionCode', 'Action Code', 'Action Type', 'Action', 'Discipline Action', 'Consequence', 'Consequence Code', 'Sanction', 'Disposition']), ...s('Ed-Fi', 0.9, ['DisciplineDescriptor']), ...s('common', 0.75, ['ActionDesc', 'Action Description', 'Consequence Description'])],
    days_removed: [...s('common', 0.95, ['DaysRemoved', 'Days Removed', 'Suspension Days', 'Days Suspended', 'Duration', 'Number of Days', 'Length of Action']), ...s('Ed-Fi', 0.9, ['ActualDisciplineActionLength', 'DisciplineActionLength']), ...s('common', 0.6, ['Days'])],
  },
  courses: {
    course_id: [...s('common', 0.95, ['CourseCode', 'Course Code', 'Course ID', 'CourseID', 'Course Number', 'Course No', 'Course Num', 'Crs']), ...s('Ed-Fi', 0.9, ['LocalCourseCode', 'CourseReference'])],
    course_name: [...s('common', 0.95, ['CourseTitle', 'Course Title', 'Course Name', 'Course Description', 'Crs Name']), ...s('Ed-Fi', 0.9, ['LocalCourseTitle']), ...s('common', 0.6, ['Title'])],
    course_type: s('common', 0.95, ['CourseLevel', 'Course Level', 'Course Type', 'Rigor', 'Course Rigor', 'Academic Level', 'Course Category', 'Level']),
    completed: s('common', 0.9, ['FinalMark', 'Final Mark', 'Final Grade', 'Mark', 'Completed', 'Completion Status', 'Passed', 'Course Status', 'Course Outcome']),
    grade_level: s('common', 0.9, ['GradeLevel', 'Grade Level', 'Student Grade', 'Grade', 'Grade at Time']),
  },
  graduation: {
    cohort_year: s('common', 0.95, ['CohortYear', 'Cohort Year', 'Cohort', 'Graduation Cohort', 'Expected Graduation Year', 'Expected Grad Year', 'Class Of', 'Cohort Grad Year', 'Year of Graduation']),
    outcome: [...s('common', 0.95, ['CohortStatus', 'Cohort Status', 'Outcome', 'Graduation Status', 'Grad Status', 'Exit Status', 'Cohort Outcome']), ...s('Ed-Fi', 0.85, ['ExitWithdrawTypeDescriptor']), ...s('common', 0.6, ['Status', 'Exit Code', 'Diploma Type'])],
  },
  staff: {
    staff_id: [...s('common', 0.95, ['EmployeeID', 'Employee ID', 'Employee Number', 'Emp ID', 'EmpID', 'Employee', 'Staff ID', 'StaffID', 'Staff Number', 'Teacher ID', 'Emp No', 'HR ID']), ...s('Ed-Fi', 0.95, ['StaffUniqueId', 'StaffUSI'])],
    role: [...s('common', 0.95, ['PositionType', 'Position Type', 'Role', 'Job Category', 'Position Category', 'Job Type', 'Job Class', 'Staff Type']), ...s('Ed-Fi', 0.9, ['StaffClassificationDescriptor']), ...s('common', 0.7, ['Position', 'Assignment']), ...s('common', 0.5, ['JobTitle', 'Job Title'])],
    years_experience: [...s('common', 0.95, ['YearsExperience', 'Years Experience', 'Years of Experience', 'Experience', 'Total Experience', 'Total Years Experience', 'Yrs Exp', 'Teaching Experience']), ...s('Ed-Fi', 0.9, ['YearsOfPriorProfessionalExperience'])],
    certified: s('common', 0.95, ['CertificationStatus', 'Certification Status', 'Certified', 'Certification', 'License Status', 'Credential Status', 'Licensed', 'Fully Certified']),
    hire_date: [...s('common', 0.95, ['HireDate', 'Hire Date', 'Date Hired', 'Original Hire Date', 'District Hire Date', 'Employment Start Date']), ...s('common', 0.6, ['Start Date'])],
  },
  training: {
    staff_id: [...s('common', 0.95, ['EmployeeNumber', 'Employee Number', 'EmployeeID', 'Employee ID', 'Emp ID', 'Staff ID', 'StaffID', 'User ID', 'Learner ID']), ...s('Ed-Fi', 0.95, ['StaffUniqueId'])],
    program: [...s('common', 0.9, ['Program', 'Program Name', 'Training', 'Training Name', 'Session', 'Session Title', 'Workshop', 'PD Title', 'Activity', 'Module']), ...s('common', 0.8, ['CourseTitle', 'Course Title', 'Course Name'])],
    completed_date: [...s('common', 0.95, ['SessionDate', 'Session Date', 'Completed Date', 'Completion Date', 'Date Completed', 'Training Date', 'Attended Date']), ...s('common', 0.6, ['Date', 'End Date'])],
    completion_status: [...s('common', 0.9, ['Status', 'Completion Status', 'Attendance Status', 'Registration Status', 'Result']), ...s('common', 0.6, ['Completed'])],
  },
  surveys: {
    respondent_id: [...s('common', 0.95, ['ResponseId', 'Response ID', 'Respondent ID', 'RespondentID', 'Survey Response ID', 'Participant ID']), ...s('common', 0.5, ['ID'])],
    respondent_type: [...s('common', 0.95, ['RespondentType', 'Respondent Type', 'Respondent Role', 'Audience', 'User Type', 'Survey Type']), ...s('common', 0.6, ['Role', 'Respondent Group'])],
    school_year: s('SIS', 0.85, ['Administration', 'Survey Administration', 'Administration Year', 'Wave']),
    construct: [...s('common', 0.95, ['Construct', 'Scale', 'Topic', 'Factor']), ...s('common', 0.6, ['Domain', 'Category'])],
    item: s('common', 0.95, ['Item', 'Item ID', 'Question', 'Question ID', 'Item Code']),
    response: [...s('common', 0.95, ['Response', 'Answer', 'Response Value']), ...s('common', 0.6, ['Value', 'Score'])],
    favorable: s('common', 0.95, ['Favorable', 'Is Favorable']),
    respondent_race_ethnicity: [...s('common', 0.95, ['RaceEthnicity', 'Race Ethnicity', 'Race/Ethnicity', 'Respondent Race', 'Race']), ...s('common', 0.7, ['Ethnicity'])],
  },
  aggregates: {
    school_year: [...s('report card', 0.9, ['school_year', 'School Year', 'Year', 'Academic Year', 'Report Year']), ...s('report card', 0.85, ['Cohort Year', 'Graduation Year'])],
    level: [...s('report card', 0.9, ['Aggregation Level', 'Aggregate Level', 'Report Level', 'Entity Level', 'Org Level', 'Summary Level', 'Agg Level']), ...s('report card', 0.6, ['Level'])],
    // A unique code (DBN, school number, NCES id) beats a name, which two schools can share.
    school_id: [
      ...s('report card', 0.97, ['DBN', 'School ID', 'School Code', 'School Number', 'Sch Num', 'School No', 'NCES School ID', 'NCESSCH', 'NCES ID', 'State School ID', 'Building Code', 'Campus Number', 'SCH_ID', 'School DBN']),
      ...s('report card', 0.9, ['School', 'School Name', 'Sch Name', 'Campus Name', 'Building Name']),
      ...s('report card', 0.6, ['Name']),
    ],
    district_id: [
      ...s('report card', 0.95, ['Division', 'Division Name', 'Division Number', 'Div Num', 'Division Code', 'District', 'District Name', 'District ID', 'District Code', 'LEA', 'LEA Name', 'LEA ID', 'LEAID', 'LEA Code', 'NCES LEA ID']),
      ...s('report card', 0.7, ['Local Education Agency', 'School District', 'Corporation', 'System']),
    ],
    measure: s('report card', 0.95, ['Measure', 'Indicator', 'Metric', 'Measure Name']),
    group: s('report card', 0.95, ['Subgroup', 'Student Group', 'Group', 'Student Subgroup', 'Demographic', 'Reporting Category', 'Group Name', 'Population']),
    group_type: s('report card', 0.95, ['Group Type', 'Subgroup Type', 'Demographic Category', 'Subgroup Category', 'Reporting Category Type']),
    group_value: s('report card', 0.9, ['Group Value', 'Subgroup Value']),
    numerator: [...s('report card', 0.95, ['Numerator', 'Count', 'Number', 'N Students', 'n_students', 'Number Met', 'Count Met', 'Number Chronically Absent', 'Chronically Absent Count', 'Num Chronically Absent', 'Graduates', 'Total Graduates', 'Number of Graduates', 'Graduate Count', 'On-Time Graduates', 'Number Suspended', 'Students Suspended', 'Chronically Absent', 'Number Proficient', 'Count Proficient', 'ChronicAbsenteeismCount']), ...s('report card', 0.6, ['N'])],
    denominator: [
      ...s('report card', 0.95, ['Denominator', 'Total', 'Enrollment', 'Total Students', 'Number Enrolled', 'Total Count', 'Cohort Count', 'N Enrolled', 'Students in Cohort', 'Cohort Size', 'Adjusted Cohort', 'Total Enrollment', 'Number Tested', 'Students Enrolled', 'ChronicAbsenteeismEligibleCumulativeEnrollment', 'Cumulative Enrollment']),
      ...s('report card', 0.8, ['Cohort', 'Membership']),
    ],
    percent: s('report card', 0.95, ['Percent', 'Pct', 'Percentage', 'Rate', 'Percent Chronically Absent', 'Pct Chronically Absent', 'Chronic Absenteeism Rate']),
  },
};

/** The synonyms for one field of one kind: the kind's own first, then the ones shared by every kind. */
export function synonymsFor(kind: ImportKind, field: string): readonly Synonym[] {
  return [...(BY_KIND[kind][field] ?? []), ...(COMMON[field] ?? [])];
}
