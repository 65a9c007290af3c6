// Runs service calls one at a time. They share the open project's DuckDB connection, and one
// connection cannot interleave two queries (a second stream cuts the first one's result short) or two
// transactions. Calls that must not wait (cancelling a running task) bypass the queue.
import type { EquityLensApi, MethodName } from '../api';

const CONCURRENT: ReadonlySet<MethodName> = new Set<MethodName>(['cancelTask', 'getAppInfo']);

export function queueCalls(api: EquityLensApi): EquityLensApi {
  let tail: Promise<unknown> = Promise.resolve();
  const queued = {} as Record<string, (request: unknown) => Promise<unknown>>;
  for (const [name, method] of Object.entries(api) as [MethodName, (request: unknown) => Promise<unknown>][]) {
    queued[name] = CONCURRENT.has(name)
      ? method
      : (request) => {
          const run = tail.then(() => method(request));
          tail = run.catch(() => undefined);
          return run;
        };
  }
  return queued as unknown as EquityLensApi;
}
