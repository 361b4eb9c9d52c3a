import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import { localDay } from '../../src/shared/time/local-time';
import { callNext, issue } from '../support/queue-actions';
import { wardFixture, type WardFixture } from '../support/ward-fixture';
import { serviceIdByLetter } from '../support/ward-queries';

// The board's waiting count per service is read from the counts the queue keeps (not by counting the
// line on every screen after every call): it must still be the number of today's tickets of that
// service waiting, in the shared line or sent to one counter, after whatever a clerk does.

/** Letter → waiting count, as the display board shows it. */
function boardCounts(fx: WardFixture): Record<string, number> {
  return Object.fromEntries(fx.call('getBoard', {}).services.map((s) => [s.letter, s.waiting]));
}

/** Letter → today's tickets waiting, counted row by row. */
function rowCounts(fx: WardFixture): Record<string, number> {
  const rows = fx.ward.db
    .prepare(
      `SELECT s.letter, (SELECT COUNT(*) FROM tickets t WHERE t.service_id = s.id AND t.local_day = ?
                           AND t.state IN ('waiting','transferred')) AS n
       FROM services s WHERE s.active = 1`,
    )
    .all(localDay(fx.clock.now())) as { letter: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.letter, r.n]));
}

describe("the board's waiting counts", () => {
  it('equal the rows waiting through issue, call, transfer, no-show, return, recall, cancel and the next day', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const agree = (step: string, expected: Record<string, number>) => {
      const board = boardCounts(fx);
      expect(board, step).toEqual(rowCounts(fx));
      expect(board, step).toMatchObject(expected);
    };

    for (let i = 0; i < 4; i++) issue(fx, 'A');
    issue(fx, 'A', { priority: true });
    issue(fx, 'B');
    agree('issued', { A: 5, B: 1 });

    const first = callNext(fx, 1)!;
    expect(first.priorityCategoryId).not.toBeNull();
    agree('called', { A: 4, B: 1 });
    fx.call('recall', { counterNumber: 1, ticketId: first.id });
    agree('recalled', { A: 4, B: 1 });
    fx.call('transfer', { counterNumber: 1, ticketId: first.id, toServiceId: serviceIdByLetter(fx.ward, 'B') });
    agree('transferred to another service', { A: 4, B: 2 });

    const second = callNext(fx, 2)!;
    agree('called at counter 2', {});
    fx.call('transfer', { counterNumber: 2, ticketId: second.id, toCounterNumber: 3 });
    agree('sent to counter 3', {});

    const third = callNext(fx, 1)!;
    fx.call('markNoShow', { counterNumber: 1, ticketId: third.id });
    agree('no-show', {});
    fx.call('returnToQueue', { counterNumber: 1, ticketId: third.id });
    agree('back in the line', {});

    expect(callNext(fx, 3)!.id, 'counter 3 takes the ticket sent to it first').toBe(second.id);
    agree('sent ticket called', {});
    fx.call('startServing', { counterNumber: 3, ticketId: second.id });
    fx.call('finish', { counterNumber: 3, ticketId: second.id });
    const waiting = fx.call('listTickets', { states: ['waiting'] }).tickets[0]!;
    fx.call('cancel', { counterNumber: 1, ticketId: waiting.id, reason: 'Công dân tự rời đi' });
    agree('cancelled', {});

    // Tickets left waiting yesterday are not today's line.
    fx.clock.set('2026-03-11T01:00:00.000Z');
    issue(fx, 'B');
    agree('next day', { A: 0, B: 1 });
  });

  it('come from the kept counts, not from counting the rows', () => {
    const fx = wardFixture({ start: '2026-03-10T02:00:00.000Z' });
    const serviceA = serviceIdByLetter(fx.ward, 'A');
    for (let i = 0; i < 3; i++) issue(fx, 'A');
    expect(boardCounts(fx).A).toBe(3);
    fx.close();
    // A count off by 100 (impossible through the service) shows on the board: the board reads it.
    const db = new Database(path.join(fx.dataDir, DATABASE_FILE));
    db.prepare('UPDATE queue_waiting SET n = n + 100 WHERE service_id = ?').run(serviceA);
    db.close();
    const reopened = wardFixture({ dataDir: fx.dataDir, clock: fx.clock });
    expect(boardCounts(reopened).A).toBe(103);
  });
});
