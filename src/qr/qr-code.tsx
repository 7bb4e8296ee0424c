import { useMemo } from 'react';
import { QUIET_ZONE, buildQrMatrix, buildQrPath } from './qr-matrix.ts';

/**
 * A QR code of a text, drawn as SVG from the symbol's modules (no foreign markup): black on white whatever the
 * theme, with its quiet zone, as large as the screen allows (see `.qr-code` in styles.css) so a laptop camera
 * reads it from a phone held at arm's length.
 * @param label what the code holds, for screen readers ("QR-code met uw antwoorden")
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { side, path } = useMemo(() => {
    const matrix = buildQrMatrix(text);
    return { side: matrix.size + 2 * QUIET_ZONE, path: buildQrPath(matrix) };
  }, [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
