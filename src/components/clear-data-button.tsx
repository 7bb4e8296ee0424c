import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useStorageLayer } from '../scan/scan-context.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';

/**
 * "Wis mijn gegevens", the one way to delete: asks first, then clears everything the app keeps in this browser
 * (through the storage layer, which tells every store) and returns to the start.
 */
export function ClearDataButton({ label, className }: { label?: string; className?: string }) {
  const { t } = useTranslation();
  const layer = useStorageLayer();
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
          layer.clearAll();
          setIsOpen(false);
          navigate('/', { state: { cleared: true } });
        }}
      />
    </>
  );
}
