// The dossier lifecycle at the counter (one-stop-rules §1.2; statuses named there as TIEP_NHAN …
// DA_TRA, TU_CHOI, DUNG_XU_LY). An extension (Mẫu 04) moves the appointment, not the status: the
// dossier is still where it was, only later due.

export const DOSSIER_STATUSES = [
  'received',
  'transferred',
  'processing',
  'supplement_requested',
  'result_ready',
  'returned',
  'refused',
  'stopped',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The steps after reception; `receive` is the dossier's creation. */
export const DOSSIER_STEPS = [
  'transfer',
  'start_processing',
  'request_supplement',
  'resume_processing',
  'mark_result_ready',
  'return_result',
  'refuse',
  'stop',
  'extend',
] as const;
export type DossierStep = (typeof DOSSIER_STEPS)[number];
export type DossierAction = 'receive' | DossierStep;

/** Not yet decided: the dossier may still be refused, stopped or extended. */
const UNDECIDED: readonly DossierStatus[] = ['received', 'transferred', 'processing', 'supplement_requested'];

const TRANSITIONS: Record<DossierStep, { from: readonly DossierStatus[]; to: DossierStatus | 'same' }> = {
  transfer: { from: ['received'], to: 'transferred' },
  start_processing: { from: ['transferred'], to: 'processing' },
  request_supplement: { from: ['processing'], to: 'supplement_requested' },
  resume_processing: { from: ['supplement_requested'], to: 'processing' },
  mark_result_ready: { from: ['processing'], to: 'result_ready' },
  return_result: { from: ['result_ready'], to: 'returned' },
  refuse: { from: UNDECIDED, to: 'refused' },
  stop: { from: UNDECIDED, to: 'stopped' },
  extend: { from: UNDECIDED, to: 'same' },
};

/**
 * Steps whose form must state a reason: the refusal (Mẫu 03), the stop notice (Mẫu 05), the apology
 * with its new date (Mẫu 04), and the supplement request, which lists what is missing (Mẫu 02).
 */
export const STEPS_WITH_REASON: ReadonlySet<DossierStep> = new Set(['refuse', 'stop', 'extend', 'request_supplement']);

export type DossierTransition = { ok: true; to: DossierStatus } | { ok: false };

export function dossierTransition(from: DossierStatus, step: DossierStep): DossierTransition {
  const rule = TRANSITIONS[step];
  if (!rule.from.includes(from)) return { ok: false };
  return { ok: true, to: rule.to === 'same' ? from : rule.to };
}

/** Statuses in which the ward's clock runs against the due date (the citizen owes nothing). */
export const RUNNING_STATUSES: readonly DossierStatus[] = ['received', 'transferred', 'processing'];
