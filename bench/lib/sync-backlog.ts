// The one backlog every sync benchmark sends: the city push (a), the raw insert (b) and PouchDB (c)
// must carry the same rows, or their ratios compare different work.
import type { Mutation } from '../../src/shared/sync/wire';
import { WardOutbox } from '../../tests/city/ward-outbox';

/** Detail padding that brings a ticket.issue payload to about 1 KB, the size of a dossier event. */
const DOSSIER_SIZED_PAD = 520;

/** A ward's queue day as its outbox holds it: each ticket issued (with `pad` detail bytes), called, then served. */
export function syncBacklog(deviceId: string | undefined, n: number, pad = DOSSIER_SIZED_PAD): Mutation[] {
  const outbox = new WardOutbox(deviceId);
  const rows: Mutation[] = [];
  while (rows.length < n) {
    const issue = outbox.issue(`A${rows.length}`, pad);
    rows.push(issue);
    if (rows.length < n) rows.push(outbox.act(issue.entityId, 'call', 'waiting', 'called', 'c1'));
    if (rows.length < n) rows.push(outbox.act(issue.entityId, 'start', 'called', 'serving', 'c1'));
  }
  return rows;
}
