import { clerkSession } from '../support/clerk-sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestWardService, type TestWardService } from '../support/test-ward-service';

// The calendar methods over HTTP, as the counter PCs and the settings page reach them.

let service: TestWardService;
let counterToken: string;

beforeAll(async () => {
  service = await startTestWardService();
  const { code } = await service.client.ok(
    'createPairingCode',
    { role: 'counter', counterNumber: 1, deviceName: 'Máy quầy 1' },
    service.token,
  );
  // The counter PC acts with its clerk signed in, as every counter's work does.
  const device = (await service.client.ok('pairDevice', { code }, null)).token;
  counterToken = (await clerkSession(service.client, service.token, device)).token;
});

afterAll(async () => {
  await service?.close();
});

const TUESDAY_0900 = '2026-03-10T02:00:00.000Z';

describe('the working calendar over HTTP', () => {
  it('gives a counter PC the due date, and a saved year changes it', async () => {
    const { client, token } = service;
    const ask = { rule: { kind: 'working_days' as const, days: 3 }, receivedAt: TUESDAY_0900 };
    expect(await client.ok('getDueDate', ask, counterToken)).toEqual({
      date: '2026-03-13',
      time: '17:00',
      at: '2026-03-13T10:00:00.000Z',
      receivedOn: '2026-03-10',
      calendar: { confirmed: true, years: [expect.objectContaining({ year: 2026, status: 'confirmed' })], notice: null },
    });

    const y2026 = (await client.ok('listCalendarYears', {}, token)).years.find((y) => y.year === 2026)!;
    await client.ok(
      'saveCalendarYear',
      {
        year: 2026,
        sources: y2026.sources,
        days: [
          ...y2026.days,
          { date: '2026-03-11', kind: 'swapped_off', name: 'Nghỉ hoán đổi thử', source: y2026.sources[0]!.id, confidence: 'U' },
        ],
      },
      token,
    );
    expect((await client.ok('getDueDate', ask, counterToken)).date).toBe('2026-03-16');
  });

  it('shows every clerk the statutory holidays, and lets only the admin change them', async () => {
    const { client, token } = service;
    const { code } = await client.ok('createPairingCode', { role: 'counter', counterNumber: 2, deviceName: 'Máy quầy 2' }, token);
    const device = (await client.ok('pairDevice', { code }, null)).token;
    const head = (await clerkSession(client, token, device, 'head')).token;
    const { rules } = await client.ok('getStatutoryRules', {}, head);
    const changed = { ...rules, holidays: rules.holidays.map((h) => ({ ...h, status: 'in_force' as const })) };
    expect((await client.call('saveStatutoryRules', { rules: changed }, head)).status).toBe(403);
    expect((await client.ok('getStatutoryRules', {}, token)).updatedAt).toBeNull();
    expect((await client.ok('saveStatutoryRules', { rules: changed }, token)).rules).toEqual(changed);
  });

  it('lets only the local PC change a year', async () => {
    const { client, token } = service;
    const y2025 = (await client.ok('listCalendarYears', {}, token)).years.find((y) => y.year === 2025)!;
    const answer = await client.call('saveCalendarYear', { year: 2025, sources: y2025.sources, days: [] }, counterToken);
    expect(answer.status).toBe(403);
    expect((await client.ok('listCalendarYears', {}, counterToken)).years.find((y) => y.year === 2025)).toEqual(y2025);
  });

  it('names the wrong day in Vietnamese and keeps the year as it was', async () => {
    const { client, token } = service;
    const before = (await client.ok('listCalendarYears', {}, token)).years.find((y) => y.year === 2026)!;
    const answer = await client.call(
      'saveCalendarYear',
      { year: 2026, sources: before.sources, days: [...before.days, { ...before.days[0]!, date: '2026-02-29' }] },
      token,
    );
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: { code: 'calendar_year_invalid' } });
    expect((answer.body as { error: { message: string } }).error.message).toContain('Ngày "2026-02-29" không có thật trên lịch.');
    expect((await client.ok('listCalendarYears', {}, token)).years.find((y) => y.year === 2026)).toEqual(before);
  });
});
