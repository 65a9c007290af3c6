// The service: the one implementation of the contract in analysis/api.ts, shared by every host.
// Each feature contributes a handler module; this file only composes them.
import type { EquityLensApi, ServiceEvent } from '../api';
import { exploreHandlers } from './handlers/explore-handlers';
import { findingsHandlers } from './handlers/findings-handlers';
import { importHandlers } from './handlers/import-handlers';
import { metricHandlers } from './handlers/metric-handlers';
import { overviewHandlers } from './handlers/overview-handlers';
import { projectHandlers } from './handlers/project-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { reviewHandlers } from './handlers/review-handlers';
import { teamHandlers } from './handlers/team-handlers';
import { signalHandlers } from './handlers/signal-handlers';
import { sweepTempFolders } from '../import/source/temp-files';
import { queueCalls } from './call-queue';
import { ServiceContext } from './service-context';
import type { ServiceOptions } from './service-options';

export interface EquityLensService extends EquityLensApi {
  /** Progress of long tasks, for hosts to forward to the renderer. */
  onEvent(listener: (event: ServiceEvent) => void): () => void;
  dispose(): Promise<void>;
}

export function createService(options: ServiceOptions): EquityLensService {
  // Import scratch and DuckDB spill files of killed processes hold student rows: removed at every start.
  sweepTempFolders();
  const context = new ServiceContext(options);
  const api: EquityLensApi = queueCalls({
    ...projectHandlers(context),
    ...overviewHandlers(context),
    ...reviewHandlers(context),
    ...teamHandlers(context),
    ...importHandlers(context),
    ...metricHandlers(context),
    ...exploreHandlers(context),
    ...findingsHandlers(context),
    ...reportHandlers(context),
    ...signalHandlers(context),
  }, (body) => {
    const database = context.openProject();
    return database ? database.withReadConnection(body) : body();
  });
  return {
    ...api,
    onEvent: (listener) => context.onEvent(listener),
    dispose: async () => void (await context.switchProject(null)),
  };
}
