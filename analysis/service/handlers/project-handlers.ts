// Service methods for the project itself: create, open (or the sample), close, describe, recent list.
import type { EquityLensApi, ProjectInfo } from '../../api';
import { LATEST_SCHEMA_VERSION } from '../../engine/migrations';
import { ProjectDatabase } from '../../engine/project-database';
import { ensureReview } from '../../review/template-store';
import { guard } from '../envelope';
import { readProjectInfo } from '../project-info';
import { createProject, openSampleProject } from '../sample-project';
import type { ServiceContext } from '../service-context';

type ProjectMethods = 'getAppInfo' | 'createProject' | 'openProject' | 'openSampleProject' | 'closeProject' | 'getProjectInfo' | 'listRecentProjects' | 'cancelTask';

/**
 * Opens a project and starts its review (the built-in template) before any call sees it, so that review,
 * findings and report calls only read and can run on read connections. A failure closes the new file.
 */
async function loadWithReview(load: () => Promise<ProjectDatabase>): Promise<ProjectDatabase> {
  const database = await load();
  try {
    await ensureReview(database);
    return database;
  } catch (error) {
    database.close();
    throw error;
  }
}

export function projectHandlers(context: ServiceContext): Pick<EquityLensApi, ProjectMethods> {
  const { options } = context;
  const sample = { sampleDir: options.sampleDataDir, builtDir: options.builtSampleDir, fallbackDir: options.dataDir, appVersion: options.appVersion };
  const switchTo = async (load: () => Promise<ProjectDatabase>, remember: boolean): Promise<ProjectInfo> => {
    const database = (await context.switchProject(() => loadWithReview(load)))!;
    const info = await readProjectInfo(database);
    if (remember) context.recent.remember(info);
    return info;
  };
  return {
    getAppInfo: () => guard(async () => ({ appVersion: options.appVersion, schemaVersion: LATEST_SCHEMA_VERSION, host: options.host })),
    createProject: (request) =>
      guard(() =>
        switchTo(() => {
          const project = { name: request.name, districtName: request.districtName, appVersion: options.appVersion };
          return createProject(request.path, project, request.withSampleData ? sample : undefined);
        }, true),
      ),
    openProject: (request) => guard(() => switchTo(() => ProjectDatabase.open(request.path), true)),
    // The sample lives in the app's data folder; it is not added to the recent list.
    openSampleProject: () => guard(() => switchTo(() => openSampleProject(sample, options.dataDir), false)),
    closeProject: () =>
      guard(async () => {
        await context.switchProject(null);
        return null;
      }),
    getProjectInfo: () =>
      guard(async () => {
        const database = context.openProject();
        return database ? readProjectInfo(database) : null;
      }),
    listRecentProjects: () => guard(async () => context.recent.list()),
    cancelTask: (request) => guard(async () => context.tasks.cancel(request.taskId)),
  };
}
