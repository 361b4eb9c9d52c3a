import { z } from 'zod';
import type { Dossier, DossierEvent } from '../api/dossiers';
import { Instant } from '../api/schemas';
import { DOSSIER_STATUSES } from '../dossier/dossier-state';
import { slipsText } from '../i18n/vi/slips';

// Mẫu 07 "Sổ theo dõi hồ sơ" (TT 03/2025/TT-VPCP, Phụ lục I): one line per dossier received, with the
// columns of one-stop-rules §1.3 [U]. The same cells make the printed register, the CSV and the XLSX.

export const RegisterRow = z.object({
  dossierId: z.string(),
  code: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  receivedAt: Instant,
  /** The appointment in force (after any extension). */
  dueAt: Instant,
  /** The first hand-over to the processing agency. */
  transferredAt: Instant.nullable(),
  /** When the result came back to the counter ("result ready"). */
  resultReceivedAt: Instant.nullable(),
  returnedAt: Instant.nullable(),
  status: z.enum(DOSSIER_STATUSES),
  extended: z.boolean(),
  notes: z.string().nullable(),
});
export type RegisterRow = z.infer<typeof RegisterRow>;

export function registerRow(dossier: Dossier, events: readonly Pick<DossierEvent, 'action' | 'at'>[]): RegisterRow {
  const first = (action: DossierEvent['action']) => events.find((e) => e.action === action)?.at ?? null;
  return {
    dossierId: dossier.id,
    code: dossier.code,
    procedureName: dossier.procedure.name,
    applicantName: dossier.applicant.fullName,
    address: dossier.applicant.address,
    phone: dossier.applicant.phone ?? null,
    receivedAt: dossier.receivedAt,
    dueAt: dossier.due.at,
    transferredAt: first('transfer'),
    resultReceivedAt: first('mark_result_ready'),
    returnedAt: first('return_result'),
    status: dossier.status,
    extended: events.some((e) => e.action === 'extend'),
    notes: dossier.notes,
  };
}

/**
 * One line of the register as text, in the order of `slipsText.register.columns`. The lead processing
 * agency stays empty: a dossier does not record it yet (source gap: §1.3 names the column, the intake
 * does not ask for it). Each dossier is one set, as the receipt prints it.
 */
export function registerCells(row: RegisterRow, index: number, moment: (instant: string) => string): string[] {
  const when = (instant: string | null) => (instant ? moment(instant) : '');
  const notes = slipsText.register.notes;
  const remarks = [
    row.status === 'refused' ? notes.refused : null,
    row.status === 'stopped' ? notes.stopped : null,
    row.extended ? notes.extended : null,
    row.notes,
  ].filter((r): r is string => r !== null && r !== '');
  return [
    String(index + 1),
    row.code,
    row.procedureName,
    '1',
    row.applicantName,
    row.phone ? `${row.address}, ${row.phone}` : row.address,
    '',
    when(row.receivedAt),
    when(row.dueAt),
    when(row.transferredAt),
    when(row.resultReceivedAt),
    when(row.returnedAt),
    remarks.join('; '),
  ];
}
