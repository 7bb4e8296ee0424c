import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterPaint } from './after-paint.tsx';

describe('AfterPaint', () => {
  it('renders the rest of the page a frame after the top, and then keeps it', async () => {
    render(
      <main>
        <h1>Uw niveau</h1>
        <AfterPaint>
          <h2>Actieplan</h2>
        </AfterPaint>
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    expect(await screen.findByRole('heading', { level: 2, name: 'Actieplan' })).toBeInTheDocument();
  });
});
