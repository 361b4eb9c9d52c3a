import { foldForSearch } from '../text/fold';
import { withoutForbiddenCharacters } from '../text/safe-text';
import { NAME_PATTERN, type CitizenIdResult, type CitizenIdWarningCode } from './applicant';
import { checkApplicant, fail, type ApplicantCandidate } from './check-applicant';

// Reads the text a QR scanner types when it reads the code on a chip CCCD or a 2024 căn cước card
// (one-stop-rules §5.3). Fields are told apart by their shape, not their position, because the
// layouts differ: `id|old id|name|birth|sex|address|issued` on chip cards (old id may be empty), a
// six-field variant without the old id, and the 2024 card, whose field order is not published and
// which may carry a cancelled id number. Non-empty fields that fit no known shape are ignored with a
// warning, so an unknown layout still fills the form when the known fields are there.

/** Far above any card's content (a few hundred characters): a longer burst is not one QR code. */
const QR_MAX_LENGTH = 2000;
/** The six-field variant is the shortest layout seen. */
const MIN_FIELDS = 6;

type Shape = 'empty' | 'id' | 'oldId' | 'date' | 'sex' | 'brokenNumber' | 'text';

interface Field {
  raw: string;
  shape: Shape;
  /** What the field looks like with refused characters taken out, for telling a name from an address. */
  visible: string;
}

export function parseCitizenIdQr(scanned: string, options: { today: string }): CitizenIdResult {
  const text = scanned.trim(); // BOM, the scanner's Enter, stray spaces
  if (text.length > QR_MAX_LENGTH) return fail('raw', 'too_long', QR_MAX_LENGTH);
  // Trimmed, the text starts and ends with a non-blank line: any line break left parts two codes.
  if (/[\r\n]/.test(text)) return fail('raw', 'several_codes');
  const rawFields = text.normalize('NFC').split('|');
  while (rawFields.length > 0 && rawFields[rawFields.length - 1]!.trim() === '') rawFields.pop(); // trailing separators
  if (rawFields.length === 0) return fail('raw', 'no_content');
  if (rawFields.length === 1) return fail('raw', 'not_citizen_id_code');
  if (rawFields.length < MIN_FIELDS) return fail('raw', 'too_few_fields');

  const fields = rawFields.map(classify);
  const used = new Set<Field>();
  const take = (field: Field | undefined): string | undefined => {
    if (field) used.add(field);
    return field?.raw;
  };
  const ofShape = (shape: Shape) => fields.filter((field) => field.shape === shape);
  const ids = ofShape('id');
  const dates = ofShape('date');
  const { name, address } = nameAndAddress(ofShape('text'));

  const candidate: ApplicantCandidate = {
    // Without a well-formed number, a damaged one is reported as the id number's error.
    idNumber: take(ids[0] ?? ofShape('brokenNumber')[0]),
    oldIdNumber: take(ofShape('oldId')[0]),
    fullName: take(name),
    birthDate: take(dates[0]),
    sex: take(ofShape('sex')[0]),
    address: take(address),
    issuedOn: take(dates[1]),
  };
  const warnings: CitizenIdWarningCode[] = [];
  if (ids.length > 1) {
    warnings.push('several_id_numbers');
    ids.slice(1).forEach((id) => used.add(id));
  }
  if (fields.some((field) => field.shape !== 'empty' && !used.has(field))) warnings.push('unrecognised_fields');
  return checkApplicant(candidate, { today: options.today, rawFieldCount: rawFields.length, warnings });
}

function classify(raw: string): Field {
  const visible = withoutForbiddenCharacters(raw).trim();
  return { raw, visible, shape: shapeOf(visible) };
}

function shapeOf(visible: string): Shape {
  if (visible === '') return 'empty';
  const digits = /^[\d\s]+$/.test(visible) ? visible.replace(/\s/g, '') : undefined;
  if (digits?.length === 12) return 'id';
  if (digits?.length === 9) return 'oldId';
  if (digits?.length === 8 || /^\d{2}[/.-]\d{2}[/.-]\d{4}$/.test(visible)) return 'date';
  if (digits !== undefined) return 'brokenNumber';
  if (/^[\dA-Za-z]+$/.test(visible) && visible.replace(/\D/g, '').length >= 6) return 'brokenNumber'; // O for 0, l for 1…
  const word = foldForSearch(visible);
  if (word === 'nam' || word === 'nu') return 'sex';
  return 'text';
}

/**
 * The name is the first text shaped like a name; the address is the longest of the rest. When no
 * text looks like a name, the first text is taken as the name so the error points at the name.
 */
function nameAndAddress(texts: Field[]): { name: Field | undefined; address: Field | undefined } {
  const name = texts.find((field) => NAME_PATTERN.test(field.visible)) ?? (texts.length > 1 ? texts[0] : undefined);
  const rest = texts.filter((field) => field !== name);
  const address = rest.reduce<Field | undefined>(
    (longest, field) => (!longest || field.visible.length > longest.visible.length ? field : longest),
    undefined,
  );
  return { name, address };
}
