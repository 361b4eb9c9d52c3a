import { z } from 'zod';
import { SafeText, type SafeTextProblemCode } from '../text/safe-text';

// The person filing a dossier, as read from the citizen-ID card's QR code or typed from the card.
// Personal data: never put any of it in a log line, a URL or an error message.

export const NAME_MAX = 100;
export const ADDRESS_MAX = 300;

/** Letters (with their tone marks), spaces, apostrophes ("H'Hen Niê"), dots and hyphens; at least one letter. */
export const NAME_PATTERN = /^(?=.*\p{L})[\p{L}\p{M} '’.-]+$/u;

export const IsoDate = z.iso.date();
export const Sex = z.enum(['male', 'female']);
export type Sex = z.infer<typeof Sex>;

export const Applicant = z
  .object({
    /** Personal identification number (số định danh cá nhân / số CCCD). */
    idNumber: z.string().regex(/^\d{12}$/),
    /** The old 9-digit identity-card number (CMND), when the card records one. */
    oldIdNumber: z
      .string()
      .regex(/^\d{9}$/)
      .optional(),
    fullName: SafeText({ max: NAME_MAX }).pipe(z.string().regex(NAME_PATTERN)),
    birthDate: IsoDate,
    sex: Sex,
    /** Permanent address (nơi thường trú) on chip cards, place of residence (nơi cư trú) on 2024 cards. */
    address: SafeText({ max: ADDRESS_MAX }),
    issuedOn: IsoDate.optional(),
    /** How many `|`-separated fields the scanned QR held (trailing empty ones dropped); absent when typed. */
    rawFieldCount: z.number().int().min(1).optional(),
  })
  .strict();
export type Applicant = z.infer<typeof Applicant>;

export type ApplicantField = 'idNumber' | 'oldIdNumber' | 'fullName' | 'birthDate' | 'sex' | 'address' | 'issuedOn';
/** `raw` is the scanned string as a whole (empty, several codes, too few fields…). */
export type CitizenIdErrorField = ApplicantField | 'raw';

export const CITIZEN_ID_ERROR_CODES = [
  'no_content',
  'not_citizen_id_code',
  'several_codes',
  'too_few_fields',
  'missing',
  'wrong_length',
  'not_digits',
  'invalid_characters',
  'unrecognised',
  'invalid_date',
  'before_1900',
  'in_future',
  'before_birth',
] as const;
/** Plus the safe-text codes, for a field whose characters were refused. */
export type CitizenIdErrorCode = (typeof CITIZEN_ID_ERROR_CODES)[number] | SafeTextProblemCode;

export const CITIZEN_ID_WARNING_CODES = [
  'province_unknown',
  'sex_digit_mismatch',
  'century_digit_mismatch',
  'birth_year_mismatch',
  'issued_in_future',
  'several_id_numbers',
  'unrecognised_fields',
  'birth_year_in_future',
] as const;
export type CitizenIdWarningCode = (typeof CITIZEN_ID_WARNING_CODES)[number];

export interface CitizenIdError {
  field: CitizenIdErrorField;
  code: CitizenIdErrorCode;
  /** Vietnamese, for the clerk; names the field, never repeats its value. */
  message: string;
}

export interface CitizenIdWarning {
  field: ApplicantField | 'raw';
  code: CitizenIdWarningCode;
  message: string;
}

export type CitizenIdResult = { ok: true; applicant: Applicant; warnings: CitizenIdWarning[] } | { ok: false; error: CitizenIdError };
