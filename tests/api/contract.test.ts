import { describe, expect, it } from 'vitest';
import { calendarMethods } from '../../src/shared/api/calendar';
import { catalogMethods } from '../../src/shared/api/catalog';
import { citizenIdMethods } from '../../src/shared/api/citizen-id';
import { configMethods } from '../../src/shared/api/config';
import { joinSlices, methodNames } from '../../src/shared/api/contract';
import { deviceMethods } from '../../src/shared/api/devices';
import { dossierCodeMethods } from '../../src/shared/api/dossier-codes';
import { printingMethods } from '../../src/shared/api/printing';
import { queueMethods } from '../../src/shared/api/queue';
import { syncMethods } from '../../src/shared/api/sync';
import { wardFixture } from '../support/ward-fixture';

describe('the API contract', () => {
  it('refuses two slices that define the same method name', () => {
    expect(() => joinSlices('method', [{ issueTicket: 1, getBoard: 2 }, { getBoard: 3 }])).toThrow(
      'The API contract defines the method "getBoard" twice',
    );
  });

  it('holds every method of every module slice once', () => {
    const sliceNames = [
      queueMethods,
      printingMethods,
      configMethods,
      deviceMethods,
      calendarMethods,
      citizenIdMethods,
      dossierCodeMethods,
      catalogMethods,
      syncMethods,
    ].flatMap((s) => Object.keys(s));
    expect([...methodNames].sort()).toEqual([...sliceNames].sort());
    expect(new Set(methodNames).size).toBe(methodNames.length);
  });

  it('has a handler in the ward service for every method and nothing else', () => {
    const fx = wardFixture();
    expect(Object.keys(fx.ward.handlers).sort()).toEqual([...methodNames].sort());
  });
});
