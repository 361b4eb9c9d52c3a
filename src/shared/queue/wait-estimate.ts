export interface WaitEstimateInput {
  /** Tickets that will be called before this one. */
  ahead: number;
  /** Open counters that serve the service (at least one is assumed so the estimate stays finite). */
  counters: number;
  /** Average minutes a counter spends per ticket of this service. */
  minutesPerTicket: number;
}

/** Minutes until a ticket is likely called, rounded up to whole minutes. */
export function estimateWaitMinutes({ ahead, counters, minutesPerTicket }: WaitEstimateInput): number {
  const parallel = Math.max(1, counters);
  return Math.ceil((ahead * minutesPerTicket) / parallel);
}
