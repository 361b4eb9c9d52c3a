import { blockOfSlot, type DossierCodeParts } from '../../../shared/dossier-code/dossier-code';
import { localDay } from '../../../shared/time/local-time';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

// Which code comes next, shared by the allocation and the settings page's preview. Read through the
// command's transaction it is exact; through the read-only handle it is a preview.

export interface CodeSettingsRow {
  unit_code: string;
  slot: number;
}

export function codeSettings(db: Db): CodeSettingsRow | null {
  return (stmt(db, 'SELECT unit_code, slot FROM dossier_code_settings WHERE id = 1').get() as CodeSettingsRow | undefined) ?? null;
}

/**
 * The day part is today in Hanoi. Until the city's time is known, never earlier than the newest code
 * already issued: a PC clock set back must not reopen a day whose numbers are partly used. Once it is
 * known, its day is today even if a clock running ahead filed codes under a later day (the city flags
 * those); no code repeats, since a day's numbering goes on from its highest number. The number follows the highest one
 * issued in this PC's block that day, so a gap is never filled and a block left and taken up again
 * goes on where it stopped.
 */
export function nextDossierCode(db: Db, now: Date, cityTimeKnown: boolean): DossierCodeParts {
  const settings = codeSettings(db);
  if (!settings) throw new ApiError('dossier_code_not_configured');
  const today = localDay(now);
  const newest = cityTimeKnown ? null : (stmt(db, 'SELECT MAX(code_day) AS day FROM dossier_codes').get() as { day: string | null }).day;
  const day = newest !== null && newest > today ? newest : today;
  if (!day.startsWith('20')) throw new ApiError('dossier_code_day_unsupported');
  const block = blockOfSlot(settings.slot);
  const { top } = stmt(
    db,
    'SELECT MAX(number) AS top FROM dossier_codes WHERE unit_code = ? AND code_day = ? AND number BETWEEN ? AND ?',
  ).get(settings.unit_code, day, block.first, block.last) as { top: number | null };
  const number = (top ?? block.first - 1) + 1;
  if (number > block.last) throw new ApiError('dossier_code_block_used_up');
  return { unitCode: settings.unit_code, day, number };
}
