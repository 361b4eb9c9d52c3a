import { expect, it } from 'vitest';
import { CityClock } from '../../src/main/service/clock/city-clock';
import { TestClock } from '../support/ward-fixture';

// Gaps found by mutation testing: the ward's dating clock with elapsed time as a running process
// counts it (not from zero), with the boot clock the ward service builds it with, and
// with the PC's clock set back rather than forward.

const DAY = 86_400_000;
const CITY = Date.parse('2026-12-07T02:00:00Z');

it('keeps the city time after the PC clock is set, in a process that has been up for hours', () => {
  const pc = new TestClock(CITY + DAY);
  let uptime = 5 * 3_600_000;
  const clock = new CityClock(pc.now, () => uptime);
  clock.noteServerTime(CITY, pc.now().getTime());
  uptime += 60_000;
  pc.set(CITY + 2 * DAY);
  expect(clock.now().getTime()).toBe(CITY + 60_000);
});

it('keeps the city time after the PC clock is set, timed by the process itself', () => {
  const pc = new TestClock(CITY + DAY);
  const clock = new CityClock(pc.now);
  clock.noteServerTime(CITY, pc.now().getTime());
  pc.set(CITY + 2 * DAY);
  const dated = clock.now().getTime();
  // The few milliseconds this test itself takes.
  expect(dated).toBeGreaterThanOrEqual(CITY);
  expect(dated).toBeLessThan(CITY + 10_000);
});

it('keeps the city time when the PC clock is set back by a few minutes after the answer', () => {
  const pc = new TestClock(CITY + DAY);
  let elapsed = 0;
  const clock = new CityClock(pc.now, () => elapsed);
  clock.noteServerTime(CITY, pc.now().getTime());
  elapsed += 60_000;
  pc.set(CITY + DAY + 60_000 - 3 * 60_000);
  expect(clock.now().getTime()).toBe(CITY + 60_000);
});
