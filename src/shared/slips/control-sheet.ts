import { z } from 'zod';
import type { Dossier, DossierEvent } from '../api/dossiers';
import { Instant, Text } from '../api/schemas';
import { NAME_MAX } from '../citizen-id/applicant';
import { DOSSIER_STEPS } from '../dossier/dossier-state';
import { localDay } from '../time/local-time';
import type { SlipContext } from './from-dossier';
import { PrintedDossierCode } from './slip-common';

// Mẫu 06 "Phiếu kiểm soát quá trình giải quyết hồ sơ" (TT 03/2025/TT-VPCP, Phụ lục I): the sheet that
// travels with the dossier, one row per hand-over. Fields after one-stop-rules §1.3 [S]: the code,
// whose dossier it is, the lead and coordinating agencies, and per row the time of the hand-over with
// who gave and who took it, the result class (trước hạn / đúng hạn / quá hạn) and a note.

export const RESULT_CLASSES = ['early', 'on_time', 'late'] as const;

export const ControlStep = z
  .object({
    action: z.enum(['receive', ...DOSSIER_STEPS]),
    at: Instant,
    /** Who recorded the step; null for a step the processing side posted at the city. */
    clerkName: Text(NAME_MAX).nullable(),
    /** Only on the row where the result comes back from processing. */
    result: z.enum(RESULT_CLASSES).nullable(),
    reason: Text(2000).nullable(),
    /** The new appointment of an extension. */
    newDueAt: Instant.nullable(),
  })
  .strict();
export type ControlStep = z.infer<typeof ControlStep>;

export const ControlSheet = z
  .object({
    wardName: Text(200),
    placeName: Text(100).nullable(),
    dossierCode: PrintedDossierCode,
    applicantName: Text(NAME_MAX),
    procedureName: Text(500),
    dueAt: Instant,
    steps: z.array(ControlStep).min(1).max(200),
    /** When the sheet was printed: it shows the steps up to then. */
    printedAt: Instant,
  })
  .strict();
export type ControlSheet = z.infer<typeof ControlSheet>;

/**
 * Trước hạn before the due day, đúng hạn on it, quá hạn after it. Whether "đúng hạn" means the due day
 * or the due hour is [U] (one-stop-rules §6.3); the day is what provincial dashboards count by.
 */
export function resultClass(at: string, dueDay: string): (typeof RESULT_CLASSES)[number] {
  const day = localDay(at);
  return day < dueDay ? 'early' : day === dueDay ? 'on_time' : 'late';
}

/**
 * Every step so far, oldest first. The dossier's appointment can only move while it is undecided, so
 * the one it has now is the one the result was measured against.
 */
export function controlSheetFromDossier(
  dossier: Dossier,
  events: readonly DossierEvent[],
  context: SlipContext & { now: Date },
): ControlSheet {
  return ControlSheet.parse({
    wardName: context.wardName,
    placeName: null,
    dossierCode: dossier.code,
    applicantName: dossier.applicant.fullName,
    procedureName: dossier.procedure.name,
    dueAt: dossier.due.at,
    steps: events.map((e) => ({
      action: e.action,
      at: e.at,
      clerkName: e.clerk?.fullName || null,
      result: e.action === 'mark_result_ready' ? resultClass(e.at, dossier.due.date) : null,
      reason: e.reason,
      newDueAt: e.newDue?.at ?? null,
    })),
    printedAt: context.now.toISOString(),
  });
}
