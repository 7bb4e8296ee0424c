/**
 * "Nieuwe scan", a year later: the current scan is kept as a dated snapshot, and the new scan starts from it with
 * its answers, notes, evidence and drafts carried, made today. Nothing is deleted ("Wis mijn gegevens" is the one
 * way to delete).
 */
import type { ScanStore } from './scan-store.ts';
import { scanDay, type SnapshotStore } from './snapshot-store.ts';

/**
 * @param today the new scan's day (YYYY-MM-DD, the user's clock)
 * @returns the day of the scan that was kept, or null when it had none
 */
export function startNewScan(store: ScanStore, snapshots: SnapshotStore, today: string): string | null {
  const { file } = store.getState();
  const day = scanDay(file);
  snapshots.add(day && !file.scannedAt ? { ...file, scannedAt: day } : file, 'rescan');
  store.startNewScan(today);
  return day;
}
