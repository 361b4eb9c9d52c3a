import { describe, expect, it } from 'vitest';
import { parseJoinHubRequest } from '../../src/main/electron/join-hub-request';

// Gaps found by mutation testing: the wizard's "join a hub" answer as the preload and the shell check
// it. Its error text reaches IT in the wizard (JoinStep, joinFailed).

const hub = 'http://192.168.1.10:7710';

describe("the wizard's join request", () => {
  it.each(['counter', 'kiosk', 'display'] as const)('lets a %s join the hub', (role) => {
    expect(parseJoinHubRequest({ role, hub })).toEqual({ ok: true, request: { role, hub } });
  });

  it('names the roles there are when the page sends another', () => {
    expect(parseJoinHubRequest({ role: 'hub', hub })).toEqual({ ok: false, error: 'role must be one of counter, kiosk, display' });
  });

  it.each([null, undefined, 'counter', 42])('answers %s with an error, not a throw that would leave the wizard busy', (input) => {
    expect(parseJoinHubRequest(input)).toEqual({ ok: false, error: 'The join request must be an object' });
  });
});
