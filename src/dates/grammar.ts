import { type TimeLexicon, termsOf } from "./lexicon.ts";

// The patterns of Arabic time expressions, written over the matchKey form of the text (ا for أ إ آ, ه for ة,
// ي for ى, ASCII digits, no diacritics or tatweel). Word lists come from the lexicon, so a new spelling is a
// data change. Every pattern has a named group `x` (the expression itself); conjunctions and prepositions glued
// in front (و ف ب ل ك) are matched outside it so that the span starts at the expression.

export type AtomKind =
  | "dmy" // 29 يوليو 2014, يوليو/تموز, شهر جوان
  | "dayOfRelMonth" // 14 من الشهر الجاري
  | "numeric" // 29/7/2014, 2014-07-29
  | "year" // عام 2014, 2014
  | "hijri" // 3 شوال 1435 هـ
  | "weekday" // يوم الثلاثاء الماضي
  | "deictic" // اليوم, أمس, أول أمس, بعد غد
  | "pod" // صباح, مساء (joined to a day)
  | "podday" // الليلة الماضية
  | "period" // الأسبوع الماضي, مطلع العام الجاري
  | "plural" // الأيام الماضية, الـ5 سنوات المقبلة
  | "quantity" // منذ ثلاثة أيام, نحو أسبوع, قبل يومين من
  | "decade" // التسعينات
  | "quarter" // الربع الأخير من عام 2016
  | "vague" // مؤخرا
  | "set" // يوميا, كل يوم
  | "season"; // الصيف الماضي, ربيع 2019

export interface GrammarRule {
  kind: AtomKind;
  /** Sticky (y) form, tried only at word starts near a trigger word; global (g) form when there are no triggers. */
  re: RegExp;
  /**
   * Words (key form, proclitics stripped) of which every match of the rule contains one; the rule is tried only
   * at the few word starts before such a word, which keeps the whole stage fast. Undefined: scan everywhere.
   */
  triggers?: Set<string>;
}

export interface Grammar {
  rules: GrammarRule[];
}

/** How many words before its trigger a match may start (الحادي والعشرين من شهر مارس). */
export const TRIGGER_REACH = 5;

const firstWords = (forms: Iterable<string>) => new Set([...forms].map((f) => f.split(" ")[0]));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An alternation of key forms, longest first so that أمس الأول wins over أمس; spaces match any whitespace. */
export function alt(forms: Iterable<string>): string {
  return (
    [...new Set(forms)]
      .filter((f) => f.length > 0)
      .sort((a, b) => b.length - a.length)
      .map((f) => escapeRegExp(f).replace(/ /g, "\\s+"))
      // After the preposition ل the article loses its alef: ل + العام → للعام.
      .map((f) => (f.startsWith("ال") ? `(?:ال|(?<=ل)ل)${f.slice(2)}` : f))
      .join("|")
  );
}

const LB = "(?<![\\p{L}\\p{N}])"; // a word starts here
const NL = "(?![\\p{L}])"; // no letter follows
const NW = "(?![\\p{L}\\p{N}])"; // no letter or digit follows
// Proclitics before the expression: و ف, then ب ك ل (لل = ل + the article whose alef is dropped).
const PRE = "(?:[وف]?[بكل]?)";

export function buildGrammar(lex: TimeLexicon): Grammar {
  const t = (kind: string) => alt(termsOf(lex, kind).keys());
  const month = `(?:${alt(lex.gregorianMonths.keys())})${NL}`;
  const hmonth = `(?:${alt(lex.hijriMonths.keys())})${NL}`;
  const weekday = `(?:${alt(lex.weekdays.keys())})${NL}`;
  const ord = `(?:${t("ord")})${NL}`;
  const rel = `(?:${t("rel")})${NL}`;
  const card = `(?:${t("card")})${NL}`;
  const unit = `(?:${t("unit")})${NL}`;
  const period = `(?:${t("period")})${NL}`;
  const yearWord = "(?:عام|عامي|سنه|سنتي|العام|السنه)";
  const yearRel = `(?:(?:هذا|هذه)\\s+(?:العام|السنه)|(?:العام|السنه)\\s+${rel})`;
  const day = `(?:(?:ال\\s*)?\\d{1,2}(?!\\d)|${ord})`;

  const words = (kind: string) => firstWords(termsOf(lex, kind).keys());
  const union = (...sets: Iterable<string>[]) => new Set(sets.flatMap((x) => [...x]));
  const numbers = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  const paddedDays = numbers(1, 9).map((n) => `0${n}`);
  const decadeWords = [...termsOf(lex, "decade").keys()].flatMap((w) =>
    [`${w}ات`, `${w}يات`].flatMap((x) => [x, `ال${x}`]),
  );
  const triggers: Partial<Record<AtomKind, Set<string>>> = {
    year: new Set(numbers(1000, 2099)),
    numeric: new Set([...numbers(1, 31), ...paddedDays, ...numbers(1000, 2099)]),
    decade: new Set(decadeWords),
    dmy: firstWords(lex.gregorianMonths.keys()),
    dayOfRelMonth: new Set(["الجاري", "الحالي", "شهر", "الشهر"]),
    hijri: firstWords(lex.hijriMonths.keys()),
    weekday: firstWords(lex.weekdays.keys()),
    deictic: union(words("deictic"), ["غد"]),
    pod: words("pod"),
    podday: words("podday"),
    period: words("period"),
    plural: union(words("prel"), words("detunit")),
    quantity: words("unit"),
    quarter: new Set(["الربع", "النصف"]),
    season: words("season"),
    vague: words("vague"),
    set: words("set"),
  };
  const rules: { kind: AtomKind; src: string }[] = [
    {
      kind: "dmy",
      src:
        `(?<x>(?:يوم\\s+)?(?:(?<d>${day})\\s*(?:من\\s+)?)?(?:(?<sh>شهر|شهري)\\s+)?` +
        `(?<mon>${month}(?:\\s*[/\\-]?\\s*${month})*)` +
        `(?:\\s+(?:من\\s+)?(?:(?:${yearWord})\\s+)?(?<y>\\d{4})(?!\\d)(?:\\s*م${NW})?|\\s+(?:من\\s+)?(?<yrel>${yearRel}))?` +
        `(?:\\s+(?<mrel>${rel}))?(?<every>\\s+من\\s+كل\\s+(?:عام|سنه)${NL})?)`,
    },
    {
      kind: "dayOfRelMonth",
      src: `(?<x>(?:يوم\\s+)?(?<d>${day})\\s*(?:من\\s+)?(?:(?:(?:ال)?شهر\\s+(?<mrel>${rel}))|(?<mrel0>الجاري|الحالي)${NL}))`,
    },
    {
      kind: "numeric",
      src: `(?<x>(?<a>\\d{1,4})(?<sep>[/.\\-])(?<b>\\d{1,2})\\k<sep>(?<c>\\d{4}|\\d{2}(?!\\d)))(?![\\d]|[/.\\-]\\d)`,
    },
    {
      kind: "year",
      src: `(?<x>(?:(?<kw>${yearWord})\\s+)?(?<y>\\d{4})(?:\\s*م${NW})?)(?![\\d]|[.,٫٬]\\d|\\s*%|\\s*[-/]\\s*\\d{1,2}(?!\\d))`,
    },
    {
      kind: "hijri",
      src:
        `(?<x>(?:(?<d>${day})\\s*(?:من\\s+)?)?(?:شهر\\s+)?(?<hm>${hmonth})` +
        `(?:\\s+(?:(?:عام|سنه|لعام)\\s+)?(?<y>1[34]\\d\\d)(?!\\d))?(?:\\s*(?<h>ه${NL}|هجري|هجريه|للهجره))?)`,
    },
    {
      kind: "weekday",
      src: `(?<x>(?:(?:يوم|يومي)\\s+)?(?<wd>${weekday})(?!\\s+عشر)(?:\\s+(?<wrel>${rel}))?)`,
    },
    { kind: "deictic", src: `(?<x>(?:يوم\\s+)?(?<dx>${t("deictic")})${NL})` },
    { kind: "pod", src: `(?<x>(?<pod>${t("pod")})${NL})` },
    { kind: "podday", src: `(?<x>(?<pd>${t("podday")})${NL})` },
    {
      kind: "period",
      src: `(?<x>(?:(?<part>${t("part")})\\s+)?(?:(?<this>هذا|هذه)\\s+(?<pu>${period})|(?<pu2>${period})(?:\\s+(?<pr>${rel}))?))`,
    },
    {
      kind: "plural",
      src:
        `(?<x>(?:(?:ال\\s*(?<pn>\\d+)|ال(?<pnw>${card}))\\s*(?<pu>${unit})|(?<pdu>(?:${t("detunit")})${NL}))` +
        `(?:(?:\\s+القليله)?\\s+(?<pr>(?:${t("prel")})${NL})|\\s+ال\\s*(?<pn2>\\d+)(?!\\d)))`,
    },
    {
      kind: "quantity",
      src:
        `(?<x>(?:(?<qp>قبل|منذ|بعد|لمده|مده|طيله|طوال|خلال|علي\\s+مدار|علي\\s+مدي|مدار|مدي)\\s+)?(?:(?<qa>${t("approx")})\\s+)?` +
        `(?:(?<qn>\\d+(?:[.,]\\d+)?)\\s*|(?<qw>${card})\\s+)?(?<qu>${unit})(?!\\s*\\d{4})` +
        `(?:\\s+(?<q1>واحد|واحده)${NL})?(?:\\s+(?<qx>عده|عديده|طويله|قليله)${NL})?(?:\\s+و\\s*(?<qh>نصف)(?:\\s+(?:العام|السنه|الشهر|اليوم|الساعه))?)?)` +
        `(?<qof>\\s+من${NL})?`,
    },
    {
      kind: "decade",
      src:
        `(?<x>(?:(?:عقد|حقبه)\\s+)?(?:ال)?(?<dec>${t("decade")})(?:يات|ات)${NL}` +
        `(?:\\s+(?:من\\s+)?(?:ال)?قرن\\s+(?:الماضي|العشرين|المنصرم|الفائت)${NL})?)(?!\\s+من\\s+(?:ال)?عمر)`,
    },
    {
      kind: "quarter",
      src:
        `(?<x>(?<qq>الربع|النصف)\\s+(?<qo>(?:${t("qord")})${NL})\\s+(?:من\\s+)?` +
        `(?:(?:(?:عام|العام|سنه|السنه)\\s+)?(?<y>\\d{4})(?!\\d)|(?<yrel>${yearRel})))`,
    },
    {
      kind: "season",
      src:
        `(?<x>(?:(?<part>${t("part")})\\s+)?(?:فصل\\s+)?(?<se>(?:${t("season")})${NL})` +
        `(?:\\s+(?:من\\s+)?(?:(?:عام|العام|سنه)\\s+)?(?<y>\\d{4})(?!\\d)|\\s+(?<sr>${rel})))`,
    },
    { kind: "vague", src: `(?<x>(?<v>${t("vague")})${NL})` },
    { kind: "set", src: `(?<x>(?<s>${t("set")})${NL})` },
  ];
  return {
    rules: rules.map(({ kind, src }) => {
      const found = triggers[kind];
      return found
        ? { kind, re: new RegExp(`${LB}${PRE}${src}`, "ydu"), triggers: found }
        : { kind, re: new RegExp(`${LB}${PRE}${src}`, "gdu") };
    }),
  };
}
