/**
 * A feed's or record's publication time (RFC 822 as in RSS, ISO 8601 as in Atom and JSON) as YYYY-MM-DD,
 * the form the analysis resolves relative dates against. The calendar day is the one written in the
 * value (its own time zone), not UTC's. Null when the value is not a date.
 */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const s = String(value).trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return validDay(+iso[1], +iso[2], +iso[3]);
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(s);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2].toLowerCase()) + 1;
    return month > 0 ? validDay(+rfc[3], month, +rfc[1]) : null;
  }
  const slash = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s);
  if (slash) return validDay(+slash[3], +slash[2], +slash[1]);
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function validDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}
