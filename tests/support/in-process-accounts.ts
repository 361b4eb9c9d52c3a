import type { MethodInput, MethodName } from '../../src/shared/api/contract';
import { LOCAL_CALLER, type Caller, type RequestContext } from '../../src/main/service/caller';
import { IN_PROCESS } from './in-process';
import { TEST_ADMIN } from './test-admin';
import type { WardFixture } from './ward-fixture';

// Clerk accounts driven in process, as the accounts pages drive them: the method named on the caller (as
// the transport names it, so the audit log reads it), sessions found by their token as the transport finds them.

export async function call<M extends MethodName>(
  fx: WardFixture,
  method: M,
  input: MethodInput<M>,
  caller: Caller = LOCAL_CALLER,
  request: RequestContext = IN_PROCESS,
) {
  return await fx.call(method, input, { ...caller, method }, request);
}

/** The ApiError code the call fails with, or 'no error'. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

export function callerOf(fx: WardFixture, token: string): Caller {
  const caller = fx.ward.devices.authenticate(token);
  if (!caller) throw new Error('the token does not authenticate');
  return caller;
}

/** The first administrator, signed in on the hub PC. */
export async function withAdmin(fx: WardFixture): Promise<Caller> {
  const { sessionToken } = await call(fx, 'createFirstAdmin', TEST_ADMIN);
  return callerOf(fx, sessionToken);
}

/** A new account signed in on a device (the hub PC unless given), past the change of its first secret to '222222'. */
export async function clerkOn(
  fx: WardFixture,
  admin: Caller,
  username: string,
  role: 'clerk' | 'head' | 'admin' = 'clerk',
  device = LOCAL_CALLER,
) {
  const { clerk } = await call(fx, 'createClerk', { username, fullName: `Cán bộ ${username}`, role, secret: '111111' }, admin);
  const { sessionToken } = await call(fx, 'signIn', { username, secret: '111111' }, device);
  await call(fx, 'changeOwnSecret', { currentSecret: '111111', newSecret: '222222' }, callerOf(fx, sessionToken));
  return { clerk, caller: callerOf(fx, sessionToken), token: sessionToken };
}
