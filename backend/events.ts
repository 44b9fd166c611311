import type { EventName, EventPayload } from '../contract/events';

/** A listener for push events. */
export type EventListener = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

/** A tiny event hub: the transports subscribe and forward events to their UIs. */
export class EventHub {
  private readonly listeners = new Set<EventListener>();

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends an event to every subscriber. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const l of this.listeners) l(name, payload);
  }
}
