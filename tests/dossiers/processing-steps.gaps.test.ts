import { describe, expect, it } from 'vitest';
import { stepForProcessingStatus } from '../../src/shared/dossier/processing-steps';

// Gaps found by mutation testing: which counter step a status posted by the processing side becomes,
// from each place the dossier may stand at the ward (one-stop-rules §1.2), written out by hand.

describe('a status posted by the processing side, as the ward takes it', () => {
  it.each([
    ['transferred', 'processing', 'start_processing'],
    ['supplement_requested', 'processing', 'resume_processing'],
    ['processing', 'supplement_requested', 'request_supplement'],
    ['processing', 'result_ready', 'mark_result_ready'],
    ['processing', 'extended', 'extend'],
    ['received', 'extended', 'extend'],
    ['transferred', 'refused', 'refuse'],
    ['supplement_requested', 'stopped', 'stop'],
  ] as const)('from %s, "%s" is the step %s', (from, posted, step) => {
    expect(stepForProcessingStatus(from, posted)).toBe(step);
  });

  it.each([
    ['received', 'processing'],
    ['processing', 'processing'],
    ['transferred', 'supplement_requested'],
    ['supplement_requested', 'result_ready'],
    ['returned', 'refused'],
    ['result_ready', 'extended'],
    ['refused', 'stopped'],
  ] as const)('from %s, "%s" is no step: a conflict for the clerk', (from, posted) => {
    expect(stepForProcessingStatus(from, posted)).toBeNull();
  });
});
