import { z } from 'zod';
import { RegisterRow } from '../slips/register';
import { FileDownload, method } from './method';
import { checkedDayRange, LocalDayString } from './schemas';

// The register of dossiers received (Mẫu 07, Sổ theo dõi hồ sơ) over a range of days: read to print,
// or exported as a spreadsheet. It lists citizens' names, addresses and phones in bulk, so only the
// head of the service point reads it (a counter clerk finds one dossier at a time; an IT admin needs
// none of it), and every dossier it shows goes to the audit log.

/** A year, leap day included: longer than any report the register is kept for. */
export const REGISTER_MAX_DAYS = 366;
/** More lines than this do not make a printable register; the files hold any number. */
export const REGISTER_PRINT_MAX_ROWS = 5000;
export const REGISTER_FORMATS = ['csv', 'xlsx'] as const;

const registerAccess = { roles: ['local', 'counter'], clerks: ['head'] } as const;

const checkedRange = checkedDayRange(REGISTER_MAX_DAYS);

const range = { from: LocalDayString, to: LocalDayString };

export const registerMethods = {
  listDossierRegister: method({
    summary: `The register (form 07) of the dossiers received from \`from\` to \`to\` (Hanoi days, both included, at most ${REGISTER_MAX_DAYS}), oldest first, to print; more than ${REGISTER_PRINT_MAX_ROWS} lines is refused (register_too_long). Each dossier listed is recorded in the audit log.`,
    input: z.object(range).strict().superRefine(checkedRange),
    output: z.object({ rows: z.array(RegisterRow) }),
    ...registerAccess,
  }),
  exportDossierRegister: method({
    summary:
      'The same register as a file to download: CSV (UTF-8 with a byte-order mark) or XLSX, every cell kept as text. Each dossier in it is recorded in the audit log.',
    input: z
      .object({ ...range, format: z.enum(REGISTER_FORMATS) })
      .strict()
      .superRefine(checkedRange),
    output: FileDownload,
    download: true,
    ...registerAccess,
  }),
} as const;
