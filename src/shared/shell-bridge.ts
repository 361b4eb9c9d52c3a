// What the Electron preload exposes to the renderer as `window.motcuaShell`: shell things only.
// Everything about wards, tickets and dossiers goes through the HTTP API, in Electron too.

export interface PrintRequest {
  /** A complete, self-contained HTML document. */
  html: string;
  /** Named printer; null prints to the system default. */
  printerName: string | null;
  /** Paper width in millimetres (80 for a ticket roll, 210 for A4). */
  pageWidthMm: number;
  /** Page length of a sheet (297 for A4); absent for a roll, which is fed a ticket's length per print. */
  pageHeightMm?: number;
}

export interface PrintResult {
  ok: boolean;
  /** English reason from the OS/driver when ok is false. */
  error?: string;
}

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export interface AppInfo {
  version: string;
  dataDir: string;
}

export interface ShellBridge {
  printHtml(request: PrintRequest): Promise<PrintResult>;
  listPrinters(): Promise<PrinterInfo[]>;
  appInfo(): Promise<AppInfo>;
}
