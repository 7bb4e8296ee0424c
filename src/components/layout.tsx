import type { ReactNode } from 'react';
import { ClearDataButton } from './clear-data-button.tsx';
import { LayoutFrame } from './layout-frame.tsx';
import { StorageNotices } from './storage-notices.tsx';
import { OfflineReady, UpdatePrompt, useServiceWorker } from './update-prompt.tsx';

/**
 * The frame of every page of the loaded app: the update prompt and the storage notices above the page,
 * "works offline now" and "clear my data" in the footer.
 */
export function Layout({ children }: { children: ReactNode }) {
  const sw = useServiceWorker();
  return (
    <LayoutFrame
      notices={
        <>
          <UpdatePrompt sw={sw} />
          <StorageNotices />
        </>
      }
      footerActions={
        <>
          <OfflineReady sw={sw} />
          <ClearDataButton />
        </>
      }
    >
      {children}
    </LayoutFrame>
  );
}
