// The Findings screen's state: findings, recommendations and the action plan as the service last saved them.
import { useCallback, useEffect, useState } from 'react';
import type { FindingsState, Result, ReviewState } from '../../../../analysis/api';
import { useAppContext } from '../../app/app-context';

export interface FindingsScreenState {
  findings: FindingsState | null;
  review: ReviewState | null;
  error: string | null;
  status: string | null;
  /** Runs a change; the state shown is replaced only by what the service answers. Resolves true when saved. */
  change(what: string, call: () => Promise<Result<FindingsState>>): Promise<boolean>;
  setStatus(status: string | null): void;
  reload(): Promise<void>;
}

export function useFindingsState(projectPath: string): FindingsScreenState {
  const { client } = useAppContext();
  const [findings, setFindings] = useState<FindingsState | null>(null);
  const [review, setReview] = useState<ReviewState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const fetchBoth = useCallback(async () => [await client.api.getFindings({}), await client.api.getReview({})] as const, [client]);
  const apply = useCallback(([f, r]: readonly [Result<FindingsState>, Result<ReviewState>]) => {
    if (f.ok) setFindings(f.value);
    else setError(f.error.message);
    if (r.ok) setReview(r.value);
    else setError(r.error.message);
  }, []);
  const reload = useCallback(async () => apply(await fetchBoth()), [apply, fetchBoth]);
  useEffect(() => {
    let current = true;
    void fetchBoth().then((answers) => current && apply(answers));
    return () => {
      current = false;
    };
  }, [fetchBoth, apply, projectPath]);
  const change = useCallback(async (what: string, call: () => Promise<Result<FindingsState>>) => {
    setStatus(`Saving ${what}…`);
    const result = await call();
    if (result.ok) {
      setFindings(result.value);
      setStatus(`Saved ${what}.`);
    } else setStatus(result.error.message);
    return result.ok;
  }, []);
  return { findings, review, error, status, change, setStatus, reload };
}
