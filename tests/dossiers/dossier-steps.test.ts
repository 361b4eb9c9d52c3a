import { describe, expect, it } from 'vitest';
import { allowedSteps, STEP_KEYS, stepForKey } from '../../src/renderer/dossiers/dossier-steps';
import { DOSSIER_STEPS } from '../../src/shared/dossier/dossier-state';

// The dossier view offers, and answers the keys of, exactly the steps the service would accept.

describe("the dossier view's step keys", () => {
  it('give every step its own digit', () => {
    const keys = DOSSIER_STEPS.map((step) => STEP_KEYS[step]);
    expect(new Set(keys).size).toBe(DOSSIER_STEPS.length);
    for (const key of keys) expect(key).toMatch(/^[1-9]$/);
  });

  it('offer from each status only what the lifecycle allows', () => {
    expect(allowedSteps('received')).toEqual(['transfer', 'refuse', 'stop', 'extend']);
    expect(allowedSteps('processing')).toEqual(['request_supplement', 'mark_result_ready', 'refuse', 'stop', 'extend']);
    expect(allowedSteps('result_ready')).toEqual(['return_result']);
    expect(allowedSteps('returned')).toEqual([]);
    expect(allowedSteps('refused')).toEqual([]);
  });

  it('ignore the key of a step the status does not allow', () => {
    expect(stepForKey('received', '1')).toBe('transfer');
    expect(stepForKey('received', '6')).toBeNull();
    expect(stepForKey('result_ready', '6')).toBe('return_result');
    expect(stepForKey('returned', '6')).toBeNull();
    expect(stepForKey('processing', 'x')).toBeNull();
  });
});
