import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useScanStore, useSnapshotStore, useWorkshopStore } from '../scan/scan-context.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';

/** "Wis mijn gegevens": asks first, then clears every answer from this browser and returns to the start. */
export function ClearDataButton({ label, className }: { label?: string; className?: string }) {
  const { t } = useTranslation();
  const store = useScanStore();
  const snapshots = useSnapshotStore();
  const workshop = useWorkshopStore();
  const [, navigate] = useLocation();
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <button type="button" className={className ?? 'button button-link'} onClick={() => setIsOpen(true)}>
        {label ?? t('app.clearData')}
      </button>
      <ConfirmDialog
        isOpen={isOpen}
        title={t('clear.title')}
        body={t('clear.body')}
        confirmLabel={t('clear.confirm')}
        cancelLabel={t('clear.cancel')}
        onCancel={() => setIsOpen(false)}
        onConfirm={() => {
          store.clear();
          // The scan store removed every key of the app; the other stores read the now empty storage.
          snapshots.handleStorageEvent({ key: null });
          workshop.clear();
          setIsOpen(false);
          navigate('/', { state: { cleared: true } });
        }}
      />
    </>
  );
}
