import type { DatePrecision, Span, TimeExpression, TimexType, Token } from "../doc/types.ts";
import { matchKeyWithOffsets } from "../text/normalise.ts";
import { cachedByWord } from "../text/wordCache.ts";
import {
  addDays,
  addMonths,
  type Day,
  daysInMonth,
  diffDays,
  formatDay,
  formatMonth,
  formatWeek,
  hijriOf,
  hijriToGregorian,
  isoWeekday,
  isValidDay,
} from "./calendar.ts";
import { type AtomKind, buildGrammar, type Grammar, TRIGGER_REACH } from "./grammar.ts";
import { type TimeLexicon, termsOf } from "./lexicon.ts";

/** A time expression found in the text, before it is resolved: offsets here are into the key string. */
interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  /** Key offset where the match began, proclitics included (to look at the word before). */
  outerStart: number;
  g: Record<string, string | undefined>;
  pre: string;
}

interface Resolved {
  type: TimexType;
  value: string | null;
  approximate?: boolean;
  precision?: DatePrecision;
  /** The value depends on the publication date. */
  relative: boolean;
}

export interface ExtractResult {
  times: TimeExpression[];
  /** Spans of relative expressions left unresolved because the publication date is unknown. */
  unresolved: Span[];
}

export interface TimeExtractor {
  extract(text: string, published: Day | null, sentences?: Span[], tokens?: Token[]): ExtractResult;
}

// Words before a month name alone that show it is a month (في مارس) and not a verb or a name (مارس الضغط).
const MONTH_CONTEXT = new Set(
  "في منذ حتى خلال بحلول مطلع منتصف اواخر نهايه بدايه اوائل قبل بعد الي الى من بين اواسط مستهل شهر شهري اخر غايه".split(
    " ",
  ),
);
// Month names that are also common words or names: read only with a day or a year (ماي = Theresa May, اب).
const STRICT_MONTHS = new Set(["ماي", "اب"]);
// Nouns counted by a number: "2019 شخصا" is not a year.
const COUNTED = new Set(
  "شخص شخصا اشخاص قتيل قتيلا قتلي جريح جريحا دولار يورو جنيه دينار ريال درهم ليره مليون مليار الف الاف متر مترا كيلومتر كلم كم طن برميل صوت صوتا مقعد مقعدا عنصر عنصرا لاجي مهاجر طالب منزل حاله اصابه مشارك نسمه وحده سهم نقطه".split(
    " ",
  ),
);
const BEFORE_NUMBER = new Set("رقم نحو حوالي حوالي قرابه زهاء اكثر اقل اصل بلغ مجموع".split(" "));
// Words after "خلال الأسبوع"/"مطلع العام" that still leave it meaning the current one.
const AFTER_BARE_PERIOD = new Set("في من علي الي عن مع حيث بعد قبل و".split(" "));
// Common nouns that start like a future verb (س + ي/ت/ن): سيارة، سياسة، سنة، ستة ...
const NOT_FUTURE_PREFIXES = [
  "سيار",
  "سياس",
  "سياح",
  "سياق",
  "سيد",
  "سيط",
  "سير",
  "سين",
  "سيف",
  "سيل",
  "سيول",
  "سيم",
  "سيو",
  "ستين",
  "سته",
  "ستار",
  "ستوك",
  "ستاد",
  "سنه",
  "سنو",
  "سنت",
  "سنغ",
  "سنا",
  "سنب",
  "سنين",
  "سنيه",
];

const CHAIN_RANK: Partial<Record<AtomKind, number>> = {
  pod: 0,
  deictic: 1,
  weekday: 2,
  dmy: 3,
  numeric: 3,
  dayOfRelMonth: 3,
  hijri: 3,
};
const CHAIN_GAP = /^[\s،,]*(?:(?:الموافق|الموافقه|ل)\s*)?[\s،,]*$/u;

const DURATION_UNIT: Record<string, (n: string) => string> = {
  D: (n) => `P${n}D`,
  W: (n) => `P${n}W`,
  M: (n) => `P${n}M`,
  Y: (n) => `P${n}Y`,
  H: (n) => `PT${n}H`,
  MIN: (n) => `PT${n}M`,
  DE: (n) => `P${n}DE`,
  CE: (n) => `P${n}CE`,
};

const squash = (s: string | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** A lexicon lookup of matched text; "لعام" (after the preposition ل, للعام) is looked up as "العام". */
function lookup<V>(map: Map<string, V>, s: string | undefined): V | undefined {
  const key = squash(s);
  return map.get(key) ?? (key.startsWith("ل") ? map.get(`ا${key}`) : undefined);
}

export function precisionOf(value: string | null): DatePrecision | undefined {
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return "day";
  if (/^\d{4}-W\d{2}$/.test(value)) return "week";
  if (/^\d{4}-\d{2}$/.test(value)) return "month";
  if (/^\d{4}(-[QH]\d)?$/.test(value)) return "year";
  return undefined;
}

export function createTimeExtractor(lex: TimeLexicon): TimeExtractor {
  const grammar: Grammar = buildGrammar(lex);
  const term = (kind: string) => termsOf(lex, kind);
  const units = term("unit");
  const detunits = term("detunit");
  const cards = term("card");
  const ords = term("ord");
  const rels = term("rel");
  const prels = term("prel");
  const deictics = term("deictic");
  const pods = term("pod");
  const podDays = term("podday");
  const vague = term("vague");
  const sets = term("set");
  const decades = term("decade");
  const qords = term("qord");
  const seasons = term("season");
  const notToday = term("notToday");
  const futureWords = term("future");
  const futureVerbs = term("futureVerb");
  const periods = term("period");
  const parts = term("part");
  const monthKeys = [...lex.gregorianMonths.keys()].sort((a, b) => b.length - a.length);
  const hijriKeys = [...lex.hijriMonths.keys()].sort((a, b) => b.length - a.length);
  const rulesByTrigger = new Map<string, number[]>();
  grammar.rules.forEach((rule, r) => {
    for (const word of rule.triggers ?? []) {
      const list = rulesByTrigger.get(word) ?? [];
      list.push(r);
      rulesByTrigger.set(word, list);
    }
  });

  const firstOf = (text: string, keys: string[], map: Map<string, number>): number[] => {
    // All month names in a chain like "أيلول/سبتمبر أيلول", in order.
    const found: number[] = [];
    let rest = squash(text);
    while (rest.length > 0) {
      const key = keys.find((k) => rest.startsWith(k));
      if (!key) {
        rest = rest.slice(1);
        continue;
      }
      found.push(map.get(key)!);
      rest = rest.slice(key.length);
    }
    return found;
  };
  const dayNumber = (d: string | undefined): number | undefined => {
    if (!d) return undefined;
    const digits = /^(?:ال\s*)?(\d+)$/.exec(squash(d));
    if (digits) return Number(digits[1]);
    const v = lookup(ords, d);
    return v ? Number(v) : undefined;
  };

  /** The forms a word may take in a lexicon once proclitics and glued digits are off (وبالأمس → الامس). */
  function bareForms(word: string): string[] {
    // "2جوان": a day glued to its month is looked up by both parts.
    const glued = /^(\d+)(\D.*)$/.exec(word);
    const w = glued ? glued[2] : word;
    const forms = glued ? [glued[1], w] : [w];
    for (let k = 1; k <= 3 && k < w.length; k++) {
      if (!"وفبكل".includes(w[k - 1])) break;
      forms.push(w.slice(k));
      if (w[k - 1] === "ل" && w[k] === "ل") forms.push(`ا${w.slice(k)}`);
    }
    return forms;
  }

  /** The rules a word triggers, by each of its bare forms in turn (repeats included), remembered per word. */
  const rulesOfWord = cachedByWord((word: string): number[] => {
    const out: number[] = [];
    for (const form of bareForms(word)) {
      const rules = rulesByTrigger.get(form);
      if (rules) out.push(...rules);
    }
    return out;
  }, 100_000);
  const Word = /[\p{L}\p{N}]+/gu;
  /**
   * Most words trigger no rule, and each bare form of a word ends as the word does (or is the digits glued before
   * it, or ا + an ending after لل): a word whose last characters end no trigger skips the lookup. The endings of
   * one, two and three characters, each character by its low byte (a collision only costs a lookup).
   */
  const ending = (word: string, n: number): number => {
    let code = n;
    for (let k = word.length - n; k < word.length; k++) code = (code << 8) | (word.charCodeAt(k) & 0xff);
    return code;
  };
  const endings = new Set<number>();
  let digitTrigger = false;
  for (const trigger of rulesByTrigger.keys()) {
    if (/^\d+$/.test(trigger)) digitTrigger = true;
    const n = Math.min(3, trigger.length);
    endings.add(ending(trigger, n));
    // "لل" + a short ending read as "ال" + that ending
    if (trigger.length === n && trigger[0] === "ا") endings.add(ending(`ل${trigger.slice(1)}`, n));
  }
  /** Whether `word` may trigger a rule (false only when none of its bare forms can be a trigger). */
  function mayTrigger(word: string): boolean {
    const n = word.length;
    for (let k = 1; k <= 3 && k <= n; k++) if (endings.has(ending(word, k))) return true;
    const first = word.charCodeAt(0);
    return digitTrigger && first >= 0x30 && first <= 0x39;
  }

  function findAtoms(key: string): Atom[] {
    const atoms: Atom[] = [];
    const push = (kind: AtomKind, m: RegExpExecArray | RegExpMatchArray) => {
      const x = m.indices?.groups?.x;
      if (!x) return;
      const index = m.index ?? x[0];
      atoms.push({
        kind,
        start: x[0],
        end: x[1],
        outerStart: index,
        g: { ...m.groups },
        pre: key.slice(index, x[0]),
      });
    };
    // Which rules each word triggers, found with one lookup per form of the word.
    const wordStarts: number[] = [];
    const hits: number[][] = grammar.rules.map(() => []);
    Word.lastIndex = 0;
    for (let m = Word.exec(key); m; m = Word.exec(key)) {
      const i = wordStarts.length;
      wordStarts.push(m.index);
      if (!mayTrigger(m[0])) continue;
      for (const r of rulesOfWord(m[0])) if (hits[r][hits[r].length - 1] !== i) hits[r].push(i);
    }
    grammar.rules.forEach(({ kind, re, triggers }, r) => {
      if (!triggers) {
        re.lastIndex = 0;
        for (const m of key.matchAll(re)) push(kind, m);
        return;
      }
      let reached = 0;
      let tried = -1;
      for (const hit of hits[r]) {
        for (let i = Math.max(tried + 1, hit - TRIGGER_REACH); i <= hit; i++) {
          tried = i;
          const pos = wordStarts[i];
          if (pos < reached) continue;
          re.lastIndex = pos;
          const m = re.exec(key);
          if (!m) continue;
          push(kind, m);
          reached = m.index + m[0].length;
        }
      }
    });
    return atoms;
  }

  function wordBefore(key: string, pos: number): string {
    const m = /(\p{L}+)[^\p{L}\p{N}]*$/u.exec(key.slice(Math.max(0, pos - 30), pos));
    return m ? m[1] : "";
  }
  function wordAfter(key: string, pos: number): string {
    const m = /^\s*([\p{L}\p{N}]+)/u.exec(key.slice(pos, pos + 30));
    return m ? m[1] : "";
  }

  /** Drops matches that look like time words but are not, in context. */
  function plausible(a: Atom, key: string): boolean {
    const g = a.g;
    switch (a.kind) {
      case "dmy": {
        const months = firstOf(g.mon ?? "", monthKeys, lex.gregorianMonths);
        const firstKey = monthKeys.find((k) => squash(g.mon).startsWith(k)) ?? "";
        const anchored = g.d !== undefined || g.y !== undefined || g.yrel !== undefined;
        if (STRICT_MONTHS.has(firstKey) && !anchored && months.length < 2) return false;
        if (!anchored && !g.sh && !g.mrel && months.length < 2) {
          if (!MONTH_CONTEXT.has(wordBefore(key, a.outerStart)) && !/[بل]/.test(a.pre)) return false;
        }
        if (g.d !== undefined && dayNumber(g.d) === undefined) return false;
        return true;
      }
      case "year": {
        const y = Number(g.y);
        if (g.kw) return y >= 1000 && y <= 2099 && !/^ه/.test(wordAfter(key, a.end));
        if (y < 1900 || y > 2099) return false;
        const next = wordAfter(key, a.end);
        if (COUNTED.has(next) || /^ه$|^هجري/.test(next)) return false;
        return !BEFORE_NUMBER.has(wordBefore(key, a.outerStart));
      }
      case "hijri": {
        const hasDay = g.d !== undefined && dayNumber(g.d) !== undefined;
        if (g.d !== undefined && !hasDay) return false;
        if (g.y !== undefined) return true;
        // A Hijri month alone (رمضان، صفر = zero) is too often a name or a word; with a day it is a date.
        return hasDay && squash(g.hm) !== "صفر";
      }
      case "weekday": {
        if (squash(g.wd) === "الاثنين" && /^(بين|كلا|هذين)$/.test(wordBefore(key, a.outerStart)))
          return false;
        return true;
      }
      case "deictic": {
        const today = ["اليوم", "ليوم"].includes(squash(g.dx)); // ليوم: لليوم, the article after ل
        if (today && notToday.has(wordAfter(key, a.end))) return false;
        return true;
      }
      case "period": {
        if (g.this || g.pr) return true;
        // "خلال الأسبوع", "مطلع العام" alone mean the current one only if no noun follows (مطلع العام الدراسي).
        if (!g.part || !parts.has(squash(g.part))) return false;
        const next = wordAfter(key, a.end);
        return next === "" || /^\d/.test(next) || AFTER_BARE_PERIOD.has(next) || /^[^\p{L}]/u.test(next);
      }
      case "quantity": {
        const [, count] = (lookup(units, g.qu) ?? "D:1").split(":");
        const hasNumber = g.qn !== undefined || g.qw !== undefined;
        if (count === "n") return hasNumber || g.qx !== undefined || (g.qp !== undefined && g.qp !== "بعد");
        if (count === "1") return hasNumber || g.qp !== undefined || g.qa !== undefined || g.q1 !== undefined;
        return true;
      }
      default:
        return true;
    }
  }

  function isFuture(key: string, span: { start: number; end: number }, sentence: Span | null): boolean {
    const from = Math.max(sentence?.start ?? 0, span.start - 70);
    const to = Math.min(sentence?.end ?? key.length, span.end + 25);
    // After the expression, only up to the next comma or stop: "فجر السبت، ستعقد" is another clause's verb.
    const after = key.slice(span.end, to).split(/[،,.؛;:]/)[0];
    // A new coordinated clause ("، وقال ...") ends the reach of an earlier clause's tense.
    const before =
      key
        .slice(from, span.start)
        .split(/[،,؛;]\s*و/)
        .pop() ?? "";
    const window = `${before} ${after}`;
    // Present-tense verbs of scheduled events count only in the expression's own clause.
    const clause = before.split(/[،,.؛;:]/).pop() ?? "";
    for (const w of clause.split(/[^\p{L}]+/u)) {
      if (w && (futureVerbs.has(w) || futureVerbs.has(w.replace(/^[وف]/, "")))) return true;
    }
    for (const w of window.split(/[^\p{L}]+/u)) {
      if (!w) continue;
      const bare = w.replace(/^[وف]/, "");
      if (futureWords.has(w) || futureWords.has(bare)) return true;
      if (/^س[يتن]\p{L}{2,}$/u.test(bare) && !NOT_FUTURE_PREFIXES.some((p) => bare.startsWith(p)))
        return true;
    }
    return false;
  }

  // ---- resolution -------------------------------------------------------------------------------------------

  function weekdayDay(pub: Day, wd: number, mode: "past" | "before" | "future" | "after"): Day {
    const cur = isoWeekday(pub);
    if (mode === "past" || mode === "before") {
      let back = (cur - wd + 7) % 7;
      if (mode === "before" && back === 0) back = 7;
      return addDays(pub, -back);
    }
    let ahead = (wd - cur + 7) % 7;
    if (mode === "after" && ahead === 0) ahead = 7;
    return addDays(pub, ahead);
  }

  function relYear(pub: Day, yrel: string): number {
    const parts = squash(yrel).split(" ");
    if (parts[0] === "هذا" || parts[0] === "هذه") return pub.y;
    return pub.y + Number(rels.get(parts[parts.length - 1]) ?? 0);
  }

  /** The year of a day-and-month (or a month) given without one: near the publication date. */
  function yearFor(
    pub: Day,
    m: number,
    d: number | undefined,
    direction: number | null,
    future: boolean,
  ): number {
    if (direction !== null) {
      if (direction === 0) return pub.y;
      const before = d === undefined ? m < pub.m : m < pub.m || (m === pub.m && d < pub.d);
      const after = d === undefined ? m > pub.m : m > pub.m || (m === pub.m && d > pub.d);
      if (direction < 0) return before ? pub.y : pub.y - 1;
      return after ? pub.y : pub.y + 1;
    }
    if (d === undefined) {
      if (future) return m >= pub.m ? pub.y : pub.y + 1;
      return m <= pub.m ? pub.y : pub.y - 1;
    }
    // Nearest of last, this and next year; a near tie goes to the past (news reports what happened).
    let best = pub.y;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
      const day = { y, m, d: Math.min(d, daysInMonth(y, m)) };
      const delta = diffDays(day, pub);
      const score = Math.abs(delta) + (delta > 0 && !future ? 30 : 0) + (delta < 0 && future ? 30 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = y;
      }
    }
    return best;
  }

  /** The day (or month) an absolute or month-relative date names. */
  function resolveDate(a: Atom, pub: Day | null, future: boolean): Resolved | null {
    const g = a.g;
    if (a.kind === "numeric") {
      let y: number;
      let mo: number;
      let d: number;
      if (g.a!.length === 4) [y, mo, d] = [Number(g.a), Number(g.b), Number(g.c)];
      else if (g.c!.length === 4) [d, mo, y] = [Number(g.a), Number(g.b), Number(g.c)];
      else return null;
      const day = { y, m: mo, d };
      if (!isValidDay(day) || y < 1000) return null;
      return { type: "DATE", value: formatDay(day), relative: false };
    }
    if (a.kind === "dayOfRelMonth") {
      const d = dayNumber(g.d)!;
      if (!pub) return { type: "DATE", value: null, relative: true };
      const shift = Number(lookup(rels, g.mrel ?? g.mrel0) ?? 0);
      const { y, m } = addMonths(pub.y, pub.m, shift);
      const day = { y, m, d };
      return isValidDay(day) ? { type: "DATE", value: formatDay(day), relative: true } : null;
    }
    // dmy
    const months = firstOf(g.mon ?? "", monthKeys, lex.gregorianMonths);
    const m = months[0];
    const d = dayNumber(g.d);
    // "8 آذار/مارس من كل سنة": every year on that day.
    if (g.every) {
      const mm = String(m).padStart(2, "0");
      const value = d === undefined ? `XXXX-${mm}` : `XXXX-${mm}-${String(d).padStart(2, "0")}`;
      return { type: "SET", value, relative: false };
    }
    let y: number | undefined;
    let relative = false;
    if (g.y) y = Number(g.y);
    else {
      relative = true;
      if (!pub) return { type: "DATE", value: null, relative };
      if (g.yrel) y = relYear(pub, g.yrel);
      else {
        const direction = g.mrel ? Number(lookup(rels, g.mrel) ?? 0) : null;
        y = yearFor(pub, m, d, direction, future);
      }
    }
    if (d !== undefined) {
      const day = { y, m, d };
      if (!isValidDay(day)) return null;
      return { type: "DATE", value: formatDay(day), relative };
    }
    return { type: "DATE", value: formatMonth(y, m), relative };
  }

  function resolveHijri(a: Atom, pub: Day | null): Resolved | null {
    const g = a.g;
    const hm = firstOf(g.hm ?? "", hijriKeys, lex.hijriMonths)[0];
    const d = dayNumber(g.d);
    let hy = g.y ? Number(g.y) : undefined;
    const relative = hy === undefined;
    if (hy === undefined) {
      if (!pub) return { type: "DATE", value: null, relative };
      const now = hijriOf(pub);
      // The nearest occurrence of that Hijri day: this Hijri year, or the one before if it lies far ahead.
      hy = hm > now.m + 1 ? now.y - 1 : now.y;
    }
    if (d !== undefined) {
      const day = hijriToGregorian({ y: hy, m: hm, d });
      return day ? { type: "DATE", value: formatDay(day), relative } : null;
    }
    // A Hijri month: the Gregorian month that holds its middle.
    const mid = hijriToGregorian({ y: hy, m: hm, d: 15 });
    return mid ? { type: "DATE", value: formatMonth(mid.y, mid.m), approximate: true, relative } : null;
  }

  function resolveQuantity(a: Atom, pub: Day | null, future: boolean): Resolved {
    const g = a.g;
    const [unit, count] = (lookup(units, g.qu) ?? "D:1").split(":");
    let n: string;
    if (g.qn !== undefined) n = g.qn.replace(",", ".");
    else if (g.qw !== undefined) n = lookup(cards, g.qw) ?? "X";
    else n = count === "n" ? "X" : count;
    let amount = n;
    let durUnit = unit;
    if (g.qh && n !== "X") {
      if (unit === "Y") [amount, durUnit] = [String(Number(n) * 12 + 6), "M"];
      else if (unit === "D") [amount, durUnit] = [String(Number(n) * 24 + 12), "H"];
    }
    const approximate = g.qa !== undefined || g.qh !== undefined || n === "X" ? true : undefined;
    const duration: Resolved = {
      type: "DURATION",
      value: DURATION_UNIT[durUnit](amount),
      approximate,
      relative: false,
    };
    const prep = g.qp;
    // "ووصلوا إليها بعد نحو ساعة": hours after something in the story, not after publication.
    if (prep === "بعد" && (unit === "H" || unit === "MIN")) return duration;
    // "قبل يومين من موعد تقاعده": anchored on another event, so only the length is known.
    if (!prep || g.qof || !["قبل", "منذ", "بعد"].includes(prep)) return duration;
    // "تطور إلى إضراب بعد أسبوع": after something in the story; only a future clause counts from publication.
    if (prep === "بعد" && !future) return duration;
    // "منذ 15 عاما" is mostly "for 15 years"; "منذ ثلاثة أيام" mostly "three days ago".
    if (prep === "منذ" && !["D", "W", "H", "MIN"].includes(unit)) return duration;
    if (!pub) return { type: "DATE", value: null, approximate, relative: true };
    if (n === "X") return { type: "DATE", value: prep === "بعد" ? "FUTURE_REF" : "PAST_REF", relative: true };
    const k = Number(n) * (prep === "بعد" ? 1 : -1);
    let value: string;
    switch (unit) {
      case "D":
        value = formatDay(addDays(pub, Math.round(k)));
        break;
      case "H":
      case "MIN":
        value = formatDay(pub);
        break;
      case "W":
        value = formatWeek(addDays(pub, Math.round(k * 7)));
        break;
      case "M": {
        const { y, m } = addMonths(pub.y, pub.m, Math.round(k));
        value = formatMonth(y, m);
        break;
      }
      case "DE":
        value = String(pub.y + Math.round(k * 10));
        break;
      case "CE":
        value = String(pub.y + Math.round(k * 100));
        break;
      default:
        value = String(pub.y + Math.round(k));
    }
    return { type: "DATE", value, approximate, relative: true };
  }

  function resolvePlural(a: Atom, pub: Day | null): Resolved {
    const g = a.g;
    const [unit, count] = (g.pdu ? lookup(detunits, g.pdu) : lookup(units, g.pu))?.split(":") ?? ["D", "n"];
    const n = g.pn ?? g.pn2 ?? (g.pnw ? lookup(cards, g.pnw) : undefined) ?? (count === "n" ? "X" : count);
    // "السنوات الـ8 التي قضاها": a length.
    if (g.pn2 !== undefined) return { type: "DURATION", value: DURATION_UNIT[unit](n), relative: false };
    const direction = Number(lookup(prels, g.pr) ?? -1);
    // "في اليومين الأخيرين", "خلال الأيام الماضية": something that happened just before publication. We give
    // the day before publication with week precision (ACLED: the event falls within that week).
    if (direction < 0 && (unit === "D" || unit === "H") && (n === "X" || Number(n) <= 7 || unit === "H")) {
      if (!pub) return { type: "DATE", value: null, relative: true };
      if (unit === "H") return { type: "DATE", value: formatDay(pub), precision: "day", relative: true };
      return {
        type: "DATE",
        value: formatDay(addDays(pub, -1)),
        precision: "week",
        approximate: true,
        relative: true,
      };
    }
    return {
      type: "DURATION",
      value: DURATION_UNIT[unit](n),
      approximate: n === "X" ? true : undefined,
      relative: false,
    };
  }

  function resolvePeriod(a: Atom, pub: Day | null): Resolved {
    const g = a.g;
    const unit = lookup(periods, g.pu ?? g.pu2) ?? "Y";
    const shift = g.this ? 0 : g.pr ? Number(lookup(rels, g.pr) ?? 0) : 0;
    if (!pub) return { type: "DATE", value: null, relative: true };
    let value: string;
    if (unit === "W") value = formatWeek(addDays(pub, shift * 7));
    else if (unit === "M") {
      const { y, m } = addMonths(pub.y, pub.m, shift);
      value = formatMonth(y, m);
    } else value = String(pub.y + shift);
    return { type: "DATE", value, relative: true };
  }

  /** "الصيف الماضي", "ربيع 2019": TIMEX3 seasons (northern hemisphere; winter belongs to the year it starts). */
  function resolveSeason(a: Atom, pub: Day | null): Resolved | null {
    const g = a.g;
    const season = lookup(seasons, g.se) ?? "SU";
    if (g.y) return { type: "DATE", value: `${g.y}-${season}`, relative: false };
    if (!pub) return { type: "DATE", value: null, relative: true };
    const order = ["WI", "SP", "SU", "FA"];
    // Season index counted from winter of year 0: Dec–Feb = WI of the year in which December falls.
    const pubSeasonYear = pub.m === 1 || pub.m === 2 ? pub.y - 1 : pub.y;
    const pubIndex = pubSeasonYear * 4 + [0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 0][pub.m - 1];
    const target = order.indexOf(season);
    const dir = Number(lookup(rels, g.sr) ?? 0);
    let idx = pubSeasonYear * 4 + target;
    if (dir < 0) while (idx >= pubIndex) idx -= 4;
    else if (dir > 0) while (idx <= pubIndex) idx += 4;
    else while (idx < pubIndex - 3) idx += 4;
    return { type: "DATE", value: `${Math.floor(idx / 4)}-${season}`, relative: true };
  }

  function resolveAtom(a: Atom, pub: Day | null, future: boolean): Resolved | null {
    const g = a.g;
    switch (a.kind) {
      case "dmy":
      case "numeric":
      case "dayOfRelMonth":
        return resolveDate(a, pub, future);
      case "year":
        return { type: "DATE", value: g.y!, relative: false };
      case "hijri":
        return resolveHijri(a, pub);
      case "weekday": {
        if (!pub) return { type: "DATE", value: null, relative: true };
        const wd = lookup(lex.weekdays, g.wd)!;
        const dir = g.wrel ? Number(lookup(rels, g.wrel) ?? 0) : null;
        const mode = dir === -1 ? "before" : dir === 1 ? "after" : future ? "future" : "past";
        return { type: "DATE", value: formatDay(weekdayDay(pub, wd, mode)), relative: true };
      }
      case "deictic": {
        if (!pub) return { type: "DATE", value: null, relative: true };
        const offset = Number(lookup(deictics, g.dx) ?? 0);
        return { type: "DATE", value: formatDay(addDays(pub, offset)), relative: true };
      }
      case "podday": {
        if (!pub) return { type: "TIME", value: null, relative: true };
        const [offset, part] = (lookup(podDays, g.pd) ?? "0:MO").split(":");
        return { type: "TIME", value: `${formatDay(addDays(pub, Number(offset)))}T${part}`, relative: true };
      }
      case "period":
        return resolvePeriod(a, pub);
      case "plural":
        return resolvePlural(a, pub);
      case "quantity":
        return resolveQuantity(a, pub, future);
      case "decade":
        return { type: "DATE", value: `19${lookup(decades, g.dec)}`, relative: false };
      case "quarter": {
        let y: number;
        if (g.y) y = Number(g.y);
        else if (pub) y = relYear(pub, g.yrel!);
        else return { type: "DATE", value: null, relative: true };
        const o = lookup(qords, g.qo) ?? "1";
        const isHalf = squash(g.qq) === "النصف";
        const n = o === "L" ? (isHalf ? 2 : 4) : Number(o);
        if ((isHalf && n > 2) || n > 4) return null;
        return { type: "DATE", value: `${y}-${isHalf ? "H" : "Q"}${n}`, relative: !g.y };
      }
      case "season":
        return resolveSeason(a, pub);
      case "vague":
        return { type: "DATE", value: lookup(vague, g.v) ?? null, relative: false };
      case "set":
        return { type: "SET", value: lookup(sets, g.s) ?? null, relative: false };
      default:
        return null;
    }
  }

  /** A chain like "مساء اليوم الجمعة 2 جوان 2017" read as one expression. */
  function resolveChain(chain: Atom[], pub: Day | null, future: boolean): Resolved | null {
    const pod = chain.find((a) => a.kind === "pod");
    const date = chain.find((a) => CHAIN_RANK[a.kind] === 3);
    const deictic = chain.find((a) => a.kind === "deictic");
    const weekday = chain.find((a) => a.kind === "weekday");
    const main = date ?? deictic ?? weekday;
    if (!main) return null;
    const base = resolveAtom(main, pub, future);
    if (!base) return null;
    if (!pod) return base;
    const part = lookup(pods, pod.g.pod) ?? "MO";
    const day = base.value && /^\d{4}-\d{2}-\d{2}$/.test(base.value) ? base.value : null;
    if (!day) return base;
    return { ...base, type: "TIME", value: `${day}T${part}` };
  }

  function chainAtoms(atoms: Atom[], key: string): Atom[][] {
    const linkable = atoms
      .filter((a) => CHAIN_RANK[a.kind] !== undefined)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const chains: Atom[][] = [];
    const used = new Set<Atom>();
    for (const first of linkable) {
      if (used.has(first)) continue;
      const chain = [first];
      let last = first;
      for (const next of linkable) {
        if (next.start < last.end || used.has(next)) continue;
        if (!CHAIN_GAP.test(key.slice(last.end, next.start))) {
          if (next.start > last.end) break;
          continue;
        }
        const lastRank = CHAIN_RANK[last.kind]!;
        const nextRank = CHAIN_RANK[next.kind]!;
        if (nextRank <= lastRank) continue;
        // "ليلة الأول من فيفري" is often the eve of that date: keep the date alone.
        if (last.kind === "pod" && nextRank === 3 && /^لي/.test(squash(last.g.pod))) break;
        chain.push(next);
        last = next;
      }
      if (chain.length === 1 && first.kind === "pod") continue;
      for (const a of chain) used.add(a);
      chains.push(chain);
    }
    return chains;
  }

  return {
    extract(text, published, sentences, tokens) {
      const mapped = matchKeyWithOffsets(text);
      const key = mapped.text;
      const toSource = (k: number) => mapped.offsets[k];
      const atoms = findAtoms(key).filter((a) => plausible(a, key));
      // Sentences in key offsets (the offset map is monotone), for the tense window.
      const lowerBound = (src: number) => {
        let lo = 0;
        let hi = key.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (toSource(mid) < src) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      const keySentences = (sentences ?? []).map((s) => ({
        start: lowerBound(s.start),
        end: lowerBound(s.end),
      }));
      const sentenceOf = (k: number): Span | null => {
        let lo = 0;
        let hi = keySentences.length - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const s = keySentences[mid];
          if (k < s.start) hi = mid - 1;
          else if (k >= s.end) lo = mid + 1;
          else return s;
        }
        return null;
      };
      // Future verbs the tokeniser found (س + imperfective), by source offset.
      const futureVerbEnds = (tokens ?? [])
        .filter((t) => t.parts.some((p) => p.tag === "fut"))
        .map((t) => t.end);
      // Expressions that point forward by themselves (الخميس المقبل، غدا): a bare weekday after one of them in the
      // same sentence is in the same schedule ("... الخميس المقبل، وسان جرمان السبت").
      // Only day- and week-level ones: "العام المقبل" says nothing about the next weekday named.
      const forward = atoms.filter((a) => {
        if (a.kind === "weekday") return Number(lookup(rels, a.g.wrel) ?? 0) > 0;
        if (a.kind === "period")
          return lookup(periods, a.g.pu2) === "W" && Number(lookup(rels, a.g.pr) ?? 0) > 0;
        return a.kind === "deictic" && Number(lookup(deictics, a.g.dx) ?? 0) > 0;
      });
      const futureAt = (span: { start: number; end: number }) => {
        const sentence = sentenceOf(span.start);
        if (isFuture(key, span, sentence)) return true;
        if (forward.some((a) => a.end <= span.start && (!sentence || a.start >= sentence.start))) return true;
        const from = toSource(Math.max(sentence?.start ?? 0, span.start - 70));
        const to = toSource(span.start);
        return futureVerbEnds.some((end) => end > from && end <= to);
      };

      interface Candidate {
        start: number;
        end: number;
        resolved: Resolved;
        rank: number;
      }
      const candidates: Candidate[] = [];
      for (const chain of chainAtoms(atoms, key)) {
        const span = { start: chain[0].start, end: chain[chain.length - 1].end };
        const resolved = resolveChain(chain, published, futureAt(span));
        if (resolved) candidates.push({ ...span, resolved, rank: 0 });
      }
      for (const a of atoms) {
        if (CHAIN_RANK[a.kind] !== undefined) continue;
        const resolved = resolveAtom(a, published, futureAt(a));
        if (resolved) candidates.push({ start: a.start, end: a.end, resolved, rank: 1 });
      }
      // Longest first; among equals the chain (rank 0) first; keep what does not overlap a kept one.
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
      const kept: Candidate[] = [];
      for (const c of candidates) {
        if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
        kept.push(c);
      }
      kept.sort((a, b) => a.start - b.start);

      const times: TimeExpression[] = [];
      const unresolved: Span[] = [];
      for (const c of kept) {
        const start = toSource(c.start);
        const end = toSource(c.end);
        const r = c.resolved;
        const t: TimeExpression = { start, end, text: text.slice(start, end), type: r.type, value: r.value };
        if (r.approximate) t.approximate = true;
        const precision =
          r.precision ?? (r.type === "DATE" || r.type === "TIME" ? precisionOf(r.value) : undefined);
        if (precision) t.precision = precision;
        times.push(t);
        if (r.relative && r.value === null) unresolved.push({ start, end });
      }
      return { times, unresolved };
    },
  };
}
