import { citizenIdErrorMessages, citizenIdFieldLabels, citizenIdWarningMessages } from '../i18n/vi/citizen-id';
import { safeTextMessages } from '../i18n/vi/text';
import { foldForSearch } from '../text/fold';
import { inspectText, SAFE_TEXT_PROBLEM_CODES, type SafeTextProblemCode } from '../text/safe-text';
import {
  ADDRESS_MAX,
  IsoDate,
  NAME_MAX,
  NAME_PATTERN,
  type Applicant,
  type ApplicantField,
  type CitizenIdError,
  type CitizenIdErrorCode,
  type CitizenIdResult,
  type CitizenIdWarning,
  type CitizenIdWarningCode,
  type Sex,
} from './applicant';
import { idNumberWarnings } from './id-number-checks';

// The one set of checks an applicant goes through, whether the fields came from a scanned QR code
// or were typed by the clerk: each field is read leniently (spaces, NFD, "Nữ" or "female",
// 01/02/1990 or 1990-02-01) and either comes out clean or stops everything with one error.

/** Field values as strings, exactly as scanned or typed; blank optional fields count as absent. */
export interface ApplicantCandidate {
  idNumber?: string | undefined;
  oldIdNumber?: string | undefined;
  fullName?: string | undefined;
  birthDate?: string | undefined;
  sex?: string | undefined;
  address?: string | undefined;
  issuedOn?: string | undefined;
}

export interface CheckContext {
  /** The counter's calendar day (Asia/Ho_Chi_Minh), YYYY-MM-DD. */
  today: string;
  rawFieldCount?: number;
  /** Found while reading the QR code's layout, before the fields themselves were checked. */
  warnings?: CitizenIdWarningCode[];
}

const EARLIEST_BIRTH_DATE = '1900-01-01'; // the century/sex digit table starts in 1900
/** An upper bound for a number field with stray spaces; longer is refused as safe text before length is judged. */
const NUMBER_FIELD_MAX = 64;

export type Read<T> = { value: T } | { error: CitizenIdError };

export function checkApplicant(candidate: ApplicantCandidate, context: CheckContext): CitizenIdResult {
  const idNumber = readIdNumber(candidate.idNumber);
  if ('error' in idNumber) return { ok: false, error: idNumber.error };
  const oldIdNumber = readDigits('oldIdNumber', candidate.oldIdNumber, 9);
  if ('error' in oldIdNumber && oldIdNumber.error) return { ok: false, error: oldIdNumber.error };
  const fullName = readText('fullName', candidate.fullName, NAME_MAX);
  if ('error' in fullName) return { ok: false, error: fullName.error };
  if (!NAME_PATTERN.test(fullName.value)) return fail('fullName', 'invalid_characters');
  const birthDate = required('birthDate', readDate('birthDate', candidate.birthDate));
  if ('error' in birthDate) return { ok: false, error: birthDate.error };
  if (birthDate.value < EARLIEST_BIRTH_DATE) return fail('birthDate', 'before_1900');
  if (birthDate.value > context.today) return fail('birthDate', 'in_future');
  const sex = readSex(candidate.sex);
  if ('error' in sex) return { ok: false, error: sex.error };
  const address = readText('address', candidate.address, ADDRESS_MAX);
  if ('error' in address) return { ok: false, error: address.error };
  const issuedOn = readDate('issuedOn', candidate.issuedOn);
  if ('error' in issuedOn && issuedOn.error) return { ok: false, error: issuedOn.error };
  const issued = 'value' in issuedOn ? issuedOn.value : undefined;
  if (issued !== undefined && issued < birthDate.value) return fail('issuedOn', 'before_birth');

  const applicant: Applicant = {
    idNumber: idNumber.value,
    fullName: fullName.value,
    birthDate: birthDate.value,
    sex: sex.value,
    address: address.value,
  };
  if ('value' in oldIdNumber) applicant.oldIdNumber = oldIdNumber.value;
  if (issued !== undefined) applicant.issuedOn = issued;
  if (context.rawFieldCount !== undefined) applicant.rawFieldCount = context.rawFieldCount;

  const warnings = [
    ...(context.warnings ?? []),
    ...idNumberWarnings(idNumber.value, birthDate.value, sex.value),
    ...(issued !== undefined && issued > context.today ? (['issued_in_future'] as const) : []),
  ];
  return { ok: true, applicant, warnings: warnings.map(warning) };
}

function error(field: CitizenIdError['field'], code: CitizenIdErrorCode, limit = 0): CitizenIdError {
  const text = isSafeTextCode(code) ? safeTextMessages[code](limit) : citizenIdErrorMessages[code];
  return { field, code, message: `${citizenIdFieldLabels[field]}: ${text}` };
}

export function fail(field: CitizenIdError['field'], code: CitizenIdErrorCode, limit = 0): CitizenIdResult {
  return { ok: false, error: error(field, code, limit) };
}

const WARNING_FIELD: Record<CitizenIdWarningCode, CitizenIdWarning['field']> = {
  province_unknown: 'idNumber',
  sex_digit_mismatch: 'idNumber',
  century_digit_mismatch: 'idNumber',
  birth_year_mismatch: 'idNumber',
  issued_in_future: 'issuedOn',
  several_id_numbers: 'idNumber',
  unrecognised_fields: 'raw',
  birth_year_in_future: 'idNumber',
};

export function warning(code: CitizenIdWarningCode): CitizenIdWarning {
  return { field: WARNING_FIELD[code], code, message: citizenIdWarningMessages[code] };
}

/** `{ error: undefined }` means blank: an error for required fields, absence for optional ones. */
type Blankable<T> = { value: T } | { error: CitizenIdError | undefined };

/** The 12-digit number as typed (spaces allowed), or the reason it is not one. */
export function readIdNumber(raw: string | undefined): Read<string> {
  return required('idNumber', readDigits('idNumber', raw, 12));
}

function readDigits(field: ApplicantField, raw: string | undefined, length: number): Blankable<string> {
  const chars = readChars(field, raw, NUMBER_FIELD_MAX);
  if ('error' in chars) return chars;
  const digits = chars.value.replace(/\s/g, '');
  if (!/^\d+$/.test(digits)) return { error: error(field, 'not_digits') };
  if (digits.length !== length) return { error: error(field, 'wrong_length') };
  return { value: digits };
}

function readText(field: ApplicantField, raw: string | undefined, max: number): Read<string> {
  const text = required(field, readChars(field, raw, max));
  return 'error' in text ? text : { value: text.value.replace(/\p{Zs}+/gu, ' ') };
}

/** Dates as the QR writes them (ddmmyyyy), as clerks write them (dd/mm/yyyy) and as date inputs send them. */
function readDate(field: ApplicantField, raw: string | undefined): Blankable<string> {
  const chars = readChars(field, raw, NUMBER_FIELD_MAX);
  if ('error' in chars) return chars;
  const text = chars.value.replace(/\s/g, '');
  const dayFirst = /^(\d{2})[/.-]?(\d{2})[/.-]?(\d{4})$/.exec(text);
  const iso = dayFirst ? `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}` : text;
  return IsoDate.safeParse(iso).success ? { value: iso } : { error: error(field, 'invalid_date') };
}

const SEX_BY_WORD = new Map<string, Sex>([
  ['nam', 'male'],
  ['nu', 'female'],
  ['male', 'male'],
  ['female', 'female'],
]);

function readSex(raw: string | undefined): Read<Sex> {
  const chars = required('sex', readChars('sex', raw, NUMBER_FIELD_MAX));
  if ('error' in chars) return chars;
  const sex = SEX_BY_WORD.get(foldForSearch(chars.value));
  return sex ? { value: sex } : { error: error('sex', 'unrecognised') };
}

function required<T>(field: ApplicantField, read: Blankable<T>): Read<T> {
  return 'error' in read ? { error: read.error ?? error(field, 'missing') } : read;
}

/** Safe-text rules for every field; blank comes back as `{ error: undefined }`. */
function readChars(field: ApplicantField, raw: string | undefined, max: number): Blankable<string> {
  const result = inspectText(raw ?? '', { max, min: 0 });
  if (!result.ok) return { error: error(field, result.problem.code, max) };
  return result.text === '' ? { error: undefined } : { value: result.text };
}

function isSafeTextCode(code: CitizenIdErrorCode): code is SafeTextProblemCode {
  return (SAFE_TEXT_PROBLEM_CODES as readonly string[]).includes(code);
}
