import type { citizenIdMethods } from '../../../shared/api/citizen-id';
import { parseCitizenIdQr } from '../../../shared/citizen-id/qr-code';
import { applicantFromForm } from '../../../shared/citizen-id/typed-entry';
import { localDay } from '../../../shared/time/local-time';
import type { HandlerSlice } from '../handler-slice';

// A pure read: the card's data is checked and handed back, nothing is stored or logged. "Today" is the
// counter's Hanoi day, against which birth and issue dates are judged.

export function citizenIdHandlers(now: () => Date): HandlerSlice<typeof citizenIdMethods> {
  return {
    parseCitizenId: (input) => {
      const today = localDay(now());
      return input.form ? applicantFromForm(input.form, { today }) : parseCitizenIdQr(input.scanned ?? '', { today });
    },
  };
}
