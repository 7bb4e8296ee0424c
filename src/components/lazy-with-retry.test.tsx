import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { describe, expect, it, vi } from 'vitest';
import { forgetFailedLoads, lazyWithRetry } from './lazy-with-retry.tsx';

function Failed({ resetErrorBoundary }: FallbackProps) {
  return (
    <button type="button" onClick={resetErrorBoundary}>
      Probeer opnieuw
    </button>
  );
}

function Greeting({ name }: { name: string }) {
  return <p>Hallo {name}</p>;
}

describe('lazyWithRetry', () => {
  it('shows a failed load to the error boundary, loads the chunk again on its retry, and keeps a chunk that loaded', async () => {
    // React logs the error its boundary catches; that is what this test provokes.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi
      .fn<() => Promise<{ default: typeof Greeting }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue({ default: Greeting });
    const Lazy = lazyWithRetry(load);
    const page = (
      <ErrorBoundary FallbackComponent={Failed} onReset={forgetFailedLoads}>
        <Suspense fallback={<p>Laden…</p>}>
          <Lazy name="Sara" />
        </Suspense>
      </ErrorBoundary>
    );
    const { rerender } = render(page);
    // The failure stays until the retry: no second load on its own (which, offline, would never stop).
    const retry = await screen.findByRole('button', { name: 'Probeer opnieuw' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Hallo Sara')).toBeNull();
    await userEvent.click(retry);
    expect(await screen.findByText('Hallo Sara')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);

    rerender(<div />);
    rerender(page);
    expect(await screen.findByText('Hallo Sara')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });
});
