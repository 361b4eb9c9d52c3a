import { z } from 'zod';
import { BlockSlot, UnitCode } from '../dossier-code/dossier-code';
import { Empty, method } from './method';
import { Instant, LocalDayString } from './schemas';

// Official dossier codes: this PC's block of the ward's daily numbers, and drawing the next code.

const DossierCodeSettings = z.object({
  /** Null until the ward's unit code is entered: no code is issued before that. */
  unitCode: z.string().nullable(),
  slot: z.number().int().nullable(),
  /** The numbers this PC may issue each day. */
  block: z.object({ first: z.number().int(), last: z.number().int() }).nullable(),
  /** The code the next allocation would give if it happened now, or null when none can be issued. */
  nextCode: z.string().nullable(),
});

export const dossierCodeMethods = {
  allocateDossierCode: method({
    summary: "Issue the next dossier code from this PC's block. Never issued twice, even after a crash or a clock set back.",
    input: Empty,
    output: z.object({ code: z.string(), unitCode: z.string(), day: LocalDayString, number: z.number().int(), issuedAt: Instant }),
    roles: ['local', 'counter'],
    clerks: ['clerk', 'head', 'admin'],
  }),
  getDossierCodeSettings: method({
    summary: "The ward's unit code, this PC's block of daily numbers and a preview of the next code.",
    input: Empty,
    output: DossierCodeSettings,
    roles: ['local'],
    clerks: ['admin'],
  }),
  saveDossierCodeSettings: method({
    summary: "Set the ward's unit code and this PC's block (slot 0 = 0001–0999, slot 1 = 1001–1999 …).",
    input: z.object({ unitCode: UnitCode, slot: BlockSlot }).strict(),
    output: DossierCodeSettings,
    roles: ['local'],
    clerks: ['admin'],
  }),
} as const;
