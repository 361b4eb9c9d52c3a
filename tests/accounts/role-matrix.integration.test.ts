import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, type MethodName } from '../../src/shared/api/contract';
import { clerkSession } from '../support/clerk-sessions';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// Every method, called over HTTP by every kind of caller, answers what the role matrix in docs/api.md
// says: the table a head of IT reads is checked against the real service, not against the code that
// wrote it. A body of `{}` is enough: who may call is decided before the input is read.

const ACCESS_CODES = new Set([
  'unauthorized',
  'forbidden',
  'forbidden_role',
  'sign_in_required',
  'session_locked',
  'secret_change_required',
]);

function matrixFromDocs(): { columns: string[]; rows: Map<string, string[]> } {
  const docs = fs.readFileSync(new URL('../../docs/api.md', import.meta.url), 'utf8');
  const table = docs.split('## Role matrix\n')[1]!.split('\n\n')[1]!.split('\n');
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const columns = cells(table[0]!).slice(1);
  const rows = new Map(table.slice(2).map((line) => [cells(line)[0]!.replaceAll('`', ''), cells(line).slice(1)] as const));
  return { columns, rows };
}

let service: TestWardService;
const tokens = new Map<string, string>();

async function paired(role: 'counter' | 'kiosk' | 'display'): Promise<string> {
  const { code } = await service.client.ok(
    'createPairingCode',
    { role, deviceName: `Thiết bị ${role}`, ...(role === 'counter' ? { counterNumber: 1 } : {}) },
    service.token,
  );
  return (await service.client.ok('pairDevice', { code }, null)).token;
}

beforeAll(async () => {
  service = await startTestWardService();
  const counter = await paired('counter');
  tokens.set('hub', service.launchToken);
  tokens.set('counter', counter);
  tokens.set('kiosk', await paired('kiosk'));
  tokens.set('display', await paired('display'));
  for (const role of ['clerk', 'head', 'admin'] as const) {
    tokens.set(`hub+${role}`, (await clerkSession(service.client, service.token, service.launchToken, role)).token);
    tokens.set(`counter+${role}`, (await clerkSession(service.client, service.token, counter, role)).token);
  }
});
afterAll(async () => {
  await service?.close();
});

describe('the role matrix', () => {
  it('has a row for every method and a column for every caller the test makes', () => {
    const { columns, rows } = matrixFromDocs();
    expect([...rows.keys()].sort()).toEqual([...methodNames].sort());
    expect(columns.sort()).toEqual([...tokens.keys()].sort());
  });

  it('is what the service answers over HTTP, for every method and every caller', async () => {
    const { columns, rows } = matrixFromDocs();
    const seen: string[] = [];
    const expected: string[] = [];
    // signOut last: it would end the session the later calls need.
    const order = [...methodNames.filter((m) => m !== 'signOut'), 'signOut' as MethodName];
    for (const method of order) {
      for (const [i, column] of columns.entries()) {
        const answer = await service.client.call(method, {} as never, tokens.get(column)!);
        const code = answer.status === 200 ? 'ok' : (answer.body as { error: { code: string } }).error.code;
        const cell = !ACCESS_CODES.has(code)
          ? '✓'
          : code === 'sign_in_required'
            ? 'sign-in'
            : answer.status === 403
              ? '403'
              : `${answer.status} ${code}`;
        seen.push(`${method} ${column}: ${cell}`);
        expected.push(`${method} ${column}: ${rows.get(method)![i]}`);
      }
    }
    expect(seen).toEqual(expected);
  }, 120_000);

  it('writes each refusal of authority to the audit log, with the caller, and a missing sign-in is not one', async () => {
    const clerk = await clerkSession(service.client, service.token, service.launchToken, 'clerk');
    const before = (await service.client.ok('listAudit', { outcome: 'refused', limit: 1000 }, service.token)).entries.length;
    expect((await service.client.call('saveService', {} as never, clerk.token)).status).toBe(403);
    expect((await service.client.call('saveService', {} as never, tokens.get('hub')!)).status).toBe(401);
    const after = (await service.client.ok('listAudit', { outcome: 'refused', limit: 1000 }, service.token)).entries;
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({ method: 'saveService', outcome: 'refused', detail: 'forbidden_role', deviceName: 'Máy này' });
    expect(after[0]!.clerkUsername).toBe(clerk.username);
  });
});
