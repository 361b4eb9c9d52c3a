import { z } from 'zod';
import type { CitizenIdResult } from './applicant';
import { checkApplicant } from './check-applicant';

// The form a clerk fills in from the card when there is no scanner or the QR will not read. The form
// sends strings as typed; every rule lives in checkApplicant, shared with the QR path.

const Typed = z.string().max(1000);

export const ApplicantForm = z
  .object({
    idNumber: Typed,
    fullName: Typed,
    /** YYYY-MM-DD from a date input, or dd/mm/yyyy as clerks type it. */
    birthDate: Typed,
    /** 'male' | 'female' from the form's choice (Nam / Nữ are read too). */
    sex: Typed,
    address: Typed,
    oldIdNumber: Typed.optional(),
    issuedOn: Typed.optional(),
  })
  .strict();
export type ApplicantForm = z.infer<typeof ApplicantForm>;

export function applicantFromForm(form: ApplicantForm, options: { today: string }): CitizenIdResult {
  return checkApplicant(form, { today: options.today });
}
