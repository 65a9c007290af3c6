// Orders service calls. Writes run one at a time on the project's shared connection (one connection cannot
// interleave two queries or two transactions). Reads run at once, each on a read connection of its own, so a
// chart answers while an import or a save runs. Opening and closing a project waits for running reads and
// holds new ones back, so no read meets a closing database. Cancelling a task never waits.
import type { EquityLensApi, MethodName } from '../api';

const CONCURRENT: ReadonlySet<MethodName> = new Set<MethodName>(['cancelTask', 'getAppInfo', 'listRecentProjects']);

/**
 * Calls that only read the project. The review is started when a project opens (project-handlers.ts), so
 * review, findings and report reads write nothing. A read that lazily builds a cache (metric facts)
 * serialises the build itself. Exports write files outside the project, never the project.
 */
export const READ_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'getProjectInfo',
  'getEnrollmentByGroup',
  'inspectImportFile',
  'listImports',
  'getQualityReport',
  'getProjectQuality',
  'listMappingProfiles',
  'listSavedViews',
  'listMetrics',
  'getMetricTable',
  'getDisparityTable',
  'getMetricSettings',
  'getExploreSources',
  'getReview',
  'listAuditLog',
  'listTemplates',
  'getTemplate',
  'exportTemplate',
  'getAgreement',
  'getCalibration',
  'exportReviewerWork',
  'getFindings',
  'getProgress',
  'getReportModel',
  'exportFindings',
  'exportReviewJson',
  'getSignals',
]);

const LIFECYCLE: ReadonlySet<MethodName> = new Set<MethodName>(['createProject', 'openProject', 'openSampleProject', 'closeProject']);

/** Runs a read on a connection of its own (the open project's), or as is when no project is open. */
export type ReadScope = <T>(body: () => Promise<T>) => Promise<T>;

export function queueCalls(api: EquityLensApi, readScope: ReadScope): EquityLensApi {
  let writes: Promise<unknown> = Promise.resolve();
  /** Settles when no project switch is pending: reads wait for it. */
  let switching: Promise<unknown> = Promise.resolve();
  const reads = new Set<Promise<unknown>>();
  const queued = {} as Record<string, (request: unknown) => Promise<unknown>>;
  for (const [name, method] of Object.entries(api) as [MethodName, (request: unknown) => Promise<unknown>][]) {
    if (CONCURRENT.has(name)) queued[name] = method;
    else if (READ_METHODS.has(name)) {
      queued[name] = (request) => {
        const run = switching.then(() => readScope(() => method(request)));
        const settled = run.catch(() => undefined);
        reads.add(settled);
        void settled.then(() => reads.delete(settled));
        return run;
      };
    } else {
      const lifecycle = LIFECYCLE.has(name);
      queued[name] = (request) => {
        const run = writes.then(async () => {
          if (lifecycle) await Promise.all(reads);
          return method(request);
        });
        writes = run.catch(() => undefined);
        if (lifecycle) switching = writes;
        return run;
      };
    }
  }
  return queued as unknown as EquityLensApi;
}
