// Every settings change goes to the city under its own record and operation, and tells the open pages
// (settings and board) at once, with the time of the change. From mutation run 23's survivors.
import { describe, expect, it } from 'vitest';
import { outboxRows } from '../support/ward-queries';
import { wardFixture } from '../support/ward-fixture';

describe('a settings change', () => {
  it('is recorded for sync as what it changed, and announced to the settings page and the board', () => {
    const fx = wardFixture({ start: '2026-11-23T01:00:00.000Z' });
    const heard: [string, unknown][] = [];
    fx.ward.events.subscribe((name, payload) => heard.push([name, payload]));
    const before = outboxRows(fx.ward).length;
    const counter = fx.call('getConfig', {}).counters[0]!;
    fx.call('updateSettings', { wardName: 'UBND phường Hoàn Kiếm' });
    fx.call('saveCounter', { ...counter, name: 'Quầy tiếp dân' });
    const { priorityCategory } = fx.call('savePriorityCategory', { name: 'Thương binh', active: true });
    expect(priorityCategory.sortOrder).toBe(0);
    expect(
      outboxRows(fx.ward)
        .slice(before)
        .map((r) => [r.entity, r.entity_id, r.op]),
    ).toEqual([
      ['settings', 'ward', 'settings.update@1'],
      ['counter', counter.id, 'counter.save@1'],
      ['priority_category', priorityCategory.id, 'priority_category.save@1'],
    ]);
    const at = { at: '2026-11-23T01:00:00.000Z' };
    expect(heard).toEqual([
      ['config.changed', at],
      ['board.changed', at],
      ['config.changed', at],
      ['board.changed', at],
      ['config.changed', at],
      ['board.changed', at],
    ]);
  });

  it('keeps the order given to a priority category, and sends a service under its own record', () => {
    const fx = wardFixture();
    expect(fx.call('savePriorityCategory', { name: 'Người cao tuổi', active: true, sortOrder: 5 }).priorityCategory.sortOrder).toBe(5);
    const service = fx.call('getConfig', {}).services[0]!;
    fx.call('saveService', { ...service, name: 'Tư pháp – Hộ tịch (sáng)' });
    expect(outboxRows(fx.ward).at(-1)).toMatchObject({ entity: 'service', entity_id: service.id, op: 'service.save@1' });
  });

  it('on a new install, gives each service the fields of the domain notes', () => {
    const fx = wardFixture();
    const byLetter = new Map(fx.call('getConfig', {}).services.map((s) => [s.letter, s.fields]));
    expect(byLetter.get('A')).toEqual(['Hộ tịch', 'Nuôi con nuôi']);
    expect(byLetter.get('B')).toEqual(['Chứng thực']);
  });
});
