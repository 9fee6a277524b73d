import { describe, expect, it } from 'vitest';
import { buildCalendar, dayNumber, fromDayNumber, isoOf, isoToDayNumber, parseIso } from '../../sim/calendar';

// Reference arithmetic from the host's UTC calendar (fine in tests; sim/ itself may not use Date).
const utcWeekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay(); // 0 = Sunday
function weekdaysBetween(a: string, b: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${a}T00:00:00Z`); t <= Date.parse(`${b}T00:00:00Z`); t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    const wd = utcWeekday(iso);
    if (wd !== 0 && wd !== 6) out.push(iso);
  }
  return out;
}

describe('calendar', () => {
  const cal = buildCalendar('2024-01-02', '2027-12-31');

  it('day numbers agree with the Unix epoch and round-trip', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    for (const iso of ['1999-12-31', '2000-02-29', '2024-01-02', '2024-02-29', '2027-12-31', '2100-03-01']) {
      expect(isoToDayNumber(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      expect(isoOf(fromDayNumber(isoToDayNumber(iso)))).toBe(iso);
    }
    for (let n = -800; n < 40_000; n += 37) expect(dayNumber(fromDayNumber(n))).toBe(n);
    expect(() => parseIso('2024-1-2')).toThrow(/YYYY-MM-DD/);
  });

  it('has every weekday and only weekdays from 2024-01-02 to 2027-12-31 (1,044 days)', () => {
    const ref = weekdaysBetween('2024-01-02', '2027-12-31');
    expect(ref.length).toBe(1044);
    expect(cal.dates).toEqual(ref);
    expect(cal.dates.every((d) => utcWeekday(d) >= 1 && utcWeekday(d) <= 5)).toBe(true);
    expect(Array.from(cal.dayNumbers)).toEqual(ref.map(isoToDayNumber));
  });

  it('stops after maxDays', () => {
    const short = buildCalendar('2024-01-02', '2027-12-31', 60);
    expect(short.dates.length).toBe(60);
    expect(short.dates).toEqual(cal.dates.slice(0, 60));
    expect(Array.from(short.daysToEarnings)).toEqual(Array.from(cal.daysToEarnings.slice(0, 60)));
  });

  it('marks the last trading day of each quarter', () => {
    const ends = cal.dates.filter((_, i) => cal.quarterEnd[i]);
    expect(ends.slice(0, 8)).toEqual(['2024-03-29', '2024-06-28', '2024-09-30', '2024-12-31', '2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(ends.length).toBe(16);
    // Reference: a trading day is a quarter end iff the next weekday is in another quarter.
    const q = (iso: string) => `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3)}`;
    const all = weekdaysBetween('2024-01-02', '2028-01-07');
    cal.dates.forEach((d, i) => expect(cal.quarterEnd[i] === 1, d).toBe(q(d) !== q(all[i + 1]!)));
  });

  it('has eight policy meetings a year; a weekend meeting moves to the next trading day', () => {
    const meetings = cal.dates.filter((_, i) => cal.policyMeeting[i]);
    expect(meetings.length).toBe(32);
    for (const y of ['2024', '2025', '2026', '2027']) expect(meetings.filter((d) => d.startsWith(y)).length).toBe(8);
    expect(meetings.slice(0, 8)).toEqual(['2024-01-31', '2024-03-20', '2024-05-01', '2024-06-12', '2024-07-31', '2024-09-17', '2024-11-06', '2024-12-17']);
    expect(utcWeekday('2026-01-31')).toBe(6);            // Saturday
    expect(meetings).toContain('2026-02-02');             // → Monday
    expect(meetings).not.toContain('2026-01-30');
  });

  it('counts trading days to and since earnings (the 25th of Jan/Apr/Jul/Oct)', () => {
    const at = (iso: string) => cal.dates.indexOf(iso);
    // 2024-01-25 is a Thursday: an earnings day has 0 days to go and 0 since.
    expect(cal.daysToEarnings[at('2024-01-25')]).toBe(0);
    expect(cal.daysSinceEarnings[at('2024-01-25')]).toBe(0);
    expect(cal.daysToEarnings[at('2024-01-24')]).toBe(1);
    expect(cal.daysSinceEarnings[at('2024-01-26')]).toBe(1);
    expect(cal.daysToEarnings[at('2024-01-02')]).toBe(17);   // Jan 3..25: 17 weekdays
    // 2025-01-25 is a Saturday: Friday the 24th is the last day before it, Monday the first after.
    expect(cal.daysToEarnings[at('2025-01-24')]).toBe(0);
    expect(cal.daysSinceEarnings[at('2025-01-27')]).toBe(1);
    // Between earnings dates the counters move by one trading day at a time.
    for (let i = 1; i < cal.dates.length; i++) {
      if (cal.daysToEarnings[i - 1]! > 0) expect(cal.daysToEarnings[i]).toBe(cal.daysToEarnings[i - 1]! - 1);
      if (cal.daysSinceEarnings[i]! > 1) expect(cal.daysSinceEarnings[i]).toBe(cal.daysSinceEarnings[i - 1]! + 1);
      expect(cal.daysToEarnings[i]! + cal.daysSinceEarnings[i]!).toBeLessThanOrEqual(70);
    }
  });
});
