/**
 * Publication days. Every reader (JSONL and JSON records, feeds, HTML pages, file names, the CLI's
 * --published) turns what the outlet wrote into YYYY-MM-DD here, the form the analysis resolves relative
 * dates against. The day is the one written, in the outlet's own time zone, not converted to UTC: that is
 * the day its readers saw on the page.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day written YYYY-MM-DD (2014-02-30 is not). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const RFC822_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The publication day of a timestamp as outlets write it: "2014-08-02", "2018-02-18T21:35:43+04:00" (ISO
 * 8601, Atom, JSON), "Sun, 18 Feb 2018 21:35:43 +0400" (RFC 822, RSS), "20180218", or "02/08/2014" and
 * "02.08.2014" (day first, as Arabic outlets write it). Null if it is none of these or no real day.
 */
export function parsePublished(value: string): string | null {
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s);
  if (iso) return checked(iso[1], iso[2], iso[3]);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return checked(compact[1], compact[2], compact[3]);
  const rfc = /^(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})(?:\s|$)/.exec(s);
  if (rfc) {
    const month = RFC822_MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    return month > 0 ? checked(rfc[3], String(month), rfc[1]) : null;
  }
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (dayFirst) return checked(dayFirst[3], dayFirst[2], dayFirst[1]);
  return null;
}

/** parsePublished for values of unknown type (a feed's or page's metadata): anything unreadable is null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  return parsePublished(String(value));
}

function checked(year: string, month: string, day: string): string | null {
  const out = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return isIsoDay(out) ? out : null;
}
