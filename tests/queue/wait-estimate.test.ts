import { describe, expect, it } from 'vitest';
import { estimateWaitMinutes } from '../../src/shared/queue/wait-estimate';

describe('estimateWaitMinutes', () => {
  it('is zero with nobody ahead', () => {
    expect(estimateWaitMinutes({ ahead: 0, counters: 3, minutesPerTicket: 10 })).toBe(0);
  });

  it('divides the work ahead among the counters serving the service', () => {
    expect(estimateWaitMinutes({ ahead: 6, counters: 3, minutesPerTicket: 10 })).toBe(20);
    expect(estimateWaitMinutes({ ahead: 6, counters: 1, minutesPerTicket: 10 })).toBe(60);
  });

  it('rounds up to whole minutes, never promising an earlier call', () => {
    expect(estimateWaitMinutes({ ahead: 1, counters: 3, minutesPerTicket: 10 })).toBe(4);
    expect(estimateWaitMinutes({ ahead: 7, counters: 2, minutesPerTicket: 5 })).toBe(18);
  });

  it('assumes one counter when none is open, so the estimate stays finite', () => {
    expect(estimateWaitMinutes({ ahead: 2, counters: 0, minutesPerTicket: 10 })).toBe(20);
  });
});
