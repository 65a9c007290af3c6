// The open project and the actions that change it: a small zustand store with pure transitions.
import { createStore } from 'zustand/vanilla';
import type { CreateProjectRequest, ProjectInfo, RecentProject, Result } from '../../../analysis/api';
import type { ApiClient } from '../api/client';
import { clearQueryCache, setDataVersion } from './query-cache';

export interface ProjectState {
  project: ProjectInfo | null;
  recent: RecentProject[];
  /** What the app is doing, for the status line ("Opening the sample district..."); null when idle. */
  busy: string | null;
  error: string | null;
  /** False until the first refresh has asked the service what is open (so a reload keeps its place). */
  loaded: boolean;
}

export interface ProjectActions {
  openSample(): Promise<boolean>;
  openPath(path: string): Promise<boolean>;
  create(request: CreateProjectRequest): Promise<boolean>;
  close(): Promise<void>;
  refresh(): Promise<void>;
  dismissError(): void;
}

export type ProjectStore = ReturnType<typeof createProjectStore>;

export function createProjectStore({ api }: ApiClient) {
  return createStore<ProjectState & ProjectActions>()((set) => {
    /** Runs one project-changing call, showing what is happening and any failure. */
    const change = async (busy: string, call: () => Promise<Result<ProjectInfo>>): Promise<boolean> => {
      set({ busy, error: null });
      const result = await call();
      if (result.ok) {
        clearQueryCache();
        setDataVersion(result.value.dataVersion);
      }
      const recent = await api.listRecentProjects({});
      set({
        busy: null,
        ...(result.ok ? { project: result.value } : { error: result.error.message }),
        recent: recent.ok ? recent.value : [],
      });
      return result.ok;
    };
    return {
      project: null,
      recent: [],
      busy: null,
      error: null,
      loaded: false,
      openSample: () => change('Opening the sample district…', () => api.openSampleProject({})),
      openPath: (path) => change('Opening the review…', () => api.openProject({ path })),
      create: (request) => change('Creating the review…', () => api.createProject(request)),
      close: async () => {
        await api.closeProject({});
        set({ project: null });
      },
      refresh: async () => {
        const [project, recent] = await Promise.all([api.getProjectInfo({}), api.listRecentProjects({})]);
        if (project.ok && project.value) setDataVersion(project.value.dataVersion);
        set({ project: project.ok ? project.value : null, recent: recent.ok ? recent.value : [], loaded: true });
      },
      dismissError: () => set({ error: null }),
    };
  });
}
