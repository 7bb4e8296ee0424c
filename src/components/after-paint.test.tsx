import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AfterPaint } from './after-paint.tsx';

describe('AfterPaint', () => {
  it('renders the rest of the page after the top, part by part, and then keeps it', async () => {
    render(
      <main>
        <h1>Uw niveau</h1>
        <AfterPaint frames={2}>
          <h2>Wettelijke check</h2>
        </AfterPaint>
        <AfterPaint>
          <h2>Actieplan</h2>
        </AfterPaint>
      </main>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryAllByRole('heading', { level: 2 })).toEqual([]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Actieplan' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'Wettelijke check' })).toBeNull();
    expect(await screen.findByRole('heading', { level: 2, name: 'Wettelijke check' })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Wettelijke check',
      'Actieplan',
    ]);
  });
});
