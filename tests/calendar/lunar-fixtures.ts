// Gregorian dates of Tết (1/1 lunar) and Giỗ Tổ Hùng Vương (10/3 lunar), 2020–2035, compiled by hand
// from two independent sources, never from our own code:
//
// [A] A published month-start almanac table: relatable52/lasotuvi_haha,
//     lasotuvi_main/xemlaso/static/lunar.js (commit 30f319da536157a1bb6c5f548eadf24451443f1e), which
//     lists for every year the start day and length of each lunar month. Tết = start of "Tháng 1";
//     Giỗ Tổ = start of "Tháng 3" + 9 days. This table follows the Chinese reckoning where the two
//     calendars differ (it gives 1985-02-20 and 2030-02-03), so it is used only where it agrees with [B].
// [B] Independent implementations' documented outputs / test expectations:
//     - vuhaininh/vn_lunar_calendar, integration test "Known Tết dates (2020-2030)": 25/1/2020,
//       12/2/2021, 1/2/2022, 22/1/2023, 10/2/2024, 29/1/2025, 17/2/2026, 6/2/2027, 26/1/2028,
//       13/2/2029, 2/2/2030 (computed at UTC+7).
//     - Kotlin "LunarCalendar" Tết table "for UTC+7" 2025–2040 (public GitHub code, package
//       com.txapp.musicplayer.util): 2031-01-23, 2032-02-11, 2033-01-31, 2034-02-19, 2035-02-08 (it
//       gives 2030-02-03, the Chinese date, so not used for 2030).
//     - Giỗ Tổ as reported by the press: 2024-04-18 (public code listing 2024 holidays), 2025-04-07
//       (thoidai.com.vn), 2026-04-26 (thanhnien.vn 23/02/2026, kenh14.vn 11/03/2026).
//     Giỗ Tổ for the other years rests on [A] alone and is marked so.
// Tết 2026 = 2026-02-17 is also in one-stop-rules §3.3 (pypi lunar-vn example) and matches the
// 14–22/2/2026 civil-service break.

export interface LunarFixture {
  year: number;
  tet: string;
  gioTo: string;
  /** Which sources back the Giỗ Tổ date. */
  gioToSources: 'A+B' | 'A';
}

export const lunarFixtures: readonly LunarFixture[] = [
  { year: 2020, tet: '2020-01-25', gioTo: '2020-04-02', gioToSources: 'A' },
  { year: 2021, tet: '2021-02-12', gioTo: '2021-04-21', gioToSources: 'A' },
  { year: 2022, tet: '2022-02-01', gioTo: '2022-04-10', gioToSources: 'A' },
  { year: 2023, tet: '2023-01-22', gioTo: '2023-04-29', gioToSources: 'A' },
  { year: 2024, tet: '2024-02-10', gioTo: '2024-04-18', gioToSources: 'A+B' },
  { year: 2025, tet: '2025-01-29', gioTo: '2025-04-07', gioToSources: 'A+B' },
  { year: 2026, tet: '2026-02-17', gioTo: '2026-04-26', gioToSources: 'A+B' },
  { year: 2027, tet: '2027-02-06', gioTo: '2027-04-16', gioToSources: 'A' },
  { year: 2028, tet: '2028-01-26', gioTo: '2028-04-04', gioToSources: 'A' },
  { year: 2029, tet: '2029-02-13', gioTo: '2029-04-23', gioToSources: 'A' },
  // [B] 2/2; [A] 3/2 is the Chinese date: the new moon falls at about 23:07 Hanoi time on 2/2,
  // 00:07 Beijing time on 3/2 (see the Vietnam/China test below).
  { year: 2030, tet: '2030-02-02', gioTo: '2030-04-12', gioToSources: 'A' },
  { year: 2031, tet: '2031-01-23', gioTo: '2031-04-01', gioToSources: 'A' },
  { year: 2032, tet: '2032-02-11', gioTo: '2032-04-19', gioToSources: 'A' },
  { year: 2033, tet: '2033-01-31', gioTo: '2033-04-09', gioToSources: 'A' },
  { year: 2034, tet: '2034-02-19', gioTo: '2034-04-28', gioToSources: 'A' },
  { year: 2035, tet: '2035-02-08', gioTo: '2035-04-17', gioToSources: 'A' },
];

/**
 * Years where the Vietnamese (UTC+7) and Chinese (UTC+8) Tết differ.
 * 1985: Hồ Ngọc Đức's rules page (calrules_vn.html, cited in one-stop-rules §3.3) and a public JS test
 * suite ("Tết Ất Sửu 1985 VN = 21/01/1985 (TQ: 20/02)"); [A] gives the Chinese 1985-02-20.
 * 2007: the same JS test suite ("Tết Đinh Hợi 2007 VN = 17/02/2007 (TQ: 18/02)").
 * 2030: [B] vn_lunar_calendar 2/2/2030; [A] and the Kotlin table give the Chinese 3/2/2030.
 */
export const vietnamChinaDifferences: readonly { year: number; vietnam: string; china: string }[] = [
  { year: 1985, vietnam: '1985-01-21', china: '1985-02-20' },
  { year: 2007, vietnam: '2007-02-17', china: '2007-02-18' },
  { year: 2030, vietnam: '2030-02-02', china: '2030-02-03' },
];

/**
 * First days of leap months, from [A] (2020 also in the JS test suite, 2023 in a public Python test).
 * Not 2031: [A] starts its leap month 3 on 22/4/2031, but that new moon falls at about 23:57 Hanoi
 * time on 21/4 (00:57 in Beijing), so the Vietnamese month starts on 21/4 by three minutes; no
 * Vietnamese source was found to confirm it, so only the month number is checked for 2031.
 */
export const leapMonthStarts: readonly { day: string; year: number; month: number }[] = [
  { day: '2020-05-23', year: 2020, month: 4 },
  { day: '2023-03-22', year: 2023, month: 2 },
  { day: '2025-07-25', year: 2025, month: 6 },
  { day: '2028-06-23', year: 2028, month: 5 },
  { day: '2033-12-22', year: 2033, month: 11 },
];

/** Leap month of each lunar year 2020–2035 that has one, from [A]. */
export const leapMonths: readonly { year: number; month: number }[] = [
  { year: 2020, month: 4 },
  { year: 2023, month: 2 },
  { year: 2025, month: 6 },
  { year: 2028, month: 5 },
  { year: 2031, month: 3 },
  { year: 2033, month: 11 },
];
