import type { Dossier, DossierEvent } from '../api/dossiers';
import type { SlipApplicant } from './slip-common';

// What the slips printed from a saved dossier take from it, in one place: the applicant as the forms
// name them, and the step a form is about.

/** The ward's facts a dossier does not keep. */
export interface SlipContext {
  wardName: string;
}

/**
 * The applicant's lines on a slip. `withIdNumber` is for the receipt only: the other forms' field
 * lists (one-stop-rules §1.3) name the person, the address and the phone, not the ID number. The
 * dossier keeps no email, so none is printed.
 */
export function slipApplicant(dossier: Dossier, { withIdNumber }: { withIdNumber: boolean }): SlipApplicant {
  const { applicant } = dossier;
  return {
    fullName: applicant.fullName,
    idNumber: withIdNumber ? applicant.idNumber : null,
    address: applicant.address,
    phone: applicant.phone ?? null,
    email: null,
  };
}

/** The latest step of this kind; a form about a step that never happened is a caller's mistake. */
export function latestStep(events: readonly DossierEvent[], action: DossierEvent['action'], form: string): DossierEvent {
  const event = events.filter((e) => e.action === action).at(-1);
  if (!event) throw new Error(`${form}: the dossier has no '${action}' step`);
  return event;
}
