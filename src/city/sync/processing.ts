// Dossier status changes posted by processing systems, delivered to the receiving ward by pull.
import type { ProcessingStatusRequest } from '../../shared/sync/wire';
import type { CityDb } from '../db/adapter';
import { sha256 } from '../auth/secrets';
import { SyncError } from '../sync-error';
import { recordChanges } from './ward-state';

export async function wardOfProcessingToken(db: CityDb, token: string): Promise<string> {
  const [row] = await db.query<{ ward_code: string }>(
    'SELECT ward_code FROM processing_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
    [sha256(token)],
  );
  if (!row) throw new SyncError('unauthorized', 'unknown or revoked processing token');
  return row.ward_code;
}

/**
 * Idempotent by (ward, eventId); the change sent down carries the dossier's whole status history, each
 * entry with its event id, so the ward applies each once (src/main/service/dossiers/city-steps.ts).
 */
export async function postProcessingStatus(db: CityDb, wardCode: string, request: ProcessingStatusRequest): Promise<{ replayed: boolean }> {
  if (!request.dossierCode.startsWith(`${wardCode}-`))
    throw new SyncError('forbidden', `dossier ${request.dossierCode} is not ward ${wardCode}'s`);
  return db.transaction(async (tx) => {
    const inserted = await tx.query(
      `INSERT INTO dossier_statuses (event_id, ward_code, dossier_id, dossier_code, status, at, note, new_due)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (ward_code, event_id) DO NOTHING RETURNING event_id`,
      [
        request.eventId,
        wardCode,
        request.dossierId,
        request.dossierCode,
        request.status,
        request.at,
        request.note ?? null,
        request.newDue ? JSON.stringify(request.newDue) : null,
      ],
    );
    // Event ids are per ward: another ward's id is stored as this ward's own, so no answer says it exists elsewhere.
    if (inserted.length === 0) return { replayed: true };
    const history = await tx.query<{ event_id: string; status: string; at: Date; note: string | null; new_due: unknown }>(
      `SELECT event_id::text AS event_id, status, at, note, new_due FROM dossier_statuses WHERE ward_code = $1 AND dossier_id = $2
       ORDER BY at, received_at`,
      [wardCode, request.dossierId],
    );
    const latest = history.at(-1)!;
    await recordChanges(tx, wardCode, [
      {
        entity: 'dossier_status',
        entityId: request.dossierId,
        data: {
          dossierId: request.dossierId,
          dossierCode: request.dossierCode,
          status: latest.status,
          at: latest.at.toISOString(),
          history: history.map((h) => ({ eventId: h.event_id, status: h.status, at: h.at.toISOString(), note: h.note, newDue: h.new_due })),
        },
        originDeviceId: null,
      },
    ]);
    return { replayed: false };
  });
}
