import type { CitizenIdError, CitizenIdWarning } from './applicant';
import { readIdNumber, warning } from './check-applicant';
import { idNumberAloneWarnings } from './id-number-checks';

// The personal identification number typed by itself (a card whose QR will not read, a number read out
// over the counter): the same reading as the scan's number field, and what its first six digits say.

export type IdNumberCheck = { ok: true; idNumber: string; warnings: CitizenIdWarning[] } | { ok: false; error: CitizenIdError };

export function checkTypedIdNumber(typed: string, context: { today: string }): IdNumberCheck {
  const read = readIdNumber(typed);
  if ('error' in read) return { ok: false, error: read.error };
  return { ok: true, idNumber: read.value, warnings: idNumberAloneWarnings(read.value, context.today).map(warning) };
}
