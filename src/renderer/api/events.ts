import type { EventName, EventPayload, ServerFrame } from '../../shared/api/contract';
import { currentToken, deviceToken } from './token';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthorized';

export interface EventHandlers {
  onEvent: <E extends EventName>(name: E, data: EventPayload<E>) => void;
  onStatus: (status: ConnectionStatus) => void;
}

/**
 * Keeps one WebSocket to /api/events open, reconnecting with capped backoff. After every
 * (re)connection the caller should refetch: events missed while offline are not replayed.
 */
export function connectEvents(handlers: EventHandlers): () => void {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = (): void => {
    if (stopped) return;
    handlers.onStatus('connecting');
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(`${scheme}://${window.location.host}/api/events`);
    // Events go to every device alike: the device's own token outlives the clerk sessions on it.
    socket.onopen = () => socket?.send(JSON.stringify({ type: 'auth', token: deviceToken() ?? currentToken() ?? '' }));
    socket.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame;
      if (frame.type === 'ready') {
        attempt = 0;
        handlers.onStatus('online');
      } else if (frame.type === 'event') {
        handlers.onEvent(frame.name, frame.data as never);
      }
    };
    socket.onclose = (event) => {
      socket = null;
      if (stopped) return;
      if (event.code === 4401 || event.code === 4403) {
        handlers.onStatus('unauthorized');
        return;
      }
      handlers.onStatus('offline');
      const delay = Math.min(10_000, 500 * 2 ** attempt++);
      timer = setTimeout(open, delay);
    };
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    socket?.close();
  };
}
