import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WardFixture } from '../support/ward-fixture';
import { intake, intakeFixture } from '../dossiers/dossier-setup';

// The first answer to each client request is kept so that a retry after a lost reply creates nothing;
// it holds a copy of the citizen's data, so it is forgotten a week later (no retry comes that late),
// when the service starts and once a day while it runs. The dossier itself is never touched.

const DAY = 24 * 60 * 60 * 1000;

function remembered(fx: WardFixture): string[] {
  return (fx.ward.db.prepare('SELECT request_id FROM client_requests ORDER BY at').all() as { request_id: string }[]).map(
    (r) => r.request_id,
  );
}

function dossierCount(fx: WardFixture): unknown {
  return fx.ward.db.prepare('SELECT COUNT(*) AS n FROM dossiers').get();
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the answers kept for retries', () => {
  it('are forgotten at start once older than seven days; younger ones still answer a retry', () => {
    const fx = intakeFixture();
    const old = intake();
    fx.call('createDossier', old, fx.clerk);
    const serviceId = fx.call('getBoard', {}).services[0]!.id;
    const oldTicket = fx.call('issueTicket', { serviceId, requestId: '0197a000-0000-4000-8000-00000000aaaa' });
    fx.clock.advance(6 * DAY);
    const recent = intake();
    const first = fx.call('createDossier', recent, fx.clerk);
    fx.clock.advance(DAY + 60_000);

    const restarted = fx.reopen();
    expect(remembered(restarted)).toEqual([recent.requestId]);
    expect(dossierCount(restarted)).toEqual({ n: 2 });
    expect(restarted.ward.db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE id = ?').get(oldTicket.ticket.id)).toEqual({ n: 1 });
    expect(restarted.call('createDossier', recent, fx.clerk)).toEqual(first);
    expect(dossierCount(restarted)).toEqual({ n: 2 });
  });

  it('keeps an answer of exactly seven days at start', () => {
    const fx = intakeFixture();
    const input = intake();
    fx.call('createDossier', input, fx.clerk);
    fx.clock.advance(7 * DAY);
    expect(remembered(fx.reopen())).toEqual([input.requestId]);
  });

  it('are forgotten by the daily run while the service keeps running', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fx = intakeFixture();
    fx.call('createDossier', intake(), fx.clerk);
    fx.clock.advance(8 * DAY);
    vi.advanceTimersByTime(DAY - 1);
    expect(remembered(fx)).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(remembered(fx)).toEqual([]);
    expect(dossierCount(fx)).toEqual({ n: 1 });
    fx.close();
  });
});
