// Runs the service in an Electron utility process (DuckDB work off the main thread) and calls it by
// request id; restarts the process if it dies and fails the calls that were in flight.
import { utilityProcess, type UtilityProcess } from 'electron';
import type { MethodName, Result, ServiceEvent } from '../analysis/api';
import { failure } from '../analysis/service/envelope';
import type { ServiceOptions } from '../analysis/service/service-options';
import { isFromServiceMessage, type ToServiceMessage } from './service-messages';

export const ENGINE_STOPPED_MESSAGE =
  'The EquityLens data engine stopped unexpectedly and has been restarted. Open your review again to continue; saved work is in the review file.';
const CLOSING_MESSAGE = 'EquityLens is closing.';
/** More crashes than this within the window and the engine is restarted only when next needed. */
const CRASH_LIMIT = 3;
const CRASH_WINDOW_MS = 60_000;
const DISPOSE_TIMEOUT_MS = 5_000;

export interface ServiceClientOptions {
  /** The bundled service-process.cjs. */
  modulePath: string;
  serviceOptions: ServiceOptions;
  /** Receives the service's progress events (forwarded to the window). */
  onEvent?: (event: ServiceEvent) => void;
  log?: (message: string) => void;
}

export interface ServiceClient {
  /** Forks the process now rather than on the first call, so DuckDB loads while the window does. */
  start(): void;
  call(method: MethodName, payload: unknown): Promise<Result<unknown>>;
  /** Asks the service to close its project, waits for the process to exit (killing it if it hangs). */
  dispose(): Promise<void>;
}

export function createServiceClient({ modulePath, serviceOptions, onEvent, log = defaultLog }: ServiceClientOptions): ServiceClient {
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const crashes: number[] = [];
  let child: UtilityProcess | null = null;
  let nextId = 1;
  let disposing = false;

  function failPending(message: string): void {
    for (const resolve of pending.values()) resolve(failure('internal', message));
    pending.clear();
  }

  function fork(): UtilityProcess {
    const engine = utilityProcess.fork(modulePath, [], { serviceName: 'EquityLens data engine', stdio: 'inherit' });
    engine.on('message', (message: unknown) => {
      if (!isFromServiceMessage(message)) return;
      if (message.type === 'event') return onEvent?.(message.event);
      if (message.type !== 'response') return;
      const resolve = pending.get(message.id);
      pending.delete(message.id);
      resolve?.(message.result);
    });
    engine.once('exit', (code) => {
      if (child !== engine) return;
      child = null;
      if (disposing) return;
      log(`data engine exited unexpectedly (code ${code})`);
      failPending(ENGINE_STOPPED_MESSAGE);
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0] < now - CRASH_WINDOW_MS) crashes.shift();
      // A crash loop (say, a native binding that cannot load) is not retried eagerly.
      if (crashes.length <= CRASH_LIMIT) ensureChild();
    });
    send(engine, { type: 'init', options: serviceOptions });
    return engine;
  }

  function ensureChild(): UtilityProcess {
    child ??= fork();
    return child;
  }

  return {
    start() {
      if (!disposing) ensureChild();
    },
    call(method, payload) {
      if (disposing) return Promise.resolve(failure('internal', CLOSING_MESSAGE));
      const target = ensureChild();
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        if (!send(target, { type: 'request', id, method, payload })) {
          pending.delete(id);
          resolve(failure('internal', 'EquityLens could not pass this request to its data engine. Please try again.'));
        }
      });
    },
    async dispose() {
      if (disposing) return;
      disposing = true;
      failPending(CLOSING_MESSAGE);
      const target = child;
      if (!target) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          log('data engine did not close in time; stopping it');
          target.kill();
          resolve();
        }, DISPOSE_TIMEOUT_MS);
        target.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        if (!send(target, { type: 'dispose' })) target.kill();
      });
      child = null;
    },
  };
}

function send(target: UtilityProcess, message: ToServiceMessage): boolean {
  try {
    target.postMessage(message);
    return true;
  } catch {
    return false;
  }
}

function defaultLog(message: string): void {
  console.error(`[equitylens] ${message}`);
}
