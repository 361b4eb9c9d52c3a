import { describe, expect, it } from 'vitest';
import { EventBus } from '../../src/main/service/events';

// A gap mutation testing found (docs/testing.md): a transport that unsubscribes (a closed socket) gets nothing more.
describe('the event bus', () => {
  it('stops sending to a listener once it unsubscribes, and goes on sending to the others', () => {
    const bus = new EventBus();
    const first: string[] = [];
    const second: string[] = [];
    const stop = bus.subscribe((_name, data) => first.push((data as { at: string }).at));
    bus.subscribe((_name, data) => second.push((data as { at: string }).at));
    bus.emit('board.changed', { at: '2026-03-10T01:00:00.000Z' });
    stop();
    bus.emit('board.changed', { at: '2026-03-10T01:00:01.000Z' });
    expect(first).toEqual(['2026-03-10T01:00:00.000Z']);
    expect(second).toEqual(['2026-03-10T01:00:00.000Z', '2026-03-10T01:00:01.000Z']);
  });
});
