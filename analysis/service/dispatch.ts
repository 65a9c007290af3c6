// Turns an untrusted (method, payload) pair into a validated service call with an envelope result.
// Every host (Electron's service process, the web host, the command line) calls through here.
import type { EquityLensApi, MethodName, Result } from '../api';
import { describeValidationError, isMethodName, REQUEST_SCHEMAS } from './request-schemas';
import { failure } from './envelope';

export type Dispatch = (method: string, payload: unknown) => Promise<Result<unknown>>;

export function createDispatcher(service: EquityLensApi): Dispatch {
  return async (method, payload) => {
    if (!isMethodName(method)) return failure('unknown_method', `There is no service method named "${String(method).slice(0, 80)}".`);
    const parsed = REQUEST_SCHEMAS[method].safeParse(payload ?? {});
    if (!parsed.success) return failure('bad_request', describeValidationError(parsed.error));
    const call = service[method] as (request: unknown) => Promise<Result<unknown>>;
    return call.call(service, parsed.data);
  };
}

export type { MethodName };

/**
 * The service as a host sees it: every API method goes through the dispatcher, so its request is
 * validated by the same zod schemas as Electron's and the web host's; anything else (dispose) passes.
 */
export function validatedService<S extends EquityLensApi>(service: S): S {
  const dispatch = createDispatcher(service);
  return new Proxy(service, {
    get(target, property, receiver) {
      if (typeof property === 'string' && isMethodName(property)) return (request: unknown) => dispatch(property, request);
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
