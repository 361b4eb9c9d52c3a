import type { MethodOutput } from '../../../shared/api/contract';
import { blockOfSlot, formatDossierCode } from '../../../shared/dossier-code/dossier-code';
import { ApiError } from '../api-error';
import type { Db } from '../db/open-database';
import { codeSettings, nextDossierCode } from './next-code';

export function dossierCodeSettings(db: Db, now: Date, cityTimeKnown: boolean): MethodOutput<'getDossierCodeSettings'> {
  const settings = codeSettings(db);
  return {
    unitCode: settings?.unit_code ?? null,
    slot: settings?.slot ?? null,
    block: settings ? blockOfSlot(settings.slot) : null,
    nextCode: previewCode(db, now, cityTimeKnown),
  };
}

function previewCode(db: Db, now: Date, cityTimeKnown: boolean): string | null {
  try {
    return formatDossierCode(nextDossierCode(db, now, cityTimeKnown));
  } catch (error) {
    if (error instanceof ApiError) return null;
    throw error;
  }
}
