import type { Dossier, DossierEvent } from '../../../shared/api/dossiers';
import { REGISTER_PRINT_MAX_ROWS } from '../../../shared/api/register';
import { registerRow, type RegisterRow } from '../../../shared/slips/register';
import { instantOfLocal } from '../../../shared/time/local-time';
import type { AuditLog } from '../accounts/audit-log';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

// The register (Mẫu 07) read from the dossiers received in a range of Hanoi days. Every dossier it
// lists is recorded in the audit log, in one commit, before the rows leave (Law 91/2025/QH15).

export interface RegisterRange {
  from: string;
  to: string;
}

/** The steps whose times the register prints. */
const REGISTER_ACTIONS: readonly DossierEvent['action'][] = ['transfer', 'mark_result_ready', 'return_result', 'extend'];

export class RegisterReads {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  /** The register lines, oldest reception first; `limit` refuses a range with more than that many. */
  rows(range: RegisterRange, caller: Caller, method: string, detail: string, limit?: number): RegisterRow[] {
    // From the first moment of `from` to the first moment of the day after `to`, Hanoi time.
    const start = instantOfLocal(range.from, '00:00');
    const end = new Date(Date.parse(instantOfLocal(range.to, '00:00')) + 24 * 60 * 60 * 1000).toISOString();
    const dossiers = (
      stmt(
        this.db,
        `SELECT data FROM dossiers WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id ${limit === undefined ? '' : 'LIMIT ?'}`,
      ).all(...[start, end, ...(limit === undefined ? [] : [limit + 1])]) as { data: string }[]
    ).map((r) => JSON.parse(r.data) as Dossier);
    if (limit !== undefined && dossiers.length > limit) throw new ApiError('register_too_long');
    const steps = this.steps(start, end);
    this.audit.personalDataReads(
      caller,
      method,
      dossiers.map((d) => ({ idNumber: d.applicant.idNumber, entity: 'dossier', entityId: d.id })),
      detail,
    );
    return dossiers.map((d) => registerRow(d, steps.get(d.id) ?? []));
  }

  printable(range: RegisterRange, caller: Caller): RegisterRow[] {
    return this.rows(range, caller, 'listDossierRegister', 'register', REGISTER_PRINT_MAX_ROWS);
  }

  /** The register's steps of every dossier received in the range, in one query, oldest first. */
  private steps(start: string, end: string): Map<string, Pick<DossierEvent, 'action' | 'at'>[]> {
    const rows = stmt(
      this.db,
      `SELECT e.dossier_id, e.action, e.at FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
       WHERE d.received_at >= ? AND d.received_at < ? AND e.action IN (${REGISTER_ACTIONS.map(() => '?').join(',')})
       ORDER BY e.at, e.rowid`,
    ).all(start, end, ...REGISTER_ACTIONS) as { dossier_id: string; action: DossierEvent['action']; at: string }[];
    const byDossier = new Map<string, Pick<DossierEvent, 'action' | 'at'>[]>();
    for (const r of rows) {
      const list = byDossier.get(r.dossier_id) ?? [];
      list.push({ action: r.action, at: r.at });
      byDossier.set(r.dossier_id, list);
    }
    return byDossier;
  }
}
