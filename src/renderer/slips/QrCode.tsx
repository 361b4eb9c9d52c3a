import { create } from 'qrcode';

/** The quiet zone a scanner needs around the symbol, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * A QR symbol as vector paths, drawn synchronously so that it can be part of a statically rendered
 * document: it prints sharp at any printer resolution and needs no canvas. Level M survives the
 * smudges of an office laser printer while keeping a dossier code's symbol small.
 */
export function QrCode({ text, sizeMm, label }: { text: string; sizeMm: number; label: string }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const span = modules.size + 2 * QUIET_ZONE;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${span} ${span}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shapeRendering="crispEdges"
    >
      <rect width={span} height={span} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
