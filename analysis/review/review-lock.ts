// One review call at a time per project: they share one DuckDB connection, and a transaction opened by
// one call must not see another call's statements (or a second BEGIN) interleaved into it.
import type { ProjectDatabase } from '../engine/project-database';

const queues = new WeakMap<ProjectDatabase, Promise<unknown>>();

export function exclusive<T>(database: ProjectDatabase, body: () => Promise<T>): Promise<T> {
  const previous = queues.get(database) ?? Promise.resolve();
  const next = previous.then(body, body);
  queues.set(
    database,
    next.catch(() => undefined),
  );
  return next;
}
