import type { WhoAmI } from './session';

// The local app may act for any counter; the clerk's choice survives restarts of the app.
const KEY = 'motcua.counterNumber';

export function rememberedCounter(): number | null {
  const value = Number(localStorage.getItem(KEY));
  return Number.isInteger(value) && value > 0 ? value : null;
}

export function rememberCounter(counterNumber: number): void {
  localStorage.setItem(KEY, String(counterNumber));
}

/** A paired counter device is fixed to its own counter; the local app uses the remembered one if it still exists. */
export function effectiveCounter(me: WhoAmI | null, counters: readonly { number: number }[], remembered: number | null): number | null {
  if (!me) return null;
  if (me.role === 'counter') return me.counterNumber;
  if (counters.some((c) => c.number === remembered)) return remembered;
  return counters[0]?.number ?? null;
}
