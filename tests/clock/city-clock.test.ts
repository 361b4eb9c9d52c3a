// The ward's dating clock: the PC's clock until the city answers, then the city's, and still the
// city's when the PC's clock is set afterwards.
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CityClock, sinceBootMs } from '../../src/main/service/clock/city-clock';
import { TestClock } from '../support/ward-fixture';

const DAY = 86_400_000;
const CITY = Date.parse('2026-12-07T02:00:00Z');

function clocks(pcStart: number) {
  const pc = new TestClock(pcStart);
  let elapsed = 0;
  const clock = new CityClock(pc.now, () => elapsed);
  return { pc, clock, pass: (ms: number) => ((elapsed += ms), pc.advance(ms)) };
}

it('dates by the PC clock until the city answers, then by the city clock when they differ by more than 2 minutes', () => {
  const { pc, clock, pass } = clocks(CITY + DAY);
  expect([clock.now().getTime(), clock.knowsCityTime()]).toEqual([CITY + DAY, false]);
  clock.noteServerTime(CITY, pc.now().getTime());
  pass(5000);
  expect([clock.now().getTime(), clock.knowsCityTime()]).toEqual([CITY + 5000, true]);

  const near = clocks(CITY + 30_000);
  near.clock.noteServerTime(CITY, near.pc.now().getTime());
  expect(near.clock.now().getTime()).toBe(CITY + 30_000);
});

it('keeps the city time when the PC clock is set after the answer, whichever way it moved', () => {
  const { pc, clock, pass } = clocks(CITY + DAY);
  clock.noteServerTime(CITY, pc.now().getTime());
  pass(60_000);
  pc.set(CITY + 60_000 + 3000); // set right, a little off
  expect(clock.now().getTime()).toBe(CITY + 60_000 + 3000);
  pass(1000);
  pc.set(CITY + 2 * DAY); // set wrong again, without another answer
  expect(clock.now().getTime()).toBe(CITY + 61_000);
});

it('after a night asleep with the app open, dates the morning by the time that passed, sleep included', () => {
  // Time since boot moves on while the PC sleeps, like its clock: nothing was set.
  const exact = clocks(CITY);
  exact.clock.noteServerTime(CITY, exact.pc.now().getTime());
  exact.pass(14 * 3_600_000);
  expect(exact.clock.now().getTime()).toBe(CITY + 14 * 3_600_000);

  // A PC a day ahead keeps being corrected through the night.
  const ahead = clocks(CITY + DAY);
  ahead.clock.noteServerTime(CITY, ahead.pc.now().getTime());
  ahead.pass(14 * 3_600_000);
  expect(ahead.clock.now().getTime()).toBe(CITY + 14 * 3_600_000);
});

it.runIf(existsSync('/proc/uptime'))('counts elapsed time from the boot clock, which runs on while the PC sleeps', () => {
  // /proc/uptime is CLOCK_BOOTTIME, sleep included; a process's own monotonic clock stops meanwhile.
  const bootMs = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]) * 1000;
  expect(Math.abs(sinceBootMs() - bootMs)).toBeLessThan(1000);
  expect(sinceBootMs()).toBeGreaterThan(performance.now() + 1000);
});
