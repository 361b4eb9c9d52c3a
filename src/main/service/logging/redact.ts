// Law 91/2025/QH15 on personal data: the service's log files leave the PC in diagnostic bundles, so no
// citizen's name, ID number, address, birth date or phone number may reach them. Known fields are
// dropped by name; numbers shaped like an ID card or a phone are masked wherever they appear in text.

const PERSONAL_KEYS = new Set(
  [
    'fullName',
    'name',
    'idNumber',
    'oldIdNumber',
    'phone',
    'email',
    'address',
    'birthDate',
    'dateOfBirth',
    'applicant',
    'representative',
    'scanned',
    'secret',
    'secretHash',
    'token',
  ].map((k) => k.toLowerCase()),
);

/** A 12-digit citizen ID (or the 9-digit card it replaced), and a Vietnamese mobile or landline number. */
const ID_NUMBER = /(?<!\d)(?:\d{12}|\d{9})(?!\d)/g;
const PHONE = /(?<!\d)(?:\+84|84|0)[1-9]\d{7,9}(?!\d)/g;

export function redactText(text: string): string {
  return text.replace(ID_NUMBER, '[id-number]').replace(PHONE, '[phone]');
}

export function redact(value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Error) return redactText(value.message);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = PERSONAL_KEYS.has(key.toLowerCase()) ? '[redacted]' : redact(field);
    return out;
  }
  return value;
}
