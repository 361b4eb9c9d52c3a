import type { BrowserWindowConstructorOptions } from 'electron';
import { shellText } from '../../shared/i18n/vi/shell';
import type { DeviceRole, DeviceSetup } from '../machine-config';
import { appWindowOptions } from './window-options';

// A PC joined to the hub (a counter, a kiosk, a display board) shows the hub's page and keeps no data.
// A kiosk or display runs unattended: the decisions that get it back on its own, kept apart from the
// Electron calls so that they can be tested without Electron.

const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;
/** Chromium's ERR_ABORTED: a load replaced by another one, not a failure. */
const ERR_ABORTED = -3;

/**
 * Same locked-down page as the hub's. A kiosk or display fills the screen with nothing else to touch;
 * a joined counter is an ordinary window a clerk works in.
 */
export function deviceWindowOptions(preloadPath: string, role: DeviceRole = 'kiosk'): BrowserWindowConstructorOptions {
  const options = appWindowOptions({ preloadPath, title: shellText.appName, devTools: false });
  return isUnattended(role) ? { ...options, kiosk: true, fullscreen: true } : options;
}

/** Kiosks and display boards start at login and have no menu; a counter has its clerk. */
export function isUnattended(role: DeviceRole): boolean {
  return role !== 'counter';
}

/** `motcua --pair` reopens the pairing page, e.g. after the device was revoked in Settings. */
export const PAIR_ARGUMENT = '--pair';

export function devicePageUrl(device: DeviceSetup): string {
  return `${device.hubOrigin}${device.page}`;
}

/** Kept in the user-data folder once the PC has paired; another counter PC or role pairs again. */
export function pairingMarker(device: DeviceSetup): string {
  return `${device.role} ${device.hubOrigin}\n`;
}

/** The pairing page moves on to the role's page once the code is accepted: the PC is paired. */
export function isRolePage(url: string, device: DeviceSetup): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  return parsed.origin === device.hubOrigin && parsed.pathname === device.page;
}

/**
 * There is no address bar to type /pair into: the first start, or a start with --pair, opens the
 * pairing page, which moves on to the role's page by itself once the code is accepted.
 */
export function deviceStartUrl(device: DeviceSetup, savedMarker: string | null, argv: readonly string[]): string {
  const paired = savedMarker === pairingMarker(device) && !argv.includes(PAIR_ARGUMENT);
  return paired ? devicePageUrl(device) : `${device.hubOrigin}/pair`;
}

/** Quick at first (the counter PC is often just booting), then no faster than every 30 s. */
export function retryDelayMs(failuresInARow: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failuresInARow - 1));
}

export function isPageLoadFailure(errorCode: number, isMainFrame: boolean): boolean {
  return isMainFrame && errorCode !== ERR_ABORTED;
}

/** Shown while the counter PC cannot be reached, so the citizen does not face a blank screen. */
export function waitingPageHtml(device: DeviceSetup): string {
  const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return [
    '<!doctype html><html lang="vi"><meta charset="utf-8">',
    '<body style="font-family:sans-serif;display:flex;flex-direction:column;justify-content:center;align-items:center;height:100vh;margin:0;text-align:center">',
    `<h1>${escape(shellText.deviceWaitingTitle)}</h1>`,
    `<p>${escape(shellText.deviceWaiting(device.hubOrigin))}</p>`,
    '</body></html>',
  ].join('');
}

/**
 * Linux has no login-item API in Electron: an XDG autostart entry does it. An AppImage runs from a
 * new mount point each time, so the entry names the AppImage file itself.
 */
export function linuxAutostartEntry(env: Readonly<Record<string, string | undefined>>, execPath: string): string {
  const exec = env.APPIMAGE ?? execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${shellText.appName}`,
    `Exec="${exec.replace(/(["`$\\])/g, '\\$1')}"`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}
