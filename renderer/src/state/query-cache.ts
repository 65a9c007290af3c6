// Service results cached by request key, with in-flight de-duplication, for React components.
import { useEffect, useSyncExternalStore } from 'react';
import type { Result } from '../../../analysis/api';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: T };

const LOADING: QueryState<never> = { status: 'loading' };
const MAX_ENTRIES = 200;
const states = new Map<string, QueryState<unknown>>();
const inFlight = new Set<string>();
const listeners = new Set<() => void>();
/** The open project's data version (imports plus settings): answers from another version are stale. */
let dataVersion = '';

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function settle(key: string, result: Result<unknown>): void {
  inFlight.delete(key);
  states.set(key, result.ok ? { status: 'ready', value: result.value } : { status: 'error', message: result.error.message });
  if (states.size > MAX_ENTRIES) states.delete(states.keys().next().value!);
  listeners.forEach((listener) => listener());
}

function request(key: string, fetcher: () => Promise<Result<unknown>>): void {
  if (states.has(key) || inFlight.has(key)) return;
  inFlight.add(key);
  fetcher().then((result) => settle(key, result));
}

/**
 * The result of a service call, keyed so that equal requests share one call and one cached answer.
 * Pass a stable fetcher (useCallback): the key decides when to ask again.
 */
export function useServiceQuery<T>(requestKey: string, fetcher: () => Promise<Result<T>>): QueryState<T> {
  const key = `${dataVersion}\u0001${requestKey}`;
  const state = useSyncExternalStore(subscribe, () => states.get(key) ?? LOADING);
  // Re-runs when the answer is dropped (clearQueryCache), so a cleared query asks again.
  useEffect(() => request(key, fetcher), [key, fetcher, state]);
  return state as QueryState<T>;
}

/** Keys answers by the project's data version; a new version (an import, a setting) forgets the old answers. */
export function setDataVersion(version: string): void {
  if (version === dataVersion) return;
  dataVersion = version;
  clearQueryCache();
}

/** Forgets every answer: called whenever the open project changes, since every answer came from it. */
export function clearQueryCache(): void {
  states.clear();
  listeners.forEach((listener) => listener());
}
