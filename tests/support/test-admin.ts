// The administrator every test ward gets at its first start, as a newcomer creates one on the first
// page; tests that act as the hub PC's clerk use this account's session token as their bearer token.

export const TEST_ADMIN = { username: 'quantri', fullName: 'Nguyễn Thị Quản Trị', secret: '246810' } as const;

interface Answer {
  status: number;
  body: unknown;
}

type Post = (method: string, input: unknown, token: string) => Promise<Answer>;

/** Creates the first administrator on a new ward, or signs them in again on a ward that has one. */
export async function adminSession(post: Post, launchToken: string): Promise<string> {
  const first = await post('createFirstAdmin', TEST_ADMIN, launchToken);
  const answer =
    first.status === 200 ? first : await post('signIn', { username: TEST_ADMIN.username, secret: TEST_ADMIN.secret }, launchToken);
  if (answer.status !== 200) throw new Error(`the test administrator could not sign in: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body as { sessionToken: string }).sessionToken;
}

/** POST /api/<method> with fetch, for the helpers above. */
export function fetchPost(baseUrl: string): Post {
  return async (method, input, token) => {
    const response = await fetch(`${baseUrl}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: await response.json() };
  };
}
