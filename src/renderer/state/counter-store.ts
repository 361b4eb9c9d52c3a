import { create } from 'zustand';
import type { MethodOutput } from '../../shared/api/contract';
import { counterText } from '../../shared/i18n/vi';
import { api } from '../api/client';
import { failureMessage, isLockRefusal } from './failure';

export type CounterState = MethodOutput<'getCounterState'>;

export type TicketStep = 'recall' | 'startServing' | 'finish' | 'markNoShow' | 'returnToQueue';

export interface TransferTarget {
  toServiceId: string | null;
  toCounterNumber: number | null;
}

interface CounterStore {
  counterNumber: number | null;
  state: CounterState | null;
  busy: boolean;
  /** The last refusal or failure, in Vietnamese, for the alert region. */
  error: string | null;
  /** What the last action did (or that nobody is left to call), for the status line. */
  notice: string | null;
  setCounterNumber(counterNumber: number | null): void;
  load(): Promise<void>;
  callNext(): Promise<void>;
  step(step: TicketStep, ticketId: string): Promise<void>;
  transfer(ticketId: string, target: TransferTarget): Promise<void>;
  cancel(ticketId: string): Promise<void>;
}

let loadSeq = 0;

export const useCounter = create<CounterStore>((set, get) => {
  /** Runs one clerk action, then shows the counter as the service now sees it. */
  async function act(run: (counterNumber: number) => Promise<string | null>): Promise<void> {
    const { counterNumber, busy } = get();
    if (counterNumber === null || busy) return;
    set({ busy: true, error: null, notice: null });
    try {
      set({ notice: await run(counterNumber) });
    } catch (error) {
      // Refused because the session locked: the lock screen covers it, and the counter stays as it was.
      set({ error: isLockRefusal(error) ? null : failureMessage(error) });
    } finally {
      set({ busy: false });
    }
    await get().load();
  }

  return {
    counterNumber: null,
    state: null,
    busy: false,
    error: null,
    notice: null,
    setCounterNumber(counterNumber) {
      if (counterNumber === get().counterNumber) return;
      set({ counterNumber, state: null, error: null, notice: null });
    },
    async load() {
      const { counterNumber } = get();
      if (counterNumber === null) return;
      const seq = ++loadSeq;
      try {
        const state = await api('getCounterState', { counterNumber });
        // A slower answer for an earlier request (or another counter) must not overwrite a newer one.
        if (seq === loadSeq) set({ state });
      } catch (error) {
        if (seq === loadSeq && !isLockRefusal(error)) set({ error: failureMessage(error) });
      }
    },
    callNext: () =>
      act(async (counterNumber) => {
        const { ticket } = await api('callNext', { counterNumber });
        return ticket ? counterText.done.callNext(ticket.displayNumber, counterNumber) : counterText.nothingWaiting;
      }),
    step: (step, ticketId) =>
      act(async (counterNumber) => {
        const { ticket } = await api(step, { counterNumber, ticketId });
        return counterText.done[step](ticket.displayNumber);
      }),
    transfer: (ticketId, target) =>
      act(async (counterNumber) => {
        const { ticket } = await api('transfer', { counterNumber, ticketId, ...target });
        return ticket.targetCounterNumber !== null
          ? counterText.done.transferToCounter(ticket.displayNumber, ticket.serviceName, ticket.targetCounterNumber)
          : counterText.done.transferToService(ticket.displayNumber, ticket.serviceName);
      }),
    cancel: (ticketId) =>
      act(async (counterNumber) => {
        const { ticket } = await api('cancel', { counterNumber, ticketId });
        return counterText.done.cancel(ticket.displayNumber);
      }),
  };
});
