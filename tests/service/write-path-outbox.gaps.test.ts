// The outbox append on its own: only inside the change's transaction, and each row numbered next.
import { describe, expect, it } from 'vitest';
import { appendOutbox } from '../../src/main/service/write-path-outbox';
import { wardFixture } from '../support/ward-fixture';
import { outboxRows } from '../support/ward-queries';

const entry = { entity: 'ticket', entityId: 't-1', op: 'ticket.issue@1', payload: { n: 1 }, actor: 'local' };

describe('appendOutbox', () => {
  it('refuses to number a change outside the transaction that makes it, and writes nothing', () => {
    const fx = wardFixture();
    const before = outboxRows(fx.ward).length;
    expect(() => appendOutbox(fx.ward.db, entry, fx.clock.now())).toThrow('appendOutbox must run inside the transaction of the change');
    expect(outboxRows(fx.ward)).toHaveLength(before);
  });

  it('gives the next sequence number and stamps the change at the PC time when the city has not answered yet', () => {
    const fx = wardFixture({ start: '2026-11-23T02:00:00.000Z' });
    const lastSeq = outboxRows(fx.ward).at(-1)!.seq as number;
    const later = new Date(Date.parse('2026-11-23T02:30:00.000Z'));
    const appended = fx.ward.db.transaction(() => appendOutbox(fx.ward.db, entry, later))();
    expect(appended).toEqual({ seq: lastSeq + 1, stampWall: Date.parse('2026-11-23T02:30:00.000Z') });
    expect(outboxRows(fx.ward).at(-1)).toMatchObject({ seq: lastSeq + 1, entity: 'ticket', entity_id: 't-1', op: 'ticket.issue@1' });
  });
});
