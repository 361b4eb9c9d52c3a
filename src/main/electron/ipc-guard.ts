import { isServiceUrl } from './service-origin';

/** The part of an IpcMainInvokeEvent the guard needs. */
export interface IpcSender {
  senderFrame: { url: string } | null;
}

/** A call is honoured only from a frame showing the service's own pages (not a frame that navigated away or was destroyed). */
export function isTrustedSender(event: IpcSender, origin: string): boolean {
  return event.senderFrame !== null && isServiceUrl(event.senderFrame.url, origin);
}

export class UntrustedSenderError extends Error {
  constructor(url: string | undefined) {
    super(`Refused a shell call from ${url ?? 'a destroyed frame'}`);
    this.name = 'UntrustedSenderError';
  }
}

/** Wraps an ipcMain.handle listener so that untrusted senders get a rejection and the handler never runs. */
export function guardedHandler<E extends IpcSender, R>(
  origin: string,
  handler: (event: E, ...args: unknown[]) => R,
): (event: E, ...args: unknown[]) => R {
  return (event, ...args) => {
    if (!isTrustedSender(event, origin)) throw new UntrustedSenderError(event.senderFrame?.url);
    return handler(event, ...args);
  };
}
