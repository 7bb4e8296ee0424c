import type { ReactNode } from 'react';
import { ClearDataButton } from './clear-data-button.tsx';
import { LayoutFrame } from './layout-frame.tsx';
import { StorageNotices } from './storage-notices.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

/** The frame of every page of the loaded app, with the update prompt, the storage notices and "clear my data". */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <LayoutFrame
      notices={
        <>
          <UpdatePrompt />
          <StorageNotices />
        </>
      }
      footerActions={<ClearDataButton />}
    >
      {children}
    </LayoutFrame>
  );
}
