// Gives components the service client and the project store without passing them down by hand.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { ApiClient } from '../api/client';
import type { ProjectActions, ProjectState, ProjectStore } from '../state/project-store';

export interface AppContextValue {
  client: ApiClient;
  store: ProjectStore;
}

export const AppContext = createContext<AppContextValue | null>(null);

export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext is used outside <AppContext.Provider>');
  return value;
}

export function useProject<T>(select: (state: ProjectState & ProjectActions) => T): T {
  return useStore(useAppContext().store, select);
}
