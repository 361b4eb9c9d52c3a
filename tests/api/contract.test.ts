import { accountMethods } from '../../src/shared/api/accounts';
import { describe, expect, it } from 'vitest';
import { calendarMethods } from '../../src/shared/api/calendar';
import { catalogMethods } from '../../src/shared/api/catalog';
import { citizenIdMethods } from '../../src/shared/api/citizen-id';
import { configMethods } from '../../src/shared/api/config';
import { joinSlices, methodNames } from '../../src/shared/api/contract';
import { deviceMethods } from '../../src/shared/api/devices';
import { dossierCodeMethods } from '../../src/shared/api/dossier-codes';
import { dossierMethods } from '../../src/shared/api/dossiers';
import { maintenanceMethods } from '../../src/shared/api/maintenance';
import { printingMethods } from '../../src/shared/api/printing';
import { queueMethods } from '../../src/shared/api/queue';
import { registerMethods } from '../../src/shared/api/register';
import { setupMethods } from '../../src/shared/api/setup';
import { EnrolCode, syncMethods } from '../../src/shared/api/sync';
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
      dossierMethods,
      registerMethods,
      catalogMethods,
      syncMethods,
      accountMethods,
      maintenanceMethods,
      setupMethods,
    ].flatMap((s) => Object.keys(s));
    expect([...methodNames].sort()).toEqual([...sliceNames].sort());
    expect(new Set(methodNames).size).toBe(methodNames.length);
  });

  it('has a handler in the ward service for every method and nothing else', () => {
    const fx = wardFixture();
    expect(Object.keys(fx.ward.handlers).sort()).toEqual([...methodNames].sort());
  });
});

describe('a calendar source the settings page shows as a link', () => {
  it('is a web address: http or https, nothing a click could run or open locally', () => {
    const accepts = (url: string) =>
      calendarMethods.saveCalendarYear.input.safeParse({
        year: 2027,
        sources: [{ id: 'qd-2027', title: 'Quyết định', url, confidence: 'C' }],
        days: [],
      }).success;
    expect(accepts('https://thuvienphapluat.vn/van-ban/2027')).toBe(true);
    expect(accepts('http://chinhphu.vn/lich-nghi')).toBe(true);
    for (const url of [
      'javascript:alert(1)',
      'file:///C:/lich.pdf',
      'httpx://chinhphu.vn/',
      'xhttp://chinhphu.vn/',
      'ftp://chinhphu.vn/lich',
    ])
      expect(accepts(url), url).toBe(false);
  });
});

describe('the enrolment code a clerk types', () => {
  it('is read in capitals without the spaces around it, and refused here when it is longer or shorter than XXXX-XXXX', () => {
    expect(EnrolCode.safeParse(' ab12-cd34 ').data).toBe('AB12-CD34');
    for (const code of ['AB12-CD345', 'XAB12-CD34', 'AB12CD34']) expect(EnrolCode.safeParse(code).success, code).toBe(false);
  });
});
