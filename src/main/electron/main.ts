import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  session,
  utilityProcess,
  type IpcMainInvokeEvent,
  type Session,
  type UtilityProcess,
  type WebContents,
} from 'electron';
import { shellText } from '../../shared/i18n/vi';
import type { AppInfo, PrinterInfo, PrintResult } from '../../shared/shell-bridge';
import {
  devicePageUrl,
  deviceStartUrl,
  deviceWindowOptions,
  isPageLoadFailure,
  isRolePage,
  isUnattended,
  linuxAutostartEntry,
  PAIR_ARGUMENT,
  pairingMarker,
  retryDelayMs,
  waitingPageHtml,
} from './device-mode';
import { SHELL_CHANNELS } from './ipc-channels';
import { guardedHandler } from './ipc-guard';
import { joinedHubFileText, parseJoinHubRequest } from './join-hub-request';
import { machineConfigPath, readMachineConfig, type DeviceSetup } from '../machine-config';
import { denyWindowOpen, isNavigationAllowed } from './navigation-policy';
import { denyPermissionCheck, denyPermissionRequest } from './permission-policy';
import { htmlDataUrl, isPrintResourceAllowed, silentPrintOptions } from './print-job';
import { parsePrintRequest } from './print-request';
import { toPrinterInfos } from './printer-list';
import {
  askSyncState,
  outputTail,
  SERVICE_READY_TIMEOUT_MS,
  SERVICE_STOP_TIMEOUT_MS,
  serviceLaunch,
  stopWardService,
  waitForServiceReady,
  type ServiceLaunch,
} from './service-launch';
import { appWindowUrl, isServiceUrl, serviceOrigin } from './service-origin';
import { takeRestoreReport } from '../service/backup/restore-report';
import { machineConfigDialog, restoredDialog, serviceFailedDialog, serviceStoppedDialog, type ShellDialog } from './startup-message';
import { startUpdates, type ShellUpdates } from './updates';
import type { UpdatesSection } from './update-policy';
import { appWindowOptions, PRINT_PARTITION, printWindowOptions } from './window-options';

// The Electron adapter: it only wires the pure decisions of the modules beside it to Electron APIs.

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/preload.cjs');

/** Null until the service is ready: until then no page may be navigated to and no IPC is honoured. */
let trustedOrigin: string | null = null;
let mainWindow: BrowserWindow | null = null;
let service: UtilityProcess | null = null;
let quitting = false;
/** Set on a kiosk or display PC: what a second start with --pair does. */
let openPairingPage: (() => void) | null = null;
/** Null in development and when the machine config turns updates off. */
let updates: ShellUpdates | null = null;
/** What the page last said (preload `intakeOpen`): an update never restarts the app mid-intake. */
let intakeOpen = false;
/** The service answers in milliseconds; a busy one is asked again at the next decision. */
const SYNC_STATE_TIMEOUT_MS = 5000;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (argv.includes(PAIR_ARGUMENT)) openPairingPage?.();
    focusMainWindow();
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    quitting = true;
    if (!service) {
      // A kiosk or display holds no data: a downloaded update goes in as it closes (its installer quits the app).
      if (updates?.installAtQuit()) event.preventDefault();
      return;
    }
    // Hold the quit until the service has closed SQLite cleanly; a downloaded update goes in after that.
    event.preventDefault();
    const running = service;
    service = null;
    void stopWardService(running, SERVICE_STOP_TIMEOUT_MS).then(() => {
      if (!updates?.installAtQuit()) app.quit();
    });
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failStartup(serviceFailedDialog(errorMessage(error), app.getPath('userData'), '')));
}

async function start(): Promise<void> {
  applySessionPolicy(session.defaultSession);
  const printSession = session.fromPartition(PRINT_PARTITION);
  applySessionPolicy(printSession);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintResourceAllowed(details.url) }));

  // The machine file first, then the wizard's "join a hub" answer on this PC, kept in the same shape.
  let section: UpdatesSection | undefined;
  for (const configFile of [machineConfigPath(process.platform, process.env), joinedHubFile()]) {
    const read = readMachineConfig(configFile);
    if (!read.ok) {
      failStartup(machineConfigDialog(configFile, read.field, read.error));
      return;
    }
    section ??= read.config.updates;
    if (read.config.device) {
      startDevice(read.config.device);
      // No outbox here and no city known: only a feed the machine config names, installed when it comes.
      if (app.isPackaged)
        updates = startUpdates({ section, syncState: () => Promise.resolve({ pendingOutbox: 0, cityUrl: null }), intakeOpen: () => false });
      return;
    }
  }

  const launch = serviceLaunch({ mainDir: here, userDataDir: app.getPath('userData'), env: process.env });
  let ready: { port: number; token: string };
  try {
    const child = utilityProcess.fork(launch.modulePath, [], launch.options);
    service = child;
    const stderr = outputTail(4000);
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      process.stderr.write(chunk);
    });
    ready = await waitForServiceReady(child, SERVICE_READY_TIMEOUT_MS, stderr.text);
    child.on('exit', (code) => onServiceExit(code, launch));
  } catch (error) {
    service?.kill();
    service = null;
    failStartup(serviceFailedDialog(errorMessage(error), launch.dataDir, launch.port));
    return;
  }

  trustedOrigin = serviceOrigin(ready.port);
  registerIpc(trustedOrigin, launch.dataDir);
  ipcMain.handle(
    SHELL_CHANNELS.joinHub,
    guardedHandler(trustedOrigin, (_event: IpcMainInvokeEvent, request): Promise<{ ok: false; error: string }> =>
      joinHub(request, () => stillInSetup(serviceOrigin(ready.port), ready.token)),
    ),
  );
  mainWindow = createAppWindow(appWindowUrl(trustedOrigin, ready.token));
  // The service put a staged backup in place as it started: said once, over the app's window.
  const restored = restoredDialog(takeRestoreReport(launch.dataDir), launch.dataDir);
  if (restored) void dialog.showMessageBox(mainWindow, { type: 'info', title: restored.title, message: restored.message });
  // An unpackaged app (npm start) has no installer to update.
  if (app.isPackaged)
    updates = startUpdates({
      section,
      syncState: () => (service ? askSyncState(service, SYNC_STATE_TIMEOUT_MS) : Promise.resolve(null)),
      intakeOpen: () => intakeOpen,
    });
}

/** A PC joined to the hub: no ward service of its own, only the hub's page for its role. */
function startDevice(device: DeviceSetup): void {
  trustedOrigin = device.hubOrigin;
  registerIpc(device.hubOrigin, app.getPath('userData'));
  if (isUnattended(device.role)) {
    Menu.setApplicationMenu(null);
    startAtLogin();
  }
  mainWindow = createDeviceWindow(device);
}

function joinedHubFile(): string {
  return path.join(app.getPath('userData'), 'joined-hub.json');
}

/**
 * Stores the wizard's choice and starts again as that device; the hub's own service stops cleanly on
 * the way. Only while the wizard is due: a page of a ward in use must not turn its hub into another PC.
 */
async function joinHub(input: unknown, inSetup: () => Promise<boolean>): Promise<{ ok: false; error: string }> {
  const parsed = parseJoinHubRequest(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (!(await inSetup())) return { ok: false, error: 'This PC is set up already; only the first-run wizard may make it join a hub' };
  try {
    writeFileSync(joinedHubFile(), joinedHubFileText(parsed.request));
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
  app.relaunch();
  app.quit();
  // Never answered: the window closes with the app.
  return new Promise(() => undefined);
}

/** The hub's own service, asked with this launch's token, says whether its first-run set-up is still due. */
async function stillInSetup(origin: string, token: string): Promise<boolean> {
  try {
    const response = await fetch(`${origin}/api/getSetupState`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    return response.ok && ((await response.json()) as { needed?: unknown }).needed === true;
  } catch {
    return false;
  }
}

function startAtLogin(): void {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: true });
    return;
  }
  const autostartDir = path.join(app.getPath('appData'), 'autostart');
  mkdirSync(autostartDir, { recursive: true });
  writeFileSync(path.join(autostartDir, 'motcua.desktop'), linuxAutostartEntry(process.env, process.execPath));
}

function createDeviceWindow(device: DeviceSetup): BrowserWindow {
  const window = new BrowserWindow(deviceWindowOptions(preloadPath, device.role));
  const contents = window.webContents;
  const markerFile = path.join(app.getPath('userData'), 'device-paired');
  let pageUrl = deviceStartUrl(device, readTextFile(markerFile), process.argv);
  let failuresInARow = 0;
  let retry: NodeJS.Timeout | undefined;
  // A failed load is reported by did-fail-load below; the promise's rejection adds nothing.
  const load = (url: string): void => void window.loadURL(url).catch(() => undefined);
  const loadPageLater = (): void => {
    clearTimeout(retry);
    failuresInARow += 1;
    retry = setTimeout(() => load(pageUrl), retryDelayMs(failuresInARow));
  };
  contents.on('did-fail-load', (_event, errorCode, errorDescription, _url, isMainFrame) => {
    if (!isPageLoadFailure(errorCode, isMainFrame)) return;
    console.error(`The counter PC's page did not load (${errorCode} ${errorDescription}); retrying`);
    load(htmlDataUrl(waitingPageHtml(device)));
    loadPageLater();
  });
  contents.on('did-finish-load', () => {
    if (isServiceUrl(contents.getURL(), device.hubOrigin)) failuresInARow = 0;
  });
  contents.on('did-navigate', (_event, url) => {
    if (!isRolePage(url, device) || pageUrl === devicePageUrl(device)) return;
    pageUrl = devicePageUrl(device);
    writeFileSync(markerFile, pairingMarker(device));
  });
  contents.on('render-process-gone', (_event, details) => {
    console.error(`The page's process ended (${details.reason}, exit code ${details.exitCode}); reloading`);
    loadPageLater();
  });
  openPairingPage = () => {
    pageUrl = deviceStartUrl(device, null, []);
    load(pageUrl);
  };
  window.once('ready-to-show', () => {
    if (!isUnattended(device.role)) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    clearTimeout(retry);
    openPairingPage = null;
    if (mainWindow === window) mainWindow = null;
  });
  load(pageUrl);
  return window;
}

function readTextFile(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function onServiceExit(code: number, launch: ServiceLaunch): void {
  if (quitting) return;
  service = null;
  const stopped = serviceStoppedDialog(code, launch.dataDir);
  dialog.showErrorBox(stopped.title, stopped.message);
  app.quit();
}

function failStartup(failure: ShellDialog): void {
  dialog.showErrorBox(failure.title, failure.message);
  app.exit(1);
}

function applySessionPolicy(ses: Session): void {
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  ses.setDevicePermissionHandler(denyPermissionCheck);
}

function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url, trustedOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, trustedOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function registerIpc(origin: string, dataDir: string): void {
  ipcMain.handle(
    SHELL_CHANNELS.printHtml,
    guardedHandler(origin, (_event: IpcMainInvokeEvent, request): Promise<PrintResult> => printHtml(request)),
  );
  ipcMain.handle(
    SHELL_CHANNELS.listPrinters,
    guardedHandler(origin, async (event: IpcMainInvokeEvent): Promise<PrinterInfo[]> =>
      toPrinterInfos(await event.sender.getPrintersAsync()),
    ),
  );
  ipcMain.handle(
    SHELL_CHANNELS.appInfo,
    guardedHandler(origin, (): AppInfo => ({ version: app.getVersion(), dataDir })),
  );
  ipcMain.handle(
    SHELL_CHANNELS.intakeOpen,
    guardedHandler(origin, (_event: IpcMainInvokeEvent, open): void => {
      intakeOpen = open === true;
    }),
  );
}

async function printHtml(input: unknown): Promise<PrintResult> {
  const parsed = parsePrintRequest(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const printWindow = new BrowserWindow(printWindowOptions());
  try {
    await printWindow.loadURL(htmlDataUrl(parsed.request.html));
    return await new Promise<PrintResult>((resolve) => {
      printWindow.webContents.print(silentPrintOptions(parsed.request), (success, failureReason) =>
        resolve(success ? { ok: true } : { ok: false, error: failureReason || 'The printer did not accept the job' }),
      );
    });
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  } finally {
    printWindow.destroy();
  }
}

function createAppWindow(url: string): BrowserWindow {
  const window = new BrowserWindow(appWindowOptions({ preloadPath, title: shellText.appName, devTools: !app.isPackaged }));
  window.once('ready-to-show', () => {
    window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(url).catch((error: unknown) => console.error(`Could not load the app page: ${errorMessage(error)}`));
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
