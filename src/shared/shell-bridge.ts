// What the Electron preload exposes to the renderer as `window.motcuaShell`: shell things only.
// Everything about wards, tickets and dossiers goes through the HTTP API, in Electron too.

export interface PrintRequest {
  /** A complete, self-contained HTML document. */
  html: string;
  /** Named printer; null prints to the system default. */
  printerName: string | null;
  /** Paper width in millimetres (80 for a ticket roll, 210 for A4). */
  pageWidthMm: number;
  /**
   * Page length: a sheet's own (297 for A4), a roll's the measured length of the document (the pages
   * send it, so no blank paper is fed); without it the shell feeds a roll ROLL_PAGE_LENGTH_MM.
   */
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

/** The set-up wizard's "join a hub" answer: the shell keeps it and starts again as that device. */
export interface JoinHubRequest {
  role: 'counter' | 'kiosk' | 'display';
  /** The hub's origin, `http://192.168.1.10:7710`. */
  hub: string;
}

export interface ShellBridge {
  printHtml(request: PrintRequest): Promise<PrintResult>;
  listPrinters(): Promise<PrinterInfo[]>;
  appInfo(): Promise<AppInfo>;
  /** Resolves only on failure: on success the app restarts as the joined device. */
  joinHub(request: JoinHubRequest): Promise<{ ok: false; error: string }>;
  /** The page opened (true) or closed a dossier intake: a downloaded update is not installed meanwhile. */
  intakeOpen(open: boolean): Promise<void>;
}
