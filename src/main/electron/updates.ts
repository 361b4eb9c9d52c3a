import { createRequire } from 'node:module';
import type { ServiceSyncState } from './service-launch';
import { updateAction, updateFeedUrl, type UpdatesSection } from './update-policy';

// The Electron side of updates: electron-updater against a generic feed (latest.yml and the installers
// as static files). The decisions are update-policy.ts's; this only asks and acts.

/** The part of electron-updater's autoUpdater the shell uses. */
interface AutoUpdater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** A release is rare: a few checks a day reach every PC within a working day, without load on the city. */
const CHECK_EVERY_MS = 4 * 60 * 60_000;
/** After the start, when the app and its service have settled. */
const FIRST_CHECK_AFTER_MS = 2 * 60_000;
/** How often a downloaded update looks for its idle moment. */
const DECIDE_EVERY_MS = 60_000;

export interface ShellUpdates {
  /**
   * At quit, once the ward service has stopped: puts a downloaded update in place and returns true
   * (its installer ends the app), or false when there is none.
   */
  installAtQuit(): boolean;
}

const NO_UPDATES: ShellUpdates = { installAtQuit: () => false };

export function startUpdates(options: {
  section: UpdatesSection | undefined;
  /** What the ward service says of its outbox and city; null when it did not answer. */
  syncState: () => Promise<ServiceSyncState | null>;
  intakeOpen: () => boolean;
}): ShellUpdates {
  // Turned off by the machine config: the updater is not even loaded.
  if (options.section?.enabled === false) return NO_UPDATES;
  // Loaded here only, inside Electron: electron-updater requires 'electron' when it loads.
  const { autoUpdater } = createRequire(import.meta.url)('electron-updater') as { autoUpdater: AutoUpdater };
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = false;
  let feed: string | null = null;
  let downloaded = false;
  let installing = false;
  autoUpdater.on('update-downloaded', () => {
    downloaded = true;
  });
  autoUpdater.on('error', (error) => console.error(`[updates] ${error.message}`));

  const check = async (): Promise<void> => {
    const url = updateFeedUrl(options.section, (await options.syncState())?.cityUrl ?? null);
    if (!url) return;
    if (url !== feed) autoUpdater.setFeedURL({ provider: 'generic', url });
    feed = url;
    await autoUpdater.checkForUpdates();
  };
  const installWhenIdle = async (): Promise<void> => {
    if (!downloaded || installing) return;
    const state = await options.syncState();
    const action = updateAction({
      downloaded,
      quitting: false,
      pendingOutbox: state?.pendingOutbox ?? null,
      intakeOpen: options.intakeOpen(),
    });
    if (action !== 'install_and_restart') return;
    installing = true;
    autoUpdater.quitAndInstall(true, true);
  };
  const report = (error: unknown): void => console.error(`[updates] ${error instanceof Error ? error.message : String(error)}`);
  setTimeout(() => {
    void check().catch(report);
    setInterval(() => void check().catch(report), CHECK_EVERY_MS).unref();
  }, FIRST_CHECK_AFTER_MS).unref();
  setInterval(() => void installWhenIdle().catch(report), DECIDE_EVERY_MS).unref();

  return {
    installAtQuit() {
      if (installing) return false;
      if (updateAction({ downloaded, quitting: true, pendingOutbox: null, intakeOpen: false }) !== 'install_at_quit') return false;
      installing = true;
      autoUpdater.quitAndInstall(true, false);
      return true;
    },
  };
}
