import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import type { ScanState, ScanStore } from './scan-store.ts';

interface ScanContextValue {
  questionnaire: Questionnaire;
  store: ScanStore;
}

const ScanContext = createContext<ScanContextValue | null>(null);

/** Makes the questionnaire and the scan store available, and keeps the store in step with other tabs. */
export function ScanProvider({ questionnaire, store, children }: ScanContextValue & { children: ReactNode }) {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => store.handleStorageEvent(event);
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return <ScanContext.Provider value={{ questionnaire, store }}>{children}</ScanContext.Provider>;
}

function useScanContext(): ScanContextValue {
  const value = useContext(ScanContext);
  if (!value) throw new Error('useScanContext must be used inside <ScanProvider>');
  return value;
}

export function useQuestionnaire(): Questionnaire {
  return useScanContext().questionnaire;
}

export function useScanStore(): ScanStore {
  return useScanContext().store;
}

/** The current answers and storage status; re-renders on every change. */
export function useScanState(): ScanState {
  const store = useScanStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
