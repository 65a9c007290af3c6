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
};
