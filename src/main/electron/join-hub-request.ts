import type { JoinHubRequest } from '../../shared/shell-bridge';
import { hubOrigin } from '../../shared/setup/hub-address';

// The wizard's "join a hub" answer, checked in the preload and again in the shell like a print
// request. Pure and tiny: the sandboxed preload bundles it.

const ROLES: readonly JoinHubRequest['role'][] = ['counter', 'kiosk', 'display'];

export type ParsedJoinHubRequest = { ok: true; request: JoinHubRequest } | { ok: false; error: string };

export function parseJoinHubRequest(input: unknown): ParsedJoinHubRequest {
  if (typeof input !== 'object' || input === null) return { ok: false, error: 'The join request must be an object' };
  const { role, hub } = input as Record<string, unknown>;
  if (!ROLES.includes(role as JoinHubRequest['role'])) return { ok: false, error: `role must be one of ${ROLES.join(', ')}` };
  // Only an origin the wizard already normalised: the shell will trust exactly this one.
  if (typeof hub !== 'string' || hubOrigin(hub) !== hub) return { ok: false, error: 'hub must be an origin like http://192.168.1.10:7710' };
  return { ok: true, request: { role: role as JoinHubRequest['role'], hub } };
}

/** The user-data file the shell reads at its next start, in the machine config file's own shape. */
export function joinedHubFileText(request: JoinHubRequest): string {
  return `${JSON.stringify({ device: { role: request.role, hub: request.hub } }, null, 2)}\n`;
}
