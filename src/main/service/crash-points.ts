// Named points where an integration test may have the ward service process killed, as a power cut
// would: steps of the sync cycle (tests/sync/sigkill.integration.test.ts) and the inside of an intake's
// transaction (tests/dossiers/intake.integration.test.ts). Set MOTCUA_CRASH_AT=<point> or <point>#<n>
// (the n-th time the point is reached); unset, this does nothing.

export const SYNC_CRASH_POINTS = ['after-local-commit', 'after-request-sent', 'after-response-received', 'before-ack-commit'] as const;
/** After the dossier code is drawn, and with every row of the intake written, both before the commit. */
export const INTAKE_CRASH_POINTS = ['intake-after-code', 'intake-before-commit'] as const;
export type CrashPoint = (typeof SYNC_CRASH_POINTS)[number] | (typeof INTAKE_CRASH_POINTS)[number];

const hits = new Map<CrashPoint, number>();

export function crashPoint(point: CrashPoint): void {
  const setting = process.env.MOTCUA_CRASH_AT;
  if (!setting) return;
  const [name, nth] = setting.split('#');
  if (name !== point) return;
  const count = (hits.get(point) ?? 0) + 1;
  hits.set(point, count);
  if (count >= Number(nth ?? 1)) process.kill(process.pid, 'SIGKILL');
}

/** Gives an armed 'after-request-sent' point time for the request to leave this process before the kill. */
export async function crashAfterRequestSent(): Promise<void> {
  if (!process.env.MOTCUA_CRASH_AT?.startsWith('after-request-sent')) return;
  await new Promise((resolve) => setTimeout(resolve, 30));
  crashPoint('after-request-sent');
}
