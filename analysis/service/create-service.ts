// The service: the one implementation of the contract in analysis/api.ts, shared by every host.
import type { EquityLensApi, ProjectInfo } from '../api';
import { LATEST_SCHEMA_VERSION } from '../engine/migrations';
import { ProjectDatabase } from '../engine/project-database';
import { enrollmentByGroup } from './enrollment-overview';
import { guard, ServiceFailure } from './envelope';
import { readProjectInfo } from './project-info';
import { readSuppressionSettings } from './project-settings';
import { RecentProjects } from './recent-projects';
import { createProject, openSampleProject } from './sample-project';
import type { ServiceOptions } from './service-options';

export interface EquityLensService extends EquityLensApi {
  dispose(): Promise<void>;
}

export function createService(options: ServiceOptions): EquityLensService {
  const recent = new RecentProjects(options.dataDir);
  let open: ProjectDatabase | null = null;
  // Opening and closing are serialised so two quick clicks cannot leave two files open.
  let lifecycle: Promise<unknown> = Promise.resolve();
  const serially = <T>(body: () => Promise<T>): Promise<T> => {
    const next = lifecycle.then(body, body);
    lifecycle = next.catch(() => undefined);
    return next;
  };

  const requireProject = (): ProjectDatabase => {
    if (!open) throw new ServiceFailure('no_project', 'Open a review project first.');
    return open;
  };

  const switchTo = async (load: () => Promise<ProjectDatabase>, remember: boolean): Promise<ProjectInfo> => {
    open?.close();
    open = null;
    open = await load();
    const info = await readProjectInfo(open);
    recent.remember(info, !remember);
    return info;
  };

  return {
    getAppInfo: () => guard(async () => ({ appVersion: options.appVersion, schemaVersion: LATEST_SCHEMA_VERSION, host: options.host })),
    createProject: (request) =>
      guard(() =>
        serially(() =>
          switchTo(() => {
            const project = { name: request.name, districtName: request.districtName, appVersion: options.appVersion };
            return createProject(request.path, project, request.withSampleData ? options.sampleDataDir : undefined);
          }, true),
        ),
      ),
    openProject: (request) => guard(() => serially(() => switchTo(() => ProjectDatabase.open(request.path), true))),
    // The sample lives in the app's data folder; it is not added to the recent list.
    openSampleProject: () => guard(() => serially(() => switchTo(() => openSampleProject(options.dataDir, options.sampleDataDir, options.appVersion), false))),
    closeProject: () =>
      guard(() =>
        serially(async () => {
          open?.close();
          open = null;
          return null;
        }),
      ),
    getProjectInfo: () => guard(async () => (open ? readProjectInfo(open) : null)),
    listRecentProjects: () => guard(async () => recent.list()),
    getEnrollmentByGroup: (request) =>
      guard(async () => {
        const database = requireProject();
        return enrollmentByGroup(database, request.groupType, await readSuppressionSettings(database));
      }),
    dispose: async () => {
      await serially(async () => {
        open?.close();
        open = null;
      });
    },
  };
}
