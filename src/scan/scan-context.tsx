import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import type { ScanState, ScanStore } from './scan-store.ts';
import type { SnapshotState, SnapshotStore } from './snapshot-store.ts';
import type { WorkshopState, WorkshopStore } from './workshop-store.ts';

interface ScanContextValue {
  questionnaire: Questionnaire;
  store: ScanStore;
  snapshots: SnapshotStore;
  workshop: WorkshopStore;
}

const ScanContext = createContext<ScanContextValue | null>(null);

/** Makes the questionnaire and the scan store available, and keeps the store in step with other tabs. */
export function ScanProvider({
  questionnaire,
  store,
  snapshots,
  workshop,
  children,
}: ScanContextValue & { children: ReactNode }) {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      store.handleStorageEvent(event);
      snapshots.handleStorageEvent(event);
      workshop.handleStorageEvent(event);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, snapshots, workshop]);
  const value = useMemo(
    () => ({ questionnaire, store, snapshots, workshop }),
    [questionnaire, store, snapshots, workshop],
  );
  return <ScanContext.Provider value={value}>{children}</ScanContext.Provider>;
}

/**
 * Gives the pages inside it another questionnaire with the same stores: the complete one (with tips and
 * examples) for the pages that make a report.
 */
export function QuestionnaireProvider({
  questionnaire,
  children,
}: {
  questionnaire: Questionnaire;
  children: ReactNode;
}) {
  const context = useScanContext();
  const value = useMemo(() => ({ ...context, questionnaire }), [context, questionnaire]);
  return <ScanContext.Provider value={value}>{children}</ScanContext.Provider>;
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

export function useSnapshotStore(): SnapshotStore {
  return useScanContext().snapshots;
}

/** The snapshots kept in this browser; re-renders on every change. */
export function useSnapshotState(): SnapshotState {
  const store = useSnapshotStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}

export function useWorkshopStore(): WorkshopStore {
  return useScanContext().workshop;
}

/** The workshop's participants and settled answers; re-renders on every change. */
export function useWorkshopState(): WorkshopState {
  const store = useWorkshopStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
