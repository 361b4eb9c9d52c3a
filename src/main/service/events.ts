import type { EventName, EventPayload } from '../../shared/api/contract';

export type EventListener = <E extends EventName>(name: E, data: EventPayload<E>) => void;

/** Fan-out of contract events to transports. Emitted only after the change has committed. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(name: E, data: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, data);
  }
}
