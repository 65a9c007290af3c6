// Runs one import as a service task: a task id the client chooses, progress events for it, and cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportResult, Result, RunImportRequest } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';

export interface TaskProgress {
  phase: string;
  done: number;
  total: number | null;
}

export function useImportTask() {
  const { client } = useAppContext();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const taskId = useRef<string | null>(null);
  useEffect(
    () =>
      client.onServiceEvent((event) => {
        if (event.taskId !== taskId.current) return;
        if (event.type === 'progress') setProgress({ phase: event.phase, done: event.done, total: event.total });
      }),
    [client],
  );
  const start = useCallback(
    async (request: Omit<RunImportRequest, 'taskId'>): Promise<Result<ImportResult>> => {
      const id = crypto.randomUUID();
      taskId.current = id;
      setProgress({ phase: 'starting', done: 0, total: null });
      try {
        return await client.api.runImport({ ...request, taskId: id });
      } finally {
        taskId.current = null;
        setProgress(null);
      }
    },
    [client],
  );
  const cancel = useCallback(async () => {
    if (taskId.current) await client.api.cancelTask({ taskId: taskId.current });
  }, [client]);
  return { progress, start, cancel };
}
