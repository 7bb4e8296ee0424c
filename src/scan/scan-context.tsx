import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Questionnaire } from '../../questionnaire/schema.ts';
import type { ScanState, ScanStore } from './scan-store.ts';
import type { SnapshotState, SnapshotStore } from './snapshot-store.ts';
import type { WorkshopState, WorkshopStore } from './workshop-store.ts';
import type { CopyState, CopyStore } from './copy-store.ts';
import type { StorageLayer, StorageStatus } from './storage-layer.ts';

interface ScanContextValue {
  questionnaire: Questionnaire;
  layer: StorageLayer;
  store: ScanStore;
  snapshots: SnapshotStore;
  workshop: WorkshopStore;
  copies: CopyStore;
}

const ScanContext = createContext<ScanContextValue | null>(null);

/** Makes the questionnaire and the scan store available, and keeps the store in step with other tabs. */
export function ScanProvider({
  questionnaire,
  layer,
  store,
  snapshots,
  workshop,
  copies,
  children,
}: ScanContextValue & { children: ReactNode }) {
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      store.handleStorageEvent(event);
      snapshots.handleStorageEvent(event);
      workshop.handleStorageEvent(event);
      copies.handleStorageEvent(event);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store, snapshots, workshop, copies]);
  const value = useMemo(
    () => ({ questionnaire, layer, store, snapshots, workshop, copies }),
    [questionnaire, layer, store, snapshots, workshop, copies],
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

export function useStorageLayer(): StorageLayer {
  return useScanContext().layer;
}

/** Whether this browser keeps what the app keeps, and what is in memory only; re-renders on every change. */
export function useStorageStatus(): StorageStatus {
  const layer = useStorageLayer();
  return useSyncExternalStore(layer.subscribe, layer.getStatus);
}

export function useCopyStore(): CopyStore {
  return useScanContext().copies;
}

/** When a copy was last saved and what the browser promised; re-renders on every change. */
export function useCopyState(): CopyState {
  const store = useCopyStore();
  return useSyncExternalStore(store.subscribe, store.getState);
}
