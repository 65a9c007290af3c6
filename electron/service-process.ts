// Entry of the Electron utility process that owns DuckDB: builds the service and answers requests
// from the main process ({ id, method, payload } -> { id, result }) through the shared dispatcher.
import type { ParentPort } from 'electron';
import type { Result } from '../analysis/api';
import { createDispatcher, type Dispatch } from '../analysis/service/dispatch';
import { failure } from '../analysis/service/envelope';
import type { ServiceOptions } from '../analysis/service/service-options';
import { isToServiceMessage, type FromServiceMessage } from './service-messages';

// The isolated file reader is bundled beside this file; the service starts it with Electron run as Node.
if (typeof __dirname === 'string') process.env.EQUITYLENS_READER_SCRIPT ??= `${__dirname}/reader-child.cjs`;

const NOT_STARTED_MESSAGE = 'The EquityLens data engine could not start. Restart EquityLens; if this keeps happening, reinstall it.';

interface Engine {
  dispatch: Dispatch;
  dispose(): Promise<void>;
}

/**
 * Loaded lazily so that a native binding that fails to load (a damaged install) becomes an answer
 * the user can read instead of a process that dies at start and is restarted in a loop.
 */
async function startEngine(options: ServiceOptions, post: (message: FromServiceMessage) => void): Promise<Engine | null> {
  try {
    const { createService } = await import('../analysis/service/create-service');
    const service = createService(options);
    service.onEvent((event) => post({ type: 'event', event }));
    return { dispatch: createDispatcher(service), dispose: () => service.dispose() };
  } catch (error) {
    console.error(`[equitylens] data engine failed to start (${error instanceof Error ? error.name : typeof error})`);
    return null;
  }
}

function serve(port: ParentPort): void {
  let engine: Promise<Engine | null> | null = null;
  const post = (message: FromServiceMessage) => port.postMessage(message);

  port.on('message', ({ data }) => {
    if (!isToServiceMessage(data)) return;
    switch (data.type) {
      case 'init':
        engine ??= startEngine(data.options, post);
        return;
      case 'request':
        void answer(engine, data.method, data.payload).then((result) => postResult(post, data.id, result));
        return;
      case 'dispose':
        void shutDown(engine).then(() => {
          post({ type: 'disposed' });
          process.exit(0);
        });
        return;
    }
  });
}

async function answer(engine: Promise<Engine | null> | null, method: string, payload: unknown): Promise<Result<unknown>> {
  const started = await engine;
  if (!started) return failure('internal', NOT_STARTED_MESSAGE);
  try {
    return await started.dispatch(method, payload);
  } catch (error) {
    // The service answers with envelopes; this is the last line of defence for a bug that throws.
    console.error(`[equitylens] ${method} threw (${error instanceof Error ? error.name : typeof error})`);
    return failure('internal', 'Something went wrong inside EquityLens. The project was not changed by the failed step.');
  }
}

function postResult(post: (message: FromServiceMessage) => void, id: number, result: Result<unknown>): void {
  try {
    post({ type: 'response', id, result });
  } catch {
    // A value the structured clone cannot copy is a service bug; the caller still gets an answer.
    post({ type: 'response', id, result: failure('internal', 'EquityLens could not pass back the result of this request.') });
  }
}

async function shutDown(engine: Promise<Engine | null> | null): Promise<void> {
  try {
    await (await engine)?.dispose();
  } catch (error) {
    console.error(`[equitylens] data engine did not close cleanly (${error instanceof Error ? error.name : typeof error})`);
  }
}

serve(process.parentPort);
