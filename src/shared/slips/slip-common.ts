import { z } from 'zod';
import { Text } from '../api/schemas';
import { ADDRESS_MAX, NAME_MAX, NAME_PATTERN } from '../citizen-id/applicant';
import { parseDossierCode } from '../dossier-code/dossier-code';
import { SafeText } from '../text/safe-text';

// What every one-stop form says about the dossier and the person filing it (one-stop-rules §1.3 [U]:
// name, address, phone, email on forms 01–03; the dossier code on 01, 04, 06).

/** A dossier code as the allocator formats it; anything else must never reach a citizen's receipt. */
export const PrintedDossierCode = z.string().refine((code) => parseDossierCode(code) !== null, 'expected <unit code>-<YYMMDD>-<NNNN>');

/** Digits only, as the clerk types them, with an optional international "+" (our rule, not the forms'). */
export const PhoneNumber = z.string().regex(/^\+?\d{8,15}$/);

export const SlipApplicant = z
  .object({
    fullName: SafeText({ max: NAME_MAX }).pipe(z.string().regex(NAME_PATTERN)),
    /** Null when the clerk has no citizen-ID number for the applicant. */
    idNumber: z
      .string()
      .regex(/^\d{12}$/)
      .nullable(),
    address: SafeText({ max: ADDRESS_MAX }),
    phone: PhoneNumber.nullable(),
    email: z.email().max(200).nullable(),
  })
  .strict();
export type SlipApplicant = z.infer<typeof SlipApplicant>;

/** What every slip opens with: who issues it, where, for whom and about what. */
export const slipOpeningShape = {
  /** The receiving unit as the ward's settings name it (one-stop-rules §1.1: Hanoi's official naming is [U]). */
  wardName: Text(200),
  /** The locality before "ngày … tháng … năm …"; null leaves the date line without a place. */
  placeName: Text(100).nullable(),
  applicant: SlipApplicant,
  /** "Nội dung yêu cầu giải quyết": the procedure asked for. */
  procedureName: Text(500),
};

/** The slips the receiving clerk signs with a printed name (forms 01–03). */
export const slipBaseShape = {
  ...slipOpeningShape,
  clerkName: SafeText({ max: NAME_MAX }),
};
