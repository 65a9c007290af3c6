// Messages between the main process (service-client) and the service's utility process (service-process).
import type { Result, ServiceEvent } from '../analysis/api';
import type { ServiceOptions } from '../analysis/service/service-options';

export type ToServiceMessage =
  /** Sent once, first: where the service keeps its files. */
  | { type: 'init'; options: ServiceOptions }
  | { type: 'request'; id: number; method: string; payload: unknown }
  /** Close the project and DuckDB cleanly, then exit. */
  | { type: 'dispose' };

export type FromServiceMessage =
  | { type: 'response'; id: number; result: Result<unknown> }
  /** Progress of a long task, pushed as it happens. */
  | { type: 'event'; event: ServiceEvent }
  | { type: 'disposed' };

export function isFromServiceMessage(value: unknown): value is FromServiceMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<string, unknown>>;
  if (message.type === 'disposed') return true;
  if (message.type === 'event') return typeof message.event === 'object' && message.event !== null;
  return message.type === 'response' && typeof message.id === 'number' && typeof message.result === 'object' && message.result !== null;
}

export function isToServiceMessage(value: unknown): value is ToServiceMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<string, unknown>>;
  switch (message.type) {
    case 'init':
      return typeof message.options === 'object' && message.options !== null;
    case 'request':
      return typeof message.id === 'number' && typeof message.method === 'string';
    case 'dispose':
      return true;
    default:
      return false;
  }
}
