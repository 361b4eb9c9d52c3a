import type { PROCESSING_STATUSES } from '../sync/wire';
import { dossierTransition, type DossierStatus, type DossierStep } from './dossier-state';

// A processing system posts where a dossier now stands ("processing", "result_ready"…), not which step
// it took: the ward turns each posted status into the one lifecycle step that reaches it from where the
// dossier stands at the ward. None does when the counter moved the dossier meanwhile: a conflict.

export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];

/** The steps that can end in each posted status; "processing" is reached from two places. */
const CANDIDATES: Record<ProcessingStatus, readonly DossierStep[]> = {
  processing: ['start_processing', 'resume_processing'],
  supplement_requested: ['request_supplement'],
  extended: ['extend'],
  result_ready: ['mark_result_ready'],
  refused: ['refuse'],
  stopped: ['stop'],
};

/** The step that takes a dossier in `from` to the posted status, or null when the lifecycle allows none. */
export function stepForProcessingStatus(from: DossierStatus, posted: ProcessingStatus): DossierStep | null {
  return CANDIDATES[posted].find((step) => dossierTransition(from, step).ok) ?? null;
}
