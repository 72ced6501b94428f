// Calendar arithmetic on plain civil days. A day is {y, m, d}; all maths goes through UTC milliseconds so that
// no local time zone or daylight saving can shift a date.

export interface Day {
  y: number;
  m: number; // 1–12
  d: number;
}

const MS_PER_DAY = 86_400_000;

export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ y, m, d }: Day): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toMs({ y, m, d }: Day): number {
  return Date.UTC(y, m - 1, d);
}

function fromMs(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromMs(toMs(day) + n * MS_PER_DAY);
}

export function diffDays(a: Day, b: Day): number {
  return Math.round((toMs(a) - toMs(b)) / MS_PER_DAY);
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(day: Day): number {
  const wd = new Date(toMs(day)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function isoWeek(day: Day): { year: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

/** The Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): Day {
  const jan4 = { y: year, m: 1, d: 4 };
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function formatDay({ y, m, d }: Day): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function formatWeek(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** Month arithmetic: shift (y, m) by n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

// Hijri dates are converted with the Umm al-Qura calendar that Node's Intl carries (ICU): we walk Gregorian days
// near an estimate until the formatter prints the wanted Hijri day, so no table of our own can drift from ICU.
const HIJRI = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  day: "numeric",
  month: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

export function hijriOf(day: Day): Day {
  const parts = HIJRI.formatToParts(new Date(toMs(day)));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get("year"), m: get("month"), d: get("day") };
}

/** The Gregorian day of a Hijri (Umm al-Qura) date, or null if that date does not exist. */
export function hijriToGregorian(h: Day): Day | null {
  if (h.m < 1 || h.m > 12 || h.d < 1 || h.d > 30 || h.y < 1300 || h.y > 1600) return null;
  // Mean Hijri year 354.367 days; epoch 622-07-16.
  const estimate = addDays(
    { y: 622, m: 7, d: 16 },
    Math.round((h.y - 1) * 354.367 + (h.m - 1) * 29.53 + h.d - 1),
  );
  for (let delta = 0; delta <= 40; delta++) {
    for (const sign of delta === 0 ? [1] : [1, -1]) {
      const day = addDays(estimate, sign * delta);
      const got = hijriOf(day);
      if (got.y === h.y && got.m === h.m && got.d === h.d) return day;
    }
  }
  return null;
}
