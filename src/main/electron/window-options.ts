import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

// Secure defaults shared by every window: the page is a plain web page that talks to the service
// over HTTP; only the preload's narrow bridge crosses into the shell.

export const PRINT_PARTITION = 'motcua-print';

function lockedDownPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface AppWindowOptions {
  preloadPath: string;
  title: string;
  /** Developer tools only in unpackaged runs. */
  devTools: boolean;
}

export function appWindowOptions(options: AppWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: options.title,
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    // Hidden but not removed: Alt still shows it, and its zoom/reload accelerators keep working.
    autoHideMenuBar: true,
    webPreferences: {
      ...lockedDownPreferences(),
      preload: options.preloadPath,
      devTools: options.devTools,
      // The display speaks announcements without anyone touching it.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

/** An invisible window that only lays out a ticket for the printer: no script, no bridge, own session. */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 400,
    height: 600,
    webPreferences: {
      ...lockedDownPreferences(),
      javascript: false,
      devTools: false,
      partition: PRINT_PARTITION,
    },
  };
}
