import { z } from 'zod';

// The dossier code printed on the receipt, `<unit code>-<YYMMDD>-<NNNN>` (TT 01/2018/TT-VPCP Art. 19,
// one-stop-rules §2.1). The 4-digit number counts the unit's dossiers of the day, and several offline
// PCs receive for the same unit, so each PC numbers inside its own block of a thousand
// (sync-research §6.2): slot 1 owns 1001–1999, slot 0 owns 0001–0999. No code ever ends in x000.

/**
 * The receiving unit's code, as the city configures it (QCVN 102:2016, e.g. `000.A0.01.H26`). Its
 * exact post-2025 shape is unconfirmed (one-stop-rules §2.2 [U]), so only what keeps the code
 * readable is enforced: dot-separated groups of capital letters and digits, never a hyphen.
 */
export const UnitCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Z]{1,8}(\.[0-9A-Z]{1,8}){0,5}$/, 'expected dot-separated groups of capital letters and digits');

export const BLOCK_SIZE = 1000;
export const SLOT_COUNT = 10;
export const BlockSlot = z
  .number()
  .int()
  .min(0)
  .max(SLOT_COUNT - 1);

export interface NumberBlock {
  first: number;
  last: number;
}

export function blockOfSlot(slot: number): NumberBlock {
  if (!BlockSlot.safeParse(slot).success) throw new RangeError(`no block for slot ${slot}`);
  return { first: slot * BLOCK_SIZE + 1, last: slot * BLOCK_SIZE + BLOCK_SIZE - 1 };
}

export interface DossierCodeParts {
  unitCode: string;
  /** The reception day in the code, YYYY-MM-DD (Hanoi calendar). */
  day: string;
  /** 1–9999. */
  number: number;
}

const ISO_DAY = /^20(\d{2})-(\d{2})-(\d{2})$/;
const CODE = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4})$/;

export function formatDossierCode(parts: DossierCodeParts): string {
  const day = ISO_DAY.exec(parts.day);
  // The code carries two year digits; this century is the only one whose days it can name unambiguously.
  if (!day) throw new RangeError(`not a day of 2000–2099: ${parts.day}`);
  if (!Number.isInteger(parts.number) || parts.number < 1 || parts.number > 9999)
    throw new RangeError(`not a 4-digit number: ${parts.number}`);
  if (!UnitCode.safeParse(parts.unitCode).success) throw new RangeError(`not a unit code: ${parts.unitCode}`);
  return `${parts.unitCode}-${day[1]}${day[2]}${day[3]}-${String(parts.number).padStart(4, '0')}`;
}

/** The parts of a code as printed, or null when the text is not one. */
export function parseDossierCode(code: string): DossierCodeParts | null {
  const m = CODE.exec(code.trim());
  if (!m) return null;
  const [, unitCode, yy, mm, dd, nnnn] = m as unknown as [string, string, string, string, string, string];
  const day = `20${yy}-${mm}-${dd}`;
  const number = Number(nnnn);
  if (!UnitCode.safeParse(unitCode).success || number === 0 || !existingDay(day)) return null;
  return { unitCode, day, number };
}

function existingDay(day: string): boolean {
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}
