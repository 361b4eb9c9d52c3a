import { v7 as uuidv7 } from 'uuid';
import { create } from 'zustand';
import type { MethodOutput } from '../../shared/api/contract';
import type { Board } from '../../shared/api/schemas';
import { errorMessages } from '../../shared/i18n/vi';
import { callWithRetries } from '../api/retrying';
import { printTicket } from '../printing/print-ticket';
import { failureMessage } from './failure';

type BoardService = Board['services'][number];
export type Issued = MethodOutput<'issueTicket'>;
/** The reason of a failed print is for the clerks' failed-print list (printTicket records it), not for the citizen. */
export type PrintState = { status: 'printing' | 'printed' | 'failed' };

export type KioskStep =
  | { name: 'services' }
  | { name: 'priority'; service: BoardService }
  | { name: 'issuing'; retrying: boolean }
  | { name: 'issued'; issued: Issued; print: PrintState }
  | { name: 'refused'; message: string };

interface KioskStore {
  step: KioskStep;
  chooseService(service: BoardService, hasPriorityChoice: boolean): void;
  issue(serviceId: string, priorityCategoryId: string | null): Promise<void>;
  reprint(): Promise<void>;
  restart(): void;
}

export const useKiosk = create<KioskStore>((set, get) => {
  async function print(issued: Issued): Promise<void> {
    set({ step: { name: 'issued', issued, print: { status: 'printing' } } });
    const outcome: PrintState = { status: (await printTicket(issued.ticket.id)).ok ? 'printed' : 'failed' };
    const step = get().step;
    // The citizen may have gone back to the start meanwhile; a late outcome must not reopen the ticket.
    if (step.name === 'issued' && step.issued.ticket.id === issued.ticket.id) set({ step: { ...step, print: outcome } });
  }

  return {
    step: { name: 'services' },
    chooseService(service, hasPriorityChoice) {
      // A sold-out service is refused at once rather than after the priority question.
      if (service.remainingToday === 0) set({ step: { name: 'refused', message: errorMessages.capacity_reached } });
      else if (hasPriorityChoice) set({ step: { name: 'priority', service } });
      else void get().issue(service.id, null);
    },
    async issue(serviceId, priorityCategoryId) {
      set({ step: { name: 'issuing', retrying: false } });
      // One id per touch of the screen: every retry of this touch gets the same ticket, and it is printed once.
      const input = { serviceId, priorityCategoryId, requestId: uuidv7() };
      let issued: Issued;
      try {
        issued = await callWithRetries('issueTicket', input, () => set({ step: { name: 'issuing', retrying: true } }));
      } catch (error) {
        set({ step: { name: 'refused', message: failureMessage(error) } });
        return;
      }
      await print(issued);
    },
    async reprint() {
      const step = get().step;
      if (step.name === 'issued' && step.print.status === 'failed') await print(step.issued);
    },
    restart() {
      set({ step: { name: 'services' } });
    },
  };
});
