// Service methods for importing district exports: inspect a file, run an import as a cancellable task with
// progress, the import history, data-quality reports and mapping profiles.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { EquityLensApi } from '../../api';
import { ProjectDatabase } from '../../engine/project-database';
import { explainImportError } from '../../import/import-failure';
import { inspectFile } from '../../import/inspect';
import { listImports } from '../../import/log/import-log';
import { latestImportId, readQualityReport } from '../../import/log/quality-store';
import { listProfiles } from '../../import/mapping/profiles';
import { projectQuality } from '../../import/project-quality';
import { importFile } from '../../import/run-import';
import { developerNote, guard, ServiceFailure } from '../envelope';
import type { ServiceContext } from '../service-context';

type ImportMethods = 'inspectImportFile' | 'runImport' | 'listImports' | 'getQualityReport' | 'getProjectQuality' | 'listMappingProfiles';

/** Work on a connection of its own, so a long import never queues the app's short reads behind it. */
async function withConnection<T>(database: ProjectDatabase, body: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const connection = await database.connect();
  try {
    return await body(connection);
  } finally {
    connection.closeSync();
  }
}

/**
 * Unexpected errors go to the developer log by kind (never their message: it can quote data). A fatal
 * DuckDB error invalidates the whole database instance, so the project is reopened (the failed import's
 * transaction never committed, so the file is as it was).
 */
async function explained<T>(context: ServiceContext, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof ServiceFailure) throw error;
    console.error(developerNote('import failed', error));
    if (/FATAL|database has been invalidated/i.test(error instanceof Error ? error.message : String(error))) {
      const path = context.openProject()?.path;
      if (path) await context.switchProject(() => ProjectDatabase.open(path)).catch(() => context.switchProject(null));
      throw new ServiceFailure('internal', "EquityLens's data engine failed while reading this file, so the review was reopened. Nothing was changed.");
    }
    throw explainImportError(error);
  }
}

export function importHandlers(context: ServiceContext): Pick<EquityLensApi, ImportMethods> {
  return {
    inspectImportFile: (request) =>
      guard(() => explained(context, () => withConnection(context.project(), (connection) => inspectFile(connection, request.path, { sheet: request.sheet, kind: request.kind, profile: request.profile, mapping: request.mapping })))),
    runImport: (request) =>
      guard(() => {
        const database = context.project();
        return context.tasks.run(request.taskId, 'import', (task) =>
          explained(context, () =>
            withConnection(database, (connection) => {
              // Cancel stops the statement DuckDB is running; the transaction then rolls back whole.
              task.onCancel(() => connection.interrupt());
              const { taskId: _taskId, ...importRequest } = request;
              return database.transaction((c) => importFile(c, importRequest, { progress: task.progress, signal: task.signal }), connection);
            }),
          ),
        );
      }),
    listImports: () => guard(async () => listImports(context.project().connection)),
    getQualityReport: (request) =>
      guard(async () => {
        const { connection } = context.project();
        const importId = request.importId ?? (await latestImportId(connection));
        if (importId === null) return null;
        const report = await readQualityReport(connection, importId);
        if (!report) throw new ServiceFailure('not_found', `There is no import number ${importId} in this project.`);
        return report;
      }),
    getProjectQuality: () => guard(async () => projectQuality(context.project().connection)),
    listMappingProfiles: () => guard(async () => (await listProfiles(context.project().connection)).map(({ mapping: _mapping, ...summary }) => summary)),
  };
}
