import { describe, expect, it } from 'vitest';
import { deltaTSeconds, newMoonJd, newMoonNumberBefore, sunLongitude } from '../../src/shared/calendar/astronomy';

// The lunar calendar stands on two instants: the new moon and the Sun reaching each 30° of longitude.
// The calendar tests pin the dates; these pin the instants themselves against published figures, to
// the second where the source gives seconds, so that a wrong term cannot hide until the year a new
// moon falls a few minutes from midnight in Hanoi.

const JD_UNIX_EPOCH = 2440587.5;
const jdOf = (iso: string) => Date.parse(iso) / 86_400_000 + JD_UNIX_EPOCH;
const secondsBetween = (jd: number, iso: string) => Math.abs(jd - jdOf(iso)) * 86_400;

describe('ΔT, the gap between the Earth-rotation clock and atomic time', () => {
  it('matches the observed values of the NASA/Espenak table within 0.15 s, 1900–2005', () => {
    const observed: [number, number][] = [
      [1900, -2.72],
      [1910, 10.46],
      [1930, 24.02],
      [1950, 29.15],
      [1960, 33.15],
      [1970, 40.18],
      [1980, 50.54],
      [1990, 56.86],
      [2000, 63.83],
      [2005, 64.69],
    ];
    for (const [year, seconds] of observed) expect(Math.abs(deltaTSeconds(year) - seconds), `ΔT ${year}`).toBeLessThan(0.15);
  });

  it('has no jump where one polynomial hands over to the next', () => {
    for (const year of [1920, 1941, 1961, 1986, 2005, 2050])
      expect(Math.abs(deltaTSeconds(year) - deltaTSeconds(year - 1e-9)), `at ${year}`).toBeLessThan(0.06);
  });

  it('follows the long-term parabola −20 + 32·((y − 1820)/100)² at 2150', () => {
    expect(deltaTSeconds(2150)).toBeCloseTo(328.48, 2);
  });

  it('refuses years it does not model', () => {
    expect(() => deltaTSeconds(1899.9)).toThrow(RangeError);
    expect(() => deltaTSeconds(2150.1)).toThrow(RangeError);
    expect(() => deltaTSeconds(1900)).not.toThrow();
  });
});

describe('the instant of a new moon', () => {
  it('gives Meeus’s worked example 49.a to the second: k = −283, JDE 2443192.65118 (18 February 1977)', () => {
    const ut = newMoonJd(-283);
    const jde = ut + deltaTSeconds(1977.13) / 86_400;
    expect(Math.abs(jde - 2443192.65118) * 86_400).toBeLessThan(1);
  });

  it('agrees with IMCCE’s new moons of 2024 within 20 s', () => {
    expect(secondsBetween(newMoonJd(297), '2024-01-11T11:57:25Z')).toBeLessThan(20);
    expect(secondsBetween(newMoonJd(301), '2024-05-08T03:21:56Z')).toBeLessThan(20);
  });

  it('puts new moon number 0 on 6 January 2000 at 18:14 UT', () => {
    expect(secondsBetween(newMoonJd(0), '2000-01-06T18:14:00Z')).toBeLessThan(60);
  });

  it('numbers the lunations from the mean new moon of January 2000', () => {
    expect(newMoonNumberBefore(2451550.09766)).toBe(0);
    expect(newMoonNumberBefore(2451550.09)).toBe(-1);
    // The mean new moon 297 falls at 04:21 TD on 11 January 2024.
    expect(newMoonNumberBefore(jdOf('2024-01-11T00:00:00Z'))).toBe(296);
    expect(newMoonNumberBefore(jdOf('2024-01-11T12:00:00Z'))).toBe(297);
  });
});

describe('the Sun’s apparent longitude', () => {
  it('gives Meeus’s worked example 25.a: 199.90895° on 13 October 1992 at 0h TD', () => {
    const ut = 2448908.5 - deltaTSeconds(1992.78) / 86_400;
    expect(Math.abs(sunLongitude(ut) - 199.90895)).toBeLessThan(0.00005);
  });

  it('is at 0° (and reported in [0, 360)) at the March equinox of 2024, 20 March 03:06 UT', () => {
    const longitude = sunLongitude(jdOf('2024-03-20T03:06:00Z'));
    expect(longitude).toBeGreaterThanOrEqual(0);
    expect(longitude).toBeLessThan(360);
    expect(Math.min(longitude, 360 - longitude)).toBeLessThan(0.02);
  });

  it('reaches 270° at the December solstice of 2024, 21 December 09:20 UT', () => {
    expect(Math.abs(sunLongitude(jdOf('2024-12-21T09:20:00Z')) - 270)).toBeLessThan(0.02);
  });
});
