// The ward's dating clock: the PC's clock until the city answers, then the city's, and still the
// city's when the PC's clock is set afterwards.
import { expect, it } from 'vitest';
import { CityClock } from '../../src/main/service/clock/city-clock';
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
