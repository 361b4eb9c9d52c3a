import { z } from 'zod';
import type { Dossier } from '../../../shared/api/dossiers';
import { dossierTransition } from '../../../shared/dossier/dossier-state';
import { stepForProcessingStatus } from '../../../shared/dossier/processing-steps';
import { cityStepText } from '../../../shared/i18n/vi/dossiers';
import { Instant, PROCESSING_ACTOR, PROCESSING_STATUSES, ProcessingNewDue, Uuid } from '../../../shared/sync/wire';
import { instantOfLocal } from '../../../shared/time/local-time';
import { LOCAL_CALLER, type Caller } from '../caller';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';
import type { WriteContext, WritePath } from '../write-path';
import { recordStep } from './commands';
import { insertConflict, readDossier, takenEventIds, updateDossier } from './dossier-rows';

// Statuses the processing side posted at the city (`POST /v1/processing/status`) reach this PC by pull,
// as a dossier's whole status history (`city_dossier_status`). Each event it has not taken yet becomes,
// in the history's order, either the lifecycle step that reaches the posted status from where the
// dossier stands here, or, when the lifecycle allows none (the counter moved the dossier meanwhile), a
// conflict kept on the dossier for the clerk. Both are written through the write path and sent to the
// city, so ward and city hold the same events (docs/sync-protocol.md, "Dossiers").

/** One entry of the history the city sends; entries from a city too old to name their event are skipped. */
const HistoryEntry = z.object({
  eventId: Uuid,
  status: z.enum(PROCESSING_STATUSES),
  at: Instant,
  note: z.string().max(2000).nullable(),
  newDue: ProcessingNewDue.nullable().optional(),
});
type HistoryEntry = z.infer<typeof HistoryEntry>;

/** The city's history of one dossier: the entries this PC can read, in the city's order. */
export function cityHistory(data: unknown): HistoryEntry[] {
  const history = (data as { history?: unknown } | null)?.history;
  if (!Array.isArray(history)) return [];
  return history.flatMap((entry) => {
    const parsed = HistoryEntry.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Whether a pulled history holds events this PC's dossier has not taken; false for a dossier this PC does not hold. */
export function hasUntakenEvents(db: Db, dossierId: string, data: unknown): boolean {
  if (!stmt(db, 'SELECT 1 FROM dossiers WHERE id = ?').get(dossierId)) return false;
  const taken = takenEventIds(db, dossierId);
  return cityHistory(data).some((e) => !taken.has(e.eventId));
}

const PROCESSING_CALLER: Caller = {
  ...LOCAL_CALLER,
  deviceName: cityStepText.processingSide,
  actor: PROCESSING_ACTOR,
  method: 'applyCityDossierStatus',
};

export class DossierCitySteps {
  constructor(
    private readonly db: Db,
    private readonly write: WritePath,
  ) {}

  /** Applies every pulled history still pending, one dossier per transaction. */
  applyPending(): void {
    const pending = stmt(this.db, 'SELECT dossier_id, data FROM city_dossier_status WHERE pending = 1 ORDER BY dossier_id').all() as {
      dossier_id: string;
      data: string;
    }[];
    for (const row of pending) {
      const settled = (db: Db) => stmt(db, 'UPDATE city_dossier_status SET pending = 0 WHERE dossier_id = ?').run(row.dossier_id);
      if (hasUntakenEvents(this.db, row.dossier_id, JSON.parse(row.data)))
        this.write.run(PROCESSING_CALLER, (tx) => {
          takeHistory(tx, row.dossier_id, cityHistory(JSON.parse(row.data)));
          settled(tx.db);
        });
      // Nothing left to take (the dossier is gone, or took them already): only sync's own flag changes.
      else this.write.runSync((tx) => settled(tx.db));
    }
  }
}

function takeHistory(tx: WriteContext, dossierId: string, history: readonly HistoryEntry[]): void {
  let dossier = readDossier(tx.db, dossierId);
  if (!dossier) return;
  const taken = takenEventIds(tx.db, dossierId);
  for (const entry of history) {
    if (taken.has(entry.eventId)) continue;
    taken.add(entry.eventId);
    dossier = takeEntry(tx, dossier, entry);
  }
}

/** The step the entry asks for, or its conflict; returns the dossier as it now stands. */
function takeEntry(tx: WriteContext, dossier: Dossier, entry: HistoryEntry): Dossier {
  const step = stepForProcessingStatus(dossier.status, entry.status);
  // Null exactly when no step reaches the posted status from here.
  const moved = step ? dossierTransition(dossier.status, step) : null;
  let newDue: Dossier['due'] | null = null;
  if (step === 'extend' && entry.newDue) newDue = { ...entry.newDue, at: instantOfLocal(entry.newDue.date, entry.newDue.time) };
  // An extension must move the appointment later, as at the counter (commands.ts).
  const extensionBroken = step === 'extend' && (!newDue || Date.parse(newDue.at) <= Date.parse(dossier.due.at));
  if (!step || !moved?.ok || extensionBroken) {
    const conflict = { eventId: entry.eventId, status: entry.status, at: entry.at, note: entry.note, wardStatus: dossier.status };
    insertConflict(tx.db, { ...conflict, dossierId: dossier.id, recordedAt: tx.now.toISOString() });
    tx.record({
      entity: 'dossier',
      entityId: dossier.id,
      op: 'dossier.conflict@1',
      payload: { ...conflict, recordedAt: tx.now.toISOString() },
    });
    return dossier;
  }
  const next: Dossier = { ...dossier, status: moved.to, due: newDue ?? dossier.due, updatedAt: tx.now.toISOString() };
  updateDossier(tx.db, next);
  recordStep(tx, next, step, dossier.status, entry.note, newDue, { source: 'processing', eventId: entry.eventId, at: entry.at });
  return next;
}
