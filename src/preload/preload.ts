import { contextBridge, ipcRenderer } from 'electron';
import { SHELL_CHANNELS } from '../main/electron/ipc-channels';
import { parseJoinHubRequest } from '../main/electron/join-hub-request';
import { parsePrintRequest } from '../main/electron/print-request';
import type { AppInfo, PrinterInfo, PrintResult, ShellBridge } from '../shared/shell-bridge';

// The page's only door into the shell: printing, printer/app facts, whether an intake is open, and the
// set-up wizard's choice to join a hub. Ward data never crosses here; the renderer reads and writes it
// through the service's HTTP API like any browser would.

const bridge: ShellBridge = {
  async printHtml(request): Promise<PrintResult> {
    const parsed = parsePrintRequest(request);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    return (await ipcRenderer.invoke(SHELL_CHANNELS.printHtml, parsed.request)) as PrintResult;
  },
  async listPrinters(): Promise<PrinterInfo[]> {
    return (await ipcRenderer.invoke(SHELL_CHANNELS.listPrinters)) as PrinterInfo[];
  },
  async appInfo(): Promise<AppInfo> {
    return (await ipcRenderer.invoke(SHELL_CHANNELS.appInfo)) as AppInfo;
  },
  async joinHub(request) {
    const parsed = parseJoinHubRequest(request);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    return (await ipcRenderer.invoke(SHELL_CHANNELS.joinHub, parsed.request)) as { ok: false; error: string };
  },
  async intakeOpen(open): Promise<void> {
    // Only a boolean crosses: whatever else the page passes counts as closed.
    await ipcRenderer.invoke(SHELL_CHANNELS.intakeOpen, open === true);
  },
};

contextBridge.exposeInMainWorld('motcuaShell', bridge);
