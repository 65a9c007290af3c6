// What every handler module shares: the open project, the recent list, events and long-running tasks.
import path from 'node:path';
import type { ServiceEvent } from '../api';
import { AlreadyOpenFailure, type ProjectDatabase } from '../engine/project-database';
import { ServiceFailure } from './envelope';
import { RecentProjects } from './recent-projects';
import type { ServiceOptions } from './service-options';
import { TaskRegistry } from './tasks';

export class ServiceContext {
  readonly recent: RecentProjects;
  readonly tasks: TaskRegistry;
  private open: ProjectDatabase | null = null;
  private lifecycle: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(event: ServiceEvent) => void>();

  constructor(readonly options: ServiceOptions) {
    this.recent = new RecentProjects(options.dataDir);
    this.tasks = new TaskRegistry((event) => this.emit(event));
  }

  /** The open project; a call that needs one fails with a message the user can act on. */
  project(): ProjectDatabase {
    if (!this.open) throw new ServiceFailure('no_project', 'Open a review project first.');
    return this.open;
  }

  openProject(): ProjectDatabase | null {
    return this.open;
  }

  /**
   * Replaces the open project; serialised with every other switch. The new one is opened first, so a file
   * that fails to open leaves the current review open. Reopening the file that is open closes it first.
   */
  switchProject(load: (() => Promise<ProjectDatabase>) | null): Promise<ProjectDatabase | null> {
    return this.serially(async () => {
      if (!load) {
        this.open?.close();
        this.open = null;
        return null;
      }
      let next: ProjectDatabase;
      try {
        next = await load();
      } catch (error) {
        if (!(error instanceof AlreadyOpenFailure) || !this.open || path.resolve(error.file) !== path.resolve(this.open.path)) throw error;
        this.open.close();
        this.open = null;
        next = await load();
      }
      this.open?.close();
      this.open = next;
      return next;
    });
  }

  /** Opening and closing run one at a time, so two quick clicks cannot leave two files open. */
  serially<T>(body: () => Promise<T>): Promise<T> {
    const next = this.lifecycle.then(body, body);
    this.lifecycle = next.catch(() => undefined);
    return next;
  }

  onEvent(listener: (event: ServiceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ServiceEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
