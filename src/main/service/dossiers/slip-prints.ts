import type { MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { AuditLog } from '../accounts/audit-log';
import { ApiError } from '../api-error';
import type { Caller } from '../caller';
import type { Db } from '../db/open-database';
import { stmt } from '../db/statements';

// The slips are drawn and printed by the page, so the service cannot see them leave; the page reports
// each print first, and a print that could not be recorded does not happen (Law 91/2025/QH15).

export class SlipPrints {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  record(input: ParsedInput<'recordSlipPrinted'>, caller: Caller): MethodOutput<'recordSlipPrinted'> {
    const row = stmt(this.db, 'SELECT id_number FROM dossiers WHERE id = ?').get(input.dossierId) as { id_number: string } | undefined;
    if (!row) throw new ApiError('dossier_not_found');
    this.audit.personalDataReads(
      caller,
      'recordSlipPrinted',
      [{ idNumber: row.id_number, entity: 'dossier', entityId: input.dossierId }],
      `slip_${input.form}`,
    );
    return {};
  }

  /** Mẫu 02 or 03 handed over at intake: no dossier, so the print is filed under the procedure and the citizen's ID number. */
  recordNotice(input: ParsedInput<'recordNoticePrinted'>, caller: Caller): MethodOutput<'recordNoticePrinted'> {
    if (!stmt(this.db, 'SELECT 1 FROM procedures WHERE id = ?').get(input.procedureId)) throw new ApiError('procedure_not_found');
    this.audit.personalDataReads(
      caller,
      'recordNoticePrinted',
      [{ idNumber: input.idNumber ?? null, entity: 'procedure', entityId: input.procedureId }],
      `slip_${input.form}`,
    );
    return {};
  }
}
