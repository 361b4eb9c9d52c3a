import { z } from 'zod';
import { Applicant, CITIZEN_ID_ERROR_CODES, CITIZEN_ID_WARNING_CODES } from '../citizen-id/applicant';
import { ApplicantForm } from '../citizen-id/typed-entry';
import { SAFE_TEXT_PROBLEM_CODES } from '../text/safe-text';
import { method } from './method';

// Reading the applicant off a citizen-ID card: the scanner's text or the clerk's typed form.

const ErrorField = z.enum(['raw', 'idNumber', 'oldIdNumber', 'fullName', 'birthDate', 'sex', 'address', 'issuedOn']);

export const citizenIdMethods = {
  parseCitizenId: method({
    summary:
      'Check the applicant from a scanned citizen-ID QR code or the typed form: the applicant with warnings, or the refused field with a reason.',
    input: z
      .object({
        /** What the QR scanner typed; far longer than any card's code is refused by the parser with a reason. */
        scanned: z.string().max(10_000).optional(),
        form: ApplicantForm.optional(),
      })
      .strict()
      .refine((input) => (input.scanned === undefined) !== (input.form === undefined), 'send either scanned or form'),
    output: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        applicant: Applicant,
        warnings: z.array(z.object({ field: ErrorField, code: z.enum(CITIZEN_ID_WARNING_CODES), message: z.string() })),
      }),
      z.object({
        ok: z.literal(false),
        error: z.object({
          field: ErrorField,
          code: z.enum([...CITIZEN_ID_ERROR_CODES, ...SAFE_TEXT_PROBLEM_CODES]),
          message: z.string(),
        }),
      }),
    ]),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
} as const;
