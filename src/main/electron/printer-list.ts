import type { PrinterInfo } from '../../shared/shell-bridge';

/** The part of Electron's PrinterInfo the bridge uses. */
export interface OsPrinter {
  name: string;
  displayName: string;
}

/**
 * Electron no longer reports which printer is the system default (Chromium dropped it), so none
 * is marked: the renderer offers "the system default printer" as the null choice instead.
 */
export function toPrinterInfos(printers: readonly OsPrinter[]): PrinterInfo[] {
  return printers
    .map((p) => ({ name: p.name, displayName: p.displayName.trim() || p.name, isDefault: false }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
}
