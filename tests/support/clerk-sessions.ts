import type { ApiClient } from './http-client';

// A clerk account made by the test administrator and signed in on a device, past the change of secret
// every new account must make first: what a paired counter's clerk does on their first morning.

let made = 0;

export async function clerkSession(
  client: ApiClient,
  adminToken: string,
  deviceToken: string,
  role: 'clerk' | 'head' | 'admin' = 'clerk',
  username = `canbo${++made}`,
): Promise<{ token: string; clerkId: string; username: string; secret: string }> {
  const first = '135790';
  const secret = '975310';
  const { clerk } = await client.ok('createClerk', { username, fullName: `Cán bộ ${username}`, role, secret: first }, adminToken);
  const { sessionToken } = await client.ok('signIn', { username, secret: first }, deviceToken);
  await client.ok('changeOwnSecret', { currentSecret: first, newSecret: secret }, sessionToken);
  return { token: sessionToken, clerkId: clerk.id, username, secret };
}
