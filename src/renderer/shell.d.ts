import type { ShellBridge } from '../shared/shell-bridge';

declare global {
  interface Window {
    /** Present only inside the desktop app (preload bridge); undefined in a browser. */
    motcuaShell?: ShellBridge;
  }
}
