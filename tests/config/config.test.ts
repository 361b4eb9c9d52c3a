import { describe, expect, it } from 'vitest';
import { expectApiError, wardFixture, type WardFixture } from '../support/ward-fixture';
import { outboxRows, serviceIdByLetter, writeCounts } from '../support/ward-queries';

const UNKNOWN_ID = '0195f3a2-7c1e-7000-8000-000000000001';

function newService(overrides: Partial<{ code: string; letter: string; name: string }> = {}) {
  return {
    code: 'CUTRU',
    name: 'Cư trú',
    letter: 'F',
    fields: ['Cư trú'],
    dailyCapacity: null,
    minutesPerTicket: 8,
    active: true,
    ...overrides,
  };
}

function serviceA(fx: WardFixture) {
  return fx.call('getConfig', {}).services.find((s) => s.letter === 'A')!;
}

describe('services', () => {
  it('creates a service that tickets can be issued for at once', () => {
    const fx = wardFixture();
    const { service } = fx.call('saveService', newService());
    expect(service).toMatchObject({ code: 'CUTRU', letter: 'F', minutesPerTicket: 8 });
    expect(outboxRows(fx.ward).at(-1)).toMatchObject({ op: 'service.save@1', entity_id: service.id });
    expect(fx.call('issueTicket', { serviceId: service.id }).ticket.displayNumber).toBe('F001');
  });

  it('refuses a duplicate service code or ticket letter, writing nothing', () => {
    const fx = wardFixture();
    const before = writeCounts(fx.ward);
    expectApiError(() => fx.call('saveService', newService({ code: 'HOTICH' })), 'duplicate_service_code');
    expectApiError(() => fx.call('saveService', newService({ letter: 'B' })), 'duplicate_ticket_letter');
    const b = fx.call('getConfig', {}).services.find((s) => s.letter === 'B')!;
    expectApiError(() => fx.call('saveService', { ...serviceA(fx), letter: 'B' }), 'duplicate_ticket_letter');
    expectApiError(() => fx.call('saveService', { ...serviceA(fx), code: b.code }), 'duplicate_service_code');
    expect(writeCounts(fx.ward)).toEqual(before);
    expect(serviceA(fx).letter).toBe('A');
  });

  it('updates a service keeping its own code and letter', () => {
    const fx = wardFixture();
    const a = serviceA(fx);
    const { service } = fx.call('saveService', { ...a, name: 'Hộ tịch', dailyCapacity: 40 });
    expect(service).toEqual({ ...a, name: 'Hộ tịch', dailyCapacity: 40 });
    expect(fx.call('getConfig', {}).services).toHaveLength(5);
  });

  it('refuses to update a service that does not exist instead of creating it', () => {
    const fx = wardFixture();
    const before = writeCounts(fx.ward);
    expectApiError(() => fx.call('saveService', { ...newService(), id: UNKNOWN_ID }), 'service_not_found');
    expect(writeCounts(fx.ward)).toEqual(before);
  });
});

describe('counters', () => {
  it('refuses a duplicate counter number, writing nothing', () => {
    const fx = wardFixture();
    const before = writeCounts(fx.ward);
    expectApiError(() => fx.call('saveCounter', { number: 2, name: 'Quầy mới', serviceIds: [], active: true }), 'duplicate_counter_number');
    const c1 = fx.call('getConfig', {}).counters.find((c) => c.number === 1)!;
    expectApiError(() => fx.call('saveCounter', { ...c1, number: 3 }), 'duplicate_counter_number');
    expect(writeCounts(fx.ward)).toEqual(before);
  });

  it('refuses to update an unknown counter or link an unknown service, writing nothing', () => {
    const fx = wardFixture();
    const before = writeCounts(fx.ward);
    expectApiError(
      () => fx.call('saveCounter', { id: UNKNOWN_ID, number: 4, name: 'Quầy 4', serviceIds: [], active: true }),
      'counter_not_found',
    );
    expectApiError(
      () => fx.call('saveCounter', { number: 4, name: 'Quầy 4', serviceIds: [UNKNOWN_ID], active: true }),
      'service_not_found',
    );
    expect(writeCounts(fx.ward)).toEqual(before);
  });

  it('creates a counter serving the chosen services', () => {
    const fx = wardFixture();
    const { counter } = fx.call('saveCounter', {
      number: 4,
      name: ' Quầy 4 ',
      serviceIds: [serviceIdByLetter(fx.ward, 'C')],
      active: true,
    });
    expect(counter).toMatchObject({ number: 4, name: 'Quầy 4', serviceIds: [serviceIdByLetter(fx.ward, 'C')] });
    expect(fx.call('getCounterState', { counterNumber: 4 }).waiting.map((w) => w.letter)).toEqual(['C']);
    // The settings page lists each counter with its own services only.
    const config = fx.call('getConfig', {});
    const allServices = config.services.map((s) => s.id).sort();
    expect(config.counters.map((c) => [c.number, [...c.serviceIds].sort()])).toEqual([
      [1, allServices],
      [2, allServices],
      [3, allServices],
      [4, [serviceIdByLetter(fx.ward, 'C')]],
    ]);
  });
});

describe('priority categories', () => {
  it('refuses to update an unknown category, writing nothing', () => {
    const fx = wardFixture();
    const before = writeCounts(fx.ward);
    expectApiError(() => fx.call('savePriorityCategory', { id: UNKNOWN_ID, name: 'Trẻ em', active: true }), 'priority_not_found');
    expect(writeCounts(fx.ward)).toEqual(before);
  });

  it('stops issuing priority tickets for a category that was switched off', () => {
    const fx = wardFixture();
    const category = fx.call('getConfig', {}).priorityCategories.at(-1)!;
    fx.call('savePriorityCategory', { ...category, active: false });
    expect(fx.call('getBoard', {}).priorityCategories.map((p) => p.id)).not.toContain(category.id);
    expectApiError(
      () => fx.call('issueTicket', { serviceId: serviceIdByLetter(fx.ward, 'A'), priorityCategoryId: category.id }),
      'priority_not_found',
    );
  });
});

describe('switching things off', () => {
  it('shows a switched-off service, counter and priority category as off in the settings, and the others as on', () => {
    const fx = wardFixture();
    const before = fx.call('getConfig', {});
    expect(before.services.every((x) => x.active)).toBe(true);
    expect(before.counters.every((x) => x.active)).toBe(true);
    expect(before.priorityCategories.every((x) => x.active)).toBe(true);
    const service = before.services[0]!;
    const counter = before.counters[0]!;
    const category = before.priorityCategories[0]!;
    fx.call('saveService', { ...service, active: false });
    fx.call('saveCounter', { id: counter.id, number: counter.number, name: counter.name, serviceIds: counter.serviceIds, active: false });
    fx.call('savePriorityCategory', { ...category, active: false });
    const after = fx.call('getConfig', {});
    const off = <T extends { id: string; active: boolean }>(list: T[]) => list.filter((x) => !x.active).map((x) => x.id);
    expect([off(after.services), off(after.counters), off(after.priorityCategories)]).toEqual([[service.id], [counter.id], [category.id]]);
  });
});

describe('settings', () => {
  it('stores the ward name and logs the change once', () => {
    const fx = wardFixture();
    const before = outboxRows(fx.ward).length;
    const { settings } = fx.call('updateSettings', { wardName: 'UBND phường Hoàn Kiếm' });
    expect(settings.wardName).toBe('UBND phường Hoàn Kiếm');
    expect(fx.call('getBoard', {}).wardName).toBe('UBND phường Hoàn Kiếm');
    expect(outboxRows(fx.ward)).toHaveLength(before + 1);
  });
});
