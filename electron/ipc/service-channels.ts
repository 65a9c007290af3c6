// One IPC channel per service method (service:<method>), each validated by that method's request schema.
import { METHOD_NAMES, type MethodName, type Result } from '../../analysis/api';
import { REQUEST_SCHEMAS } from '../../analysis/service/request-schemas';
import { serviceChannel } from './channels';
import type { HandlerRegistry } from './register-handler';

/** Forwards a validated request to the service (in its utility process). */
export type ServiceCall = (method: MethodName, payload: unknown) => Promise<Result<unknown>>;

export function registerServiceChannels(registry: HandlerRegistry, call: ServiceCall): void {
  // A fixed channel per method, not one generic channel: the allowed calls are exactly METHOD_NAMES.
  for (const method of METHOD_NAMES) {
    registry.registerHandler(serviceChannel(method), REQUEST_SCHEMAS[method], (payload) => call(method, payload));
  }
}
