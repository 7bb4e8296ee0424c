import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code.tsx';
import { QUIET_ZONE, buildQrMatrix, buildQrPath } from './qr-matrix.ts';

describe('QrCode', () => {
  it('is one labelled image, black on white, with the quiet zone inside its picture', () => {
    const text = 'https://example.org/#/workshop/ontvang/QS1abc';
    render(<QrCode text={text} label="QR-code met uw antwoorden" />);
    const image = screen.getByRole('img', { name: 'QR-code met uw antwoorden' });
    const side = buildQrMatrix(text).size + 2 * QUIET_ZONE;
    expect(image).toHaveAttribute('viewBox', `0 0 ${side} ${side}`);
    expect(image.querySelector('rect')).toHaveAttribute('fill', '#ffffff');
    expect(image.querySelector('path')).toHaveAttribute('d', buildQrPath(buildQrMatrix(text)));
    expect(image.querySelector('path')).toHaveAttribute('fill', '#000000');
  });

  it('shows markup in the text as data, never as elements', () => {
    const { container } = render(<QrCode text={'<img src=x onerror="alert(1)">'} label="QR" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('svg *')).toHaveLength(2);
  });
});
