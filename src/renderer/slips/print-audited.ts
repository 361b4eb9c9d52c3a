import type { DossierSlipForm } from '../../shared/api/dossiers';
import { api } from '../api/client';
import type { PrintOutcome } from '../printing/print-document';

/**
 * Prints a slip of a dossier once the service has recorded the print in the audit log: a slip hands
 * the citizen's data out on paper, and one that could not be recorded is not printed (the error is thrown).
 */
export async function printAudited(dossierId: string, form: DossierSlipForm, print: () => Promise<PrintOutcome>): Promise<PrintOutcome> {
  await api('recordSlipPrinted', { dossierId, form });
  return print();
}

/**
 * As printAudited, for Mẫu 02 or 03 given at intake, before any dossier exists: filed under the procedure and
 * the citizen's ID number when one was read or typed in full.
 */
export async function printNoticeAudited(
  notice: { procedureId: string; form: '02' | '03'; idNumber: string },
  print: () => Promise<PrintOutcome>,
): Promise<PrintOutcome> {
  const idNumber = /^\d{12}$/.test(notice.idNumber) ? { idNumber: notice.idNumber } : {};
  await api('recordNoticePrinted', { procedureId: notice.procedureId, form: notice.form, ...idNumber });
  return print();
}
