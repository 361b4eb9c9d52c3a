import type { EventName, EventPayload } from '../../shared/api/contract';

/** Events that stay inside the ward service: the transport reacts to them, clients never see them. */
export interface InternalEvents {
  /** A paired device lost its token: its open sockets must close now, not at its next request. */
  'device.revoked': { deviceId: string };
  /** The stored calendar years changed outside the calendar's own commands (a city publication). */
  'calendar.changed': { at: string };
}

type AllEvents = { [E in EventName]: EventPayload<E> } & InternalEvents;
export type BusEventName = keyof AllEvents;
export type BusEventPayload<E extends BusEventName> = AllEvents[E];
export type EventListener = <E extends BusEventName>(name: E, data: BusEventPayload<E>) => void;

/** Fan-out of events to transports. Only the write path emits, and only after the change has committed. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends BusEventName>(name: E, data: BusEventPayload<E>): void {
    for (const listener of this.listeners) listener(name, data);
  }
}
