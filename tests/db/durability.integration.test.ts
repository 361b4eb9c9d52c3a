import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/service/db/open-database';
import type { Ticket } from '../../src/shared/api/schemas';
import { spawnWardService, stopWardService, type ChildWardService } from '../support/child-ward-service';
import { createClient, type ApiClient } from '../support/http-client';
import { outboxGaps } from '../support/outbox-replay';

const IN_FLIGHT = 8;

type KillMoment = { afterAcks: number } | { afterMs: number };

const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Keeps IN_FLIGHT issueTicket requests in flight against the child until `moment`, then SIGKILLs it
 * with requests still open. Returns the tickets whose 200 answer arrived before the kill.
 */
async function burstAndKill(child: ChildWardService, client: ApiClient, moment: KillMoment): Promise<Ticket[]> {
  const { services, priorityCategories } = await client.ok('getConfig', {}, child.token);
  const acked: Ticket[] = [];
  let killed = false;
  const kill = (): void => {
    if (killed) return;
    killed = true;
    child.process.kill('SIGKILL');
  };
  const timer = 'afterMs' in moment ? setTimeout(kill, moment.afterMs) : undefined;
  let n = 0;
  const worker = async (): Promise<void> => {
    while (!killed) {
      const i = n++;
      const input = {
        serviceId: services[i % services.length]!.id,
        priorityCategoryId: i % 4 === 0 ? priorityCategories[i % priorityCategories.length]!.id : null,
      };
      let result;
      try {
        result = await client.call('issueTicket', input, child.token);
      } catch (error) {
        if (killed) return;
        throw error;
      }
      if (result.status !== 200 || !('ticket' in result.body))
        throw new Error(`issueTicket ${result.status}: ${JSON.stringify(result.body)}`);
      acked.push(result.body.ticket);
      if ('afterAcks' in moment && acked.length >= moment.afterAcks) kill();
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  clearTimeout(timer);
  expect(await child.exited).toBe('SIGKILL');
  return acked;
}

async function presentIds(client: ApiClient, token: string, days: Set<string>): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const day of days) for (const t of (await client.ok('listTickets', { day, limit: 1000 }, token)).tickets) ids.add(t.id);
  return ids;
}

describe('a crash mid-burst loses no acknowledged ticket', () => {
  it('survives SIGKILL right after the first answer, after 40 answers, and at a timed instant', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-crash-'));
    dataDirs.push(dataDir);
    const moments: KillMoment[] = [{ afterAcks: 1 }, { afterAcks: 40 }, { afterMs: 150 }];
    const acked = new Map<string, Ticket>();

    for (const moment of moments) {
      const child = await spawnWardService(dataDir);
      const client = createClient(child.baseUrl);
      try {
        const before = await presentIds(client, child.token, new Set([...acked.values()].map((t) => t.localDay)));
        expect(
          [...acked.keys()].filter((id) => !before.has(id)),
          'acknowledged tickets missing after restart',
        ).toEqual([]);
        for (const t of await burstAndKill(child, client, moment)) acked.set(t.id, t);
      } finally {
        client.close();
      }
    }
    expect(acked.size).toBeGreaterThan(40);

    const child = await spawnWardService(dataDir);
    const client = createClient(child.baseUrl);
    try {
      const present = await presentIds(client, child.token, new Set([...acked.values()].map((t) => t.localDay)));
      expect([...acked.keys()].filter((id) => !present.has(id))).toEqual([]);
    } finally {
      client.close();
    }
    await stopWardService(child);

    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const gaps = outboxGaps(db);
      expect(gaps.count).toBe(gaps.max);
      expect(gaps.lastSeq).toBe(gaps.max);

      const stored = new Set((db.prepare('SELECT id FROM tickets').all() as { id: string }[]).map((r) => r.id));
      expect([...acked.keys()].filter((id) => !stored.has(id))).toEqual([]);
      // Every stored ticket, acknowledged or cut off mid-answer, was committed whole: its row, its
      // issue event and its sync-log entry.
      const orphans = db
        .prepare(
          `SELECT t.id FROM tickets t
           WHERE (SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = t.id AND e.action = 'issue') != 1
              OR (SELECT COUNT(*) FROM outbox o WHERE o.entity_id = t.id AND o.op = 'ticket.issue@1') != 1`,
        )
        .all();
      expect(orphans).toEqual([]);
      // No number was handed out twice or skipped across the crashes.
      const perService = db
        .prepare(
          `SELECT t.issued_service_id AS service, t.local_day AS day, COUNT(*) AS n, MAX(t.number) AS max, q.last_number AS last
           FROM tickets t JOIN ticket_sequences q ON q.service_id = t.issued_service_id AND q.local_day = t.local_day
           GROUP BY t.issued_service_id, t.local_day`,
        )
        .all() as { n: number; max: number; last: number }[];
      for (const s of perService) expect([s.n, s.last]).toEqual([s.max, s.max]);
    } finally {
      db.close();
    }
  });
});
