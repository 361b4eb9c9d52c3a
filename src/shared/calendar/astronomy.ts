// The two astronomical quantities the Vietnamese lunar calendar needs: the instant of each new moon
// and the Sun's apparent longitude. Formulas from J. Meeus, "Astronomical Algorithms" (2nd ed., 1998):
// chapter 49 (phases of the Moon, new-moon terms and the 14 planetary arguments), chapter 25 (solar
// coordinates, low accuracy: ~0.01°, i.e. ~15 minutes of solar-term time) and the Espenak–Meeus
// polynomials for ΔT. Good to a minute or two for 1900–2100, the only range this module accepts.

const RAD = Math.PI / 180;
/** Mean synodic month in days (Meeus 49.1). */
const SYNODIC_MONTH = 29.530588861;
/** JDE of the mean new moon k = 0 (6 January 2000). */
const NEW_MOON_EPOCH_JDE = 2451550.09766;

const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  // [A at k = 0 in degrees, degrees per lunation, coefficient in days]; A1 also has a T² term below.
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** Universal Time (as a Julian Date) of the true new moon number k (k = 0: January 2000). */
export function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = (2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
  const mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
  const f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
  const omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;
  const sin = Math.sin;
  const lunar =
    -0.4072 * sin(mp) +
    0.17241 * e * sin(m) +
    0.01608 * sin(2 * mp) +
    0.01039 * sin(2 * f) +
    0.00739 * e * sin(mp - m) -
    0.00514 * e * sin(mp + m) +
    0.00208 * e * e * sin(2 * m) -
    0.00111 * sin(mp - 2 * f) -
    0.00057 * sin(mp + 2 * f) +
    0.00056 * e * sin(2 * mp + m) -
    0.00042 * sin(3 * mp) +
    0.00042 * e * sin(m + 2 * f) +
    0.00038 * e * sin(m - 2 * f) -
    0.00024 * e * sin(2 * mp - m) -
    0.00017 * sin(omega) -
    0.00007 * sin(mp + 2 * m) +
    0.00004 * sin(2 * mp - 2 * f) +
    0.00004 * sin(3 * m) +
    0.00003 * sin(mp + m - 2 * f) +
    0.00003 * sin(2 * mp + 2 * f) -
    0.00003 * sin(mp + m + 2 * f) +
    0.00003 * sin(mp - m + 2 * f) -
    0.00002 * sin(mp - m - 2 * f) -
    0.00002 * sin(3 * mp + m) +
    0.00002 * sin(4 * mp);
  let planetary = 0;
  PLANETARY_TERMS.forEach(([a0, rate, coefficient], i) => {
    const a = a0 + rate * k - (i === 0 ? 0.009173 * t2 : 0);
    planetary += coefficient * sin(a * RAD);
  });
  const jdeTrue = jde + lunar + planetary;
  return jdeTrue - deltaTSeconds(decimalYearOfJd(jdeTrue)) / 86400;
}

/** The new-moon number whose mean new moon is the last one at or before the given Julian Date. */
export function newMoonNumberBefore(jd: number): number {
  return Math.floor((jd - NEW_MOON_EPOCH_JDE) / SYNODIC_MONTH);
}

/** Apparent geocentric longitude of the Sun in degrees [0, 360) at a Universal Time Julian Date. */
export function sunLongitude(jdUt: number): number {
  const jde = jdUt + deltaTSeconds(decimalYearOfJd(jdUt)) / 86400;
  const t = (jde - 2451545.0) / 36525;
  const t2 = t * t;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
  const m = (357.52911 + 35999.05029 * t - 0.0001537 * t2) * RAD;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparent = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
  return ((apparent % 360) + 360) % 360;
}

function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - 2451545.0) / 365.25;
}

/** ΔT = TT − UT in seconds (Espenak & Meeus polynomials). */
export function deltaTSeconds(year: number): number {
  if (year < 1900 || year > 2150) throw new RangeError(`ΔT is only modelled for 1900–2150, not ${year.toFixed(1)}`);
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
}
