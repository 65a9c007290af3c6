// Long-running work (imports, report assembly) as tasks: progress events, and cancel by id.
import type { ServiceEvent } from '../api';
import { ServiceFailure } from './envelope';

export interface TaskHandle {
  readonly taskId: string;
  readonly signal: AbortSignal;
  /** Reports progress; throws a `cancelled` failure if the task was cancelled meanwhile. */
  progress(phase: string, done: number, total: number | null): void;
  /** Registers what to do on cancel (for example interrupting a DuckDB query). */
  onCancel(action: () => void): void;
}

export class TaskRegistry {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly emit: (event: ServiceEvent) => void) {}

  /** Runs body as the task `taskId` (chosen by the client, so it can cancel before the call returns). */
  async run<T>(taskId: string, kind: string, body: (task: TaskHandle) => Promise<T>): Promise<T> {
    if (this.running.has(taskId)) throw new ServiceFailure('bad_request', `A task with id ${taskId} is already running.`);
    const controller = new AbortController();
    this.running.set(taskId, controller);
    const handle: TaskHandle = {
      taskId,
      signal: controller.signal,
      progress: (phase, done, total) => {
        if (controller.signal.aborted) throw new ServiceFailure('cancelled', 'Cancelled. Nothing was changed.');
        this.emit({ type: 'progress', taskId, kind, phase, done, total });
      },
      onCancel: (action) => controller.signal.addEventListener('abort', action, { once: true }),
    };
    try {
      const value = await body(handle);
      if (controller.signal.aborted) throw new ServiceFailure('cancelled', 'Cancelled. Nothing was changed.');
      this.emit({ type: 'task-ended', taskId, kind, outcome: 'done' });
      return value;
    } catch (error) {
      const outcome = controller.signal.aborted ? 'cancelled' : 'failed';
      this.emit({ type: 'task-ended', taskId, kind, outcome });
      throw controller.signal.aborted ? new ServiceFailure('cancelled', 'Cancelled. Nothing was changed.') : error;
    } finally {
      this.running.delete(taskId);
    }
  }

  /** True when a running task was told to stop. */
  cancel(taskId: string): boolean {
    const controller = this.running.get(taskId);
    controller?.abort();
    return controller !== undefined;
  }
}
