// One valid request per service method. Typed over every method, so adding a method to the contract
// without an example here fails the typecheck, and the transport tests cover it automatically.
import type { MethodName, RequestOf } from '../../analysis/api';

export const EXAMPLE_REQUESTS: { [M in MethodName]: RequestOf<M> } = {
  getAppInfo: {},
  createProject: { path: '/r/a.duckdb', name: 'Review', districtName: 'District' },
  openProject: { path: '/r/a.duckdb' },
  openSampleProject: {},
  closeProject: {},
  getProjectInfo: {},
  listRecentProjects: {},
  cancelTask: { taskId: 'task-0001' },
  getEnrollmentByGroup: { groupType: 'sex' },
  listSavedViews: {},
  saveView: { title: 'OSS by race', query: 'metric=out_of_school_suspension&by=race_ethnicity' },
  deleteSavedView: { viewId: '4b1b5f58-8f0c-4d2a-9a55-0d3c2b7e6a11' },
  // --- review teams ---
  setBlindRating: { on: true },
  reconcileCriterion: { criterionId: '1.2.3', level: 'developing', reason: 'The team agreed after reading the discipline data together.' },
  getAgreement: {},
  exportReviewerWork: { reviewer: 'Dana Whitfield' },
  mergeReviewerWork: { json: '{"format":1}' },
  rateCalibration: { vignetteId: 'cal-1', level: 'initiating', reviewer: 'Dana Whitfield' },
  getCalibration: {},
  exportChartXlsx: { baseName: 'oss-by-race', metadata: [['Place', 'Riverside Unified']], columns: ['Group', 'Value (%)'], rows: [['Black or African American', 8.6]], internal: false },
  getExploreSources: { metricId: 'out_of_school_suspension', filters: { schoolLevels: ['high'] } },
  // --- review (issue 6) ---
  getReview: {},
  rateCriterion: { criterionId: '1.2.3', level: 'developing', rationale: 'Suspensions fell at the restorative-practice schools.' },
  setRollupRule: { rule: 'lowest' },
  overrideRollup: { scope: 'cluster', id: 'd1.engagement', level: 'initiating', reason: 'Interviews describe exclusion as routine.' },
  addEvidence: { evidence: { kind: 'interview', title: 'Principal interview', source: 'Principal, Lincoln Middle', date: '2024-03-14' }, criterionIds: ['1.2.3'] },
  linkEvidence: { evidenceId: 1, criterionId: '1.2.4' },
  unlinkEvidence: { evidenceId: 1, criterionId: '1.2.4' },
  undoLastChange: {},
  listAuditLog: { limit: 50 },
  setReviewer: { name: 'Dana Reviewer', role: 'lead reviewer', organisation: 'Riverside Consulting' },
  listTemplates: {},
  getTemplate: { templateId: 'district-equity-sqr' },
  duplicateTemplate: { templateId: 'district-equity-sqr', name: 'Riverside variant' },
  updateTemplate: {
    templateId: 'riverside-variant',
    template: {
      schemaVersion: 1,
      id: 'riverside-variant',
      name: 'Riverside variant',
      domains: [
        {
          id: 'd1',
          number: 1,
          name: 'Student Learning and Development Outcomes',
          clusters: [
            {
              id: 'd1.c1',
              name: 'Discipline',
              criteria: [
                {
                  id: '1.1.1',
                  title: 'Exclusionary discipline',
                  looksFor: 'Suspension risk ratios by group.',
                  descriptors: { initiating: 'Large gaps.', developing: 'Narrowing gaps.', established: 'Small gaps.' },
                  evidenceTypes: ['quantitative'],
                },
              ],
            },
          ],
        },
      ],
    },
  },
  importTemplate: { json: '{"schemaVersion": 1}' },
  exportTemplate: { templateId: 'district-equity-sqr', version: 1 },
  useTemplate: { templateId: 'district-equity-sqr' },
  // --- import (issue 3) ---
  inspectImportFile: { path: '/r/enrollment.csv' },
  runImport: {
    taskId: 'task-0002',
    path: '/r/enrollment.csv',
    mapping: {
      kind: 'enrollment',
      layout: 'rows',
      columns: [
        { source: 'StudentID', target: 'student_id' },
        { source: 'SchoolYear', target: 'school_year' },
        { source: 'SchoolCode', target: 'school_id' },
        { source: 'Notes', target: null },
      ],
      codes: [{ field: 'race_ethnicity', code: 'D', value: null }],
      constants: [],
      schoolYearIs: 'end',
    },
    saveProfileAs: 'SIS enrollment',
    onDuplicate: 'replace',
  },
  listImports: {},
  getQualityReport: { importId: 1 },
  getProjectQuality: {},
  listMappingProfiles: {},
  // --- metrics (issue 4) ---
  listMetrics: {},
  getMetricTable: { metricId: 'out_of_school_suspension', groupBy: ['race_ethnicity'], filters: { years: [2024] }, reference: { kind: 'all_others' } },
  getDisparityTable: { measure: 'out_of_school_suspension', groupType: 'race_ethnicity' },
  getMetricSettings: {},
  updateMetricSettings: { riskRatio: { threshold: 3 } },
  // --- findings and report (issue 7) ---
  getFindings: {},
  saveFinding: {
    finding: {
      domainId: 'd1',
      type: 'limiting_factor',
      title: 'Exclusionary discipline falls hardest on Black students',
      text: 'Black students are suspended out of school at twice the rate of all other students, three years running.',
      criterionIds: ['1.2.3'],
      evidenceIds: [1],
    },
  },
  saveRecommendation: { recommendation: { domainId: 'd1', priority: 'high', text: 'Adopt restorative practices district-wide.', findingIds: [1] } },
  saveActionItem: {
    item: {
      domainId: 'd1',
      criterionId: '1.2.3',
      title: 'Restorative practices in every middle school',
      owner: 'Director of Student Services',
      timeline: '2024-25 to 2026-27',
      status: 'planned',
      benchmark: { metricId: 'out_of_school_suspension', statistic: 'risk_ratio', groupType: 'race_ethnicity', group: 'black', target: 1.5, targetYear: 2027 },
    },
  },
  deleteFindingsRecord: { kind: 'finding', id: 1 },
  seedActionPlan: {},
  setReportCover: { title: 'Equity review', reviewStart: '2024-09-01', reviewEnd: '2024-12-15', reviewers: ['Dana Reyes'], preparedFor: 'Board of Education' },
  getReportModel: { internal: false },
  exportFindings: { format: 'csv', table: 'action_plan' },
  exportReviewJson: {},
  // --- signals ---
  getSignals: { metricId: 'out_of_school_suspension', signalsOnly: true },
  updateSignalSettings: { falseDiscoveryRate: 0.1 },
};
