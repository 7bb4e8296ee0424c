import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UserText, WithUserText } from './user-text.tsx';

describe('UserText', () => {
  it('isolates a typed name in a bdi, as typed, and keeps the sentence around it outside', () => {
    const { container } = render(
      <p>
        <WithUserText template="Voor: {name} (concept)" values={{ name: '\u202EABC' }} />
      </p>,
    );
    const isolated = container.querySelector('bdi');
    expect(isolated).toHaveTextContent('\u202EABC');
    expect(container.querySelector('p')?.textContent).toBe('Voor: \u202EABC (concept)');
    expect(container.querySelectorAll('bdi')).toHaveLength(1);
  });

  it('never reads a name as markup', () => {
    const { container } = render(<UserText>{'<b>Zorg & Co</b>'}</UserText>);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('bdi')).toHaveTextContent('<b>Zorg & Co</b>');
  });
});
