// The guided review's state in the renderer: the review as the service last confirmed it, and saving.
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Result, ReviewState } from '../../../../analysis/api';
import type { ApiClient } from '../../api/client';
import { useAppContext } from '../../app/app-context';

export type SaveStatus = { kind: 'idle' } | { kind: 'saving'; key: string } | { kind: 'saved'; key: string; at: number } | { kind: 'failed'; key: string; message: string };

export interface ReviewStoreState {
  /** The project the review belongs to; a different open project means reload. */
  projectPath: string | null;
  review: ReviewState | null;
  loadError: string | null;
  save: SaveStatus;
  /** A change waiting for the reviewer to say who they are (asked on the first change). */
  waitingForReviewer: (() => Promise<unknown>) | null;
}

export interface ReviewStoreActions {
  load(projectPath: string): Promise<void>;
  /**
   * Runs one change through the service. The review shown is replaced only by what the service
   * answers, so "Saved" always means saved. Resolves true when the change was saved.
   */
  change(key: string, call: () => Promise<Result<ReviewState>>): Promise<boolean>;
  /** Applies a review the service returned from another call (addEvidence answers with one). */
  accept(key: string, review: ReviewState): void;
  /** Who is reviewing; role and organisation are optional ('' clears one, absent keeps it). */
  setReviewer(name: string, profile?: { role?: string; organisation?: string }): Promise<boolean>;
  /** Opens the name prompt without a change waiting (to correct the name). */
  askReviewer(): void;
  cancelReviewerPrompt(): void;
}

export type ReviewStore = StoreApi<ReviewStoreState & ReviewStoreActions>;

function createReviewStore({ api }: ApiClient): ReviewStore {
  return createStore<ReviewStoreState & ReviewStoreActions>()((set, get) => {
    const change: ReviewStoreActions['change'] = async (key, call) => {
      const review = get().review;
      if (review && review.reviewer === null) {
        // Ask first; the change runs once a name is given.
        return new Promise<boolean>((resolve) => set({ waitingForReviewer: () => change(key, call).then(resolve) }));
      }
      set({ save: { kind: 'saving', key } });
      const result = await call();
      if (result.ok) set({ review: result.value, save: { kind: 'saved', key, at: Date.now() } });
      else set({ save: { kind: 'failed', key, message: result.error.message } });
      return result.ok;
    };
    return {
      projectPath: null,
      review: null,
      loadError: null,
      save: { kind: 'idle' },
      waitingForReviewer: null,
      load: async (projectPath) => {
        set({ projectPath, loadError: null, ...(get().projectPath === projectPath ? {} : { review: null, save: { kind: 'idle' } }) });
        const result = await api.getReview({});
        if (get().projectPath !== projectPath) return;
        set(result.ok ? { review: result.value } : { loadError: result.error.message });
      },
      change,
      accept: (key, review) => set({ review, save: { kind: 'saved', key, at: Date.now() } }),
      setReviewer: async (name, profile = {}) => {
        set({ save: { kind: 'saving', key: 'reviewer' } });
        const result = await api.setReviewer({ name, ...profile });
        if (!result.ok) {
          set({ save: { kind: 'failed', key: 'reviewer', message: result.error.message } });
          return false;
        }
        const pending = get().waitingForReviewer;
        set({ review: result.value, save: { kind: 'saved', key: 'reviewer', at: Date.now() }, waitingForReviewer: null });
        if (pending) await pending();
        return true;
      },
      askReviewer: () => set({ waitingForReviewer: async () => undefined }),
      cancelReviewerPrompt: () => set({ waitingForReviewer: null }),
    };
  });
}

const stores = new WeakMap<ApiClient, ReviewStore>();

export function useReviewStore<T>(select: (state: ReviewStoreState & ReviewStoreActions) => T): T {
  const { client } = useAppContext();
  let store = stores.get(client);
  if (!store) {
    store = createReviewStore(client);
    stores.set(client, store);
  }
  return useStore(store, select);
}
