import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { dataDir } from "../paths.ts";
import { matchKey } from "../text/normalise.ts";

/**
 * The time vocabulary, in matchKey form (hamza/alef folded, ة→ه, no diacritics): every map goes from a key
 * spelling to what it means. Month and weekday names come from Node's own Intl (CLDR, every ar-XX locale),
 * the rest from data/time/*.tsv.
 */
export interface TimeLexicon {
  gregorianMonths: Map<string, number>;
  hijriMonths: Map<string, number>;
  weekdays: Map<string, number>; // ISO weekday 1–7
  terms: Map<string, Map<string, string>>; // kind → key form → value
}

// The Arabic locales whose CLDR month names differ (Maghreb, Morocco, Mauritania, Levant/Iraq, MSA).
const LOCALES = [
  "ar",
  "ar-EG",
  "ar-SA",
  "ar-LY",
  "ar-SD",
  "ar-YE",
  "ar-DZ",
  "ar-TN",
  "ar-MA",
  "ar-MR",
  "ar-SY",
  "ar-IQ",
  "ar-LB",
  "ar-JO",
  "ar-PS",
];

function intlMonthNames(locale: string, calendar: string, monthStyle: "long" | "short"): string[] {
  const fmt = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}`, { month: monthStyle, timeZone: "UTC" });
  const names: string[] = [];
  if (calendar === "gregory") {
    for (let m = 0; m < 12; m++) names.push(fmt.format(new Date(Date.UTC(2014, m, 15))));
  } else {
    // Walk a Hijri year day by day and keep the first name of each month, in order.
    const num = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: "numeric", timeZone: "UTC" });
    const seen = new Map<number, string>();
    for (let d = 0; d < 400 && seen.size < 12; d += 5) {
      const date = new Date(Date.UTC(2014, 0, 1 + d));
      const month = Number(num.format(date));
      if (!seen.has(month)) seen.set(month, fmt.format(date));
    }
    for (let m = 1; m <= 12; m++) names.push(seen.get(m) ?? "");
  }
  return names;
}

function readTsv(file: string): string[][] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

export function loadTimeLexicon(dir = resolve(dataDir, "time")): TimeLexicon {
  const gregorianMonths = new Map<string, number>();
  const hijriMonths = new Map<string, number>();
  const weekdays = new Map<string, number>();
  for (const locale of LOCALES) {
    for (const style of ["long", "short"] as const) {
      intlMonthNames(locale, "gregory", style).forEach((name, i) => {
        gregorianMonths.set(matchKey(name), i + 1);
      });
    }
  }
  intlMonthNames("ar", "islamic-umalqura", "long").forEach((name, i) => {
    if (name) hijriMonths.set(matchKey(name), i + 1);
  });
  const wdFmt = new Intl.DateTimeFormat("ar", { weekday: "long", timeZone: "UTC" });
  for (let i = 0; i < 7; i++) {
    const date = new Date(Date.UTC(2014, 7, 4 + i)); // 2014-08-04 is a Monday
    weekdays.set(matchKey(wdFmt.format(date)), i + 1);
  }
  weekdays.set(matchKey("الإثنين"), 1);

  for (const [calendar, month, spelling] of readTsv(resolve(dir, "months.tsv"))) {
    const target = calendar === "islamic" ? hijriMonths : gregorianMonths;
    target.set(matchKey(spelling), Number(month));
  }

  const terms = new Map<string, Map<string, string>>();
  for (const [kind, form, value = ""] of readTsv(resolve(dir, "terms.tsv"))) {
    let forKind = terms.get(kind);
    if (!forKind) {
      forKind = new Map();
      terms.set(kind, forKind);
    }
    forKind.set(matchKey(form), value);
  }
  return { gregorianMonths, hijriMonths, weekdays, terms };
}

export function termsOf(lexicon: TimeLexicon, kind: string): Map<string, string> {
  const found = lexicon.terms.get(kind);
  if (!found) throw new Error(`data/time/terms.tsv has no "${kind}" entries`);
  return found;
}
