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
