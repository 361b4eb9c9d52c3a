// Preloaded into a ward service started with a movable clock (see e2e-ward-service.ts): the process's
// Date runs `offsetMs` away from the real one, and the test moves it over the IPC channel, forward or
// back (a PC clock being corrected or reset). Timers (setTimeout) keep real time. A proxy rather
// than a subclass, so that `Date()` called without `new` keeps working for whatever library does it.

const RealDate = Date;
let offsetMs = 0;
const shiftedNow = (): number => RealDate.now() + offsetMs;

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args: unknown[], newTarget: NewableFunction) =>
    Reflect.construct(target, args.length === 0 ? [shiftedNow()] : args, newTarget),
  apply: () => new RealDate(shiftedNow()).toString(),
  get: (target, property, receiver: unknown) => (property === 'now' ? shiftedNow : Reflect.get(target, property, receiver)),
});

process.on('message', (message: { type?: string; ms?: number }) => {
  if (message.type !== 'advance-clock' || typeof message.ms !== 'number') return;
  offsetMs += message.ms;
  process.send?.({ type: 'clock-advanced', offsetMs });
});
