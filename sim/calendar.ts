// Trading calendar: weekdays between two ISO dates, with quarter ends, earnings seasons and
// policy-meeting days. Pure integer date arithmetic (no Date object: sim/ must be deterministic
// and host-independent). US holidays are not modelled (an assumption noted in docs/MODEL.md).

export interface Ymd { y: number; m: number; d: number }

export function parseIso(s: string): Ymd {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`not an ISO date (YYYY-MM-DD): ${s}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

/** Days since 1970-01-01 (proleptic Gregorian), Howard Hinnant's days_from_civil. */
export function dayNumber({ y, m, d }: Ymd): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z0: number): Ymd {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export const isoOf = ({ y, m, d }: Ymd): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const isoToDayNumber = (s: string): number => dayNumber(parseIso(s));

/** 1970-01-01 was a Thursday; weekday 0 = Monday. */
const weekday = (n: number): number => (((n + 3) % 7) + 7) % 7;

export interface Calendar {
  dates: string[];
  dayNumbers: Int32Array;
  /** 1 on the last trading day of a calendar quarter. */
  quarterEnd: Uint8Array;
  /** 1 on a policy-meeting day (eight a year, FOMC-style). */
  policyMeeting: Uint8Array;
  /** Trading days until the next earnings date (earnings dates: the 25th of Jan/Apr/Jul/Oct). */
  daysToEarnings: Int16Array;
  /** Trading days since the last earnings date. */
  daysSinceEarnings: Int16Array;
}

// FOMC-style meeting months and days (the 2024–25 pattern; an assumption for later years).
const MEETINGS: ReadonlyArray<[number, number]> = [[1, 31], [3, 20], [5, 1], [6, 12], [7, 31], [9, 17], [11, 6], [12, 17]];
const EARNINGS_MONTHS = [1, 4, 7, 10];

export function buildCalendar(start: string, end: string, maxDays?: number): Calendar {
  const a = isoToDayNumber(start), b = isoToDayNumber(end);
  const nums: number[] = [];
  for (let n = a; n <= b && (maxDays === undefined || nums.length < maxDays); n++) {
    if (weekday(n) < 5) nums.push(n);
  }
  const len = nums.length;
  const cal: Calendar = {
    dates: nums.map((n) => isoOf(fromDayNumber(n))),
    dayNumbers: Int32Array.from(nums),
    quarterEnd: new Uint8Array(len),
    policyMeeting: new Uint8Array(len),
    daysToEarnings: new Int16Array(len),
    daysSinceEarnings: new Int16Array(len),
  };
  const meetingSet = new Set<number>();
  const earnings: number[] = [];
  const y0 = fromDayNumber(a).y - 1, y1 = fromDayNumber(b).y + 1;
  for (let y = y0; y <= y1; y++) {
    for (const [m, d] of MEETINGS) meetingSet.add(dayNumber({ y, m, d }));
    for (const m of EARNINGS_MONTHS) earnings.push(dayNumber({ y, m, d: 25 }));
  }
  for (let i = 0; i < len; i++) {
    const n = nums[i]!;
    const ymd = fromDayNumber(n);
    const next = i + 1 < len ? fromDayNumber(nums[i + 1]!) : fromDayNumber(n + 7);
    const q = (mm: number) => Math.floor((mm - 1) / 3);
    cal.quarterEnd[i] = q(next.m) !== q(ymd.m) || next.y !== ymd.y ? 1 : 0;
    // A meeting on a weekend is held on the next trading day.
    const prev = i > 0 ? nums[i - 1]! : n - 1;
    for (let k = prev + 1; k <= n; k++) if (meetingSet.has(k)) cal.policyMeeting[i] = 1;
    const nextE = earnings.find((e) => e >= n)!;
    const lastE = [...earnings].reverse().find((e) => e <= n)!;
    cal.daysToEarnings[i] = tradingDaysBetween(n, nextE);
    cal.daysSinceEarnings[i] = tradingDaysBetween(lastE, n);
  }
  return cal;
}

function tradingDaysBetween(from: number, to: number): number {
  let c = 0;
  for (let k = from + 1; k <= to; k++) if (weekday(k) < 5) c++;
  return c;
}
