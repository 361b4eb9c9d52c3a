// Named points of the sync cycle where an integration test may have the ward service process killed,
// as a power cut would (tests/sync/*.integration.test.ts). Set MOTCUA_SYNC_CRASH_AT=<point> or
// <point>#<n> (the n-th time the point is reached); unset, this does nothing.

export const CRASH_POINTS = ['after-local-commit', 'after-request-sent', 'after-response-received', 'before-ack-commit'] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];

const hits = new Map<CrashPoint, number>();

export function crashPoint(point: CrashPoint): void {
  const setting = process.env.MOTCUA_SYNC_CRASH_AT;
  if (!setting) return;
  const [name, nth] = setting.split('#');
  if (name !== point) return;
  const count = (hits.get(point) ?? 0) + 1;
  hits.set(point, count);
  if (count >= Number(nth ?? 1)) process.kill(process.pid, 'SIGKILL');
}

/** Gives an armed 'after-request-sent' point time for the request to leave this process before the kill. */
export async function crashAfterRequestSent(): Promise<void> {
  if (!process.env.MOTCUA_SYNC_CRASH_AT?.startsWith('after-request-sent')) return;
  await new Promise((resolve) => setTimeout(resolve, 30));
  crashPoint('after-request-sent');
}
