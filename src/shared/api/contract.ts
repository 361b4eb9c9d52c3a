import { z } from 'zod';
import { accountMethods } from './accounts';
import { catalogEvents, catalogMethods } from './catalog';
import { calendarMethods } from './calendar';
import { citizenIdMethods } from './citizen-id';
import { configEvents, configMethods } from './config';
import { deviceMethods } from './devices';
import { dossierCodeMethods } from './dossier-codes';
import { dossierMethods } from './dossiers';
import { maintenanceMethods } from './maintenance';
import { printingMethods } from './printing';
import { queueEvents, queueMethods } from './queue';
import { registerMethods } from './register';
import { setupMethods } from './setup';
import { syncEvents, syncMethods } from './sync';

// The one API contract, joined from each module's slice. The ward service implements every method
// once; the HTTP transport exposes each at POST /api/<name>; the renderer calls nothing else.

/**
 * Joins slices, refusing a name defined twice: a spread would let the later slice silently replace
 * the earlier one's method, and the transport would then route to the wrong module.
 */
export function joinSlices<T extends Record<string, unknown>>(kind: string, slices: readonly Record<string, unknown>[]): T {
  const joined: Record<string, unknown> = {};
  for (const slice of slices)
    for (const [name, spec] of Object.entries(slice)) {
      if (Object.hasOwn(joined, name)) throw new Error(`The API contract defines the ${kind} "${name}" twice`);
      joined[name] = spec;
    }
  return joined as T;
}

type MethodSlices = typeof queueMethods &
  typeof printingMethods &
  typeof configMethods &
  typeof deviceMethods &
  typeof calendarMethods &
  typeof citizenIdMethods &
  typeof dossierCodeMethods &
  typeof dossierMethods &
  typeof registerMethods &
  typeof catalogMethods &
  typeof syncMethods &
  typeof accountMethods &
  typeof maintenanceMethods &
  typeof setupMethods;
export const methods = joinSlices<MethodSlices>('method', [
  queueMethods,
  printingMethods,
  configMethods,
  deviceMethods,
  calendarMethods,
  citizenIdMethods,
  dossierCodeMethods,
  dossierMethods,
  registerMethods,
  catalogMethods,
  syncMethods,
  accountMethods,
  maintenanceMethods,
  setupMethods,
]);

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.infer<Methods[M]['output']>;
export const methodNames = Object.keys(methods) as MethodName[];

/** Events pushed over the WebSocket to every authenticated client. */
export const events = joinSlices<typeof queueEvents & typeof configEvents & typeof catalogEvents & typeof syncEvents>('event', [
  queueEvents,
  configEvents,
  catalogEvents,
  syncEvents,
]);
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export const eventNames = Object.keys(events) as EventName[];

/** Frames on the WebSocket at /api/events. The client authenticates with its first frame. */
export const ClientFrame = z.object({ type: z.literal('auth'), token: z.string().max(200) });
export type ServerFrame =
  | { type: 'ready' }
  | { type: 'error'; code: string; message: string }
  | { [E in EventName]: { type: 'event'; name: E; data: EventPayload<E> } }[EventName];
