import { centurySexDigits } from './data/century-sex-digits';
import { provinceNameByCode } from './data/province-codes';
import type { CitizenIdWarningCode, Sex } from './applicant';

// The first six digits of the 12-digit number repeat facts printed elsewhere on the card
// (one-stop-rules §5.1): PPP province of birth registration, G century and sex, YY birth year.
// A disagreement is worth a second look at the card, never a reason to turn the citizen away: the
// QR may be right and the typed date wrong, or the person's record may have been corrected.

export function idNumberWarnings(idNumber: string, birthDate: string, sex: Sex): CitizenIdWarningCode[] {
  const warnings: CitizenIdWarningCode[] = [];
  if (!isKnownProvince(idNumber)) warnings.push('province_unknown');
  const birthYear = Number(birthDate.slice(0, 4));
  const code = centurySexDigits.find((row) => row.digit === idNumber[3]);
  if (code && code.sex !== sex) warnings.push('sex_digit_mismatch');
  if (code && (birthYear < code.fromYear || birthYear > code.toYear)) warnings.push('century_digit_mismatch');
  if (idNumber.slice(4, 6) !== birthDate.slice(2, 4)) warnings.push('birth_year_mismatch');
  return warnings;
}

/**
 * What the number says on its own, as the clerk types it before anything else: a province code from
 * the table, and a birth year (century digit and YY) no later than this year.
 */
export function idNumberAloneWarnings(idNumber: string, today: string): CitizenIdWarningCode[] {
  const warnings: CitizenIdWarningCode[] = [];
  if (!isKnownProvince(idNumber)) warnings.push('province_unknown');
  const century = centurySexDigits.find((row) => row.digit === idNumber[3]);
  if (century && century.fromYear + Number(idNumber.slice(4, 6)) > Number(today.slice(0, 4))) warnings.push('birth_year_in_future');
  return warnings;
}

function isKnownProvince(idNumber: string): boolean {
  return provinceNameByCode[idNumber.slice(0, 3)] !== undefined;
}
