import type { citizenIdMethods } from '../../../shared/api/citizen-id';
import { parseCitizenIdQr } from '../../../shared/citizen-id/qr-code';
import { applicantFromForm } from '../../../shared/citizen-id/typed-entry';
import { localDay } from '../../../shared/time/local-time';
import type { AuditLog } from '../accounts/audit-log';
import type { HandlerSlice } from '../handler-slice';

// The card's data is checked and handed back; nothing of it is stored, and the audit log records who
// read which citizen (by a keyed hash of the number). "Today" is the counter's Hanoi day, against which
// birth and issue dates are judged.

export function citizenIdHandlers(now: () => Date, audit: AuditLog): HandlerSlice<typeof citizenIdMethods> {
  return {
    parseCitizenId: (input, caller) => {
      const today = localDay(now());
      const result = input.form ? applicantFromForm(input.form, { today }) : parseCitizenIdQr(input.scanned ?? '', { today });
      if (result.ok) audit.personalDataRead(caller, 'parseCitizenId', result.applicant.idNumber, input.form ? 'typed' : 'scanned');
      return result;
    },
  };
}
