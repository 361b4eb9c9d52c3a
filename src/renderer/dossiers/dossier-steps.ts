import { DOSSIER_STEPS, dossierTransition, type DossierStatus, type DossierStep } from '../../shared/dossier/dossier-state';

// The dossier view's keys: a fixed digit per step, so a clerk's hand learns them whatever the status;
// only the steps the status allows are offered, by the same rule the service applies.

export const STEP_KEYS: Record<DossierStep, string> = {
  transfer: '1',
  start_processing: '2',
  request_supplement: '3',
  resume_processing: '4',
  mark_result_ready: '5',
  return_result: '6',
  refuse: '7',
  stop: '8',
  extend: '9',
};

export function allowedSteps(status: DossierStatus): DossierStep[] {
  return DOSSIER_STEPS.filter((step) => dossierTransition(status, step).ok);
}

export function stepForKey(status: DossierStatus, key: string): DossierStep | null {
  return allowedSteps(status).find((step) => STEP_KEYS[step] === key) ?? null;
}
